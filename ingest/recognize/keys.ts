// How recognised names are compared and identified across documents. Two names are one entity when their
// keys are equal: NFKC, straight quotes, lower case, no leading "the", no possessive, "&" as "and", no dots
// in initialisms ("U.S." = "US"); a body's leading "U.S."/"United States" is dropped ("U.S. Department of
// Commerce" = "Department of Commerce", "U.S. Commerce Department" = "Commerce Department", "U.S. Senate" = "Senate"), and a
// body on an inverted head is keyed with its domain first ("Department of the Treasury" = "Treasury Department",
// invertedKey); an instrument's "of <year>" is dropped, and so is the year an Indian title puts after a comma ("the
// Information Technology Act, 2000" = "the Information Technology Act"); a thing's last word is
// singular by compromise's inflection rules ("connected vehicles" = "connected vehicle", "drone batteries" =
// "drone battery"). Ids are `<prefix>:~<key as slug>`: the "~" can
// never occur in a catalog id (ingest/catalog: `<prefix>:<slug>` of [a-z0-9.-]), so a recognised entity
// never takes over a curated one; the key makes the same name the same node in every document.
import { nodeKind } from '../kinds.ts';
import { nameKey } from '../text/clean.ts';
import { countryCode, shortCountryNames } from './countries.ts';
import { grammar } from './grammar.ts';
import { singular } from './lexicon.ts';

/** Per label, the keys of names asked before (bounded): a report asks the key of each of its names several times (its
 *  instruments' aliases, resolving, settling), and a key depends on the label, the name and the grammar alone. */
const keysByLabel = new Map<string, Map<string, string>>();
const KEY_LIMIT = 20_000;

export function entityKey(label: string, name: string): string {
  let keys = keysByLabel.get(label);
  if (!keys) {
    keys = new Map();
    keysByLabel.set(label, keys);
  }
  let k = keys.get(name);
  if (k === undefined) {
    k = computeKey(label, name);
    if (keys.size >= KEY_LIMIT) keys.clear();
    keys.set(name, k);
  }
  return k;
}

function computeKey(label: string, name: string): string {
  let k = nameKey(name.replace(/[“”"]/g, ''))
    .replace(/^the\s+/, '')
    .replace(/['’]s?$/, '')
    .replace(/&/g, 'and')
    .replace(/\b((?:\p{L}\.){2,})/gu, (m) => m.replace(/\./g, ''));
  if (label === 'Authority') {
    const w = bodyWords();
    // "U.S. Dep't of Defense" = "U.S. Department of Defense": a head abbreviated as legal citations write it.
    k = k.replace(w.abbreviated, (a) => w.abbreviations.get(a) ?? a);
    for (const prefix of w.prefixes) {
      const rest = k.slice(prefix.length);
      const words = rest.split(' ');
      if (k.startsWith(prefix) && (w.heads.has(words[0]) || (words.length > 1 && w.heads.has(words[words.length - 1])) || w.selfNamed.has(rest))) k = k.slice(prefix.length);
    }
    k = invertedKey(k, w.inverted);
    k = countryKeyed(name, k);
  }
  if (label === 'Law') k = k.replace(/(?:\s+of|,)\s+(?:19|20)\d{2}$/, '');
  if (label === 'Product' || label === 'Technology') {
    k = k.replace(/\S+$/, singular);
    // "products with digital elements" = "a product with digital elements": the head before a post-modifier is singular too.
    const link = k.split(' ').findIndex((w, i) => i > 0 && grammar().thingPostLinks.has(w));
    if (link > 0) k = k.split(' ').map((w, i) => (i === link - 1 ? singular(w) : w)).join(' ');
  }
  return k;
}

/** "department of the treasury" -> "treasury department", "valdmark ministry of commerce" -> "valdmark commerce ministry":
 *  a body on a head a text also writes after its domain (grammar/names.yaml inverted-heads) is keyed in that order, so
 *  "the Treasury Department" in one document and "the Department of the Treasury" in another (or the catalog's "Department
 *  of Commerce") are one body. Only "of" (the same link short-names.ts invertedNames reads), a domain of one or two words
 *  and the words before the head none of the connectors: "Department for Education" (the UK's) stays apart from the
 *  "Education Department" (the US Department of Education); "Ministry of Industry and Information Technology", "Office of
 *  Audits of the Department of Harbours" are left as they are. */
function invertedKey(k: string, inverted: Set<string>): string {
  const w = k.split(' ');
  const of = w.indexOf('of');
  if (of < 1 || !inverted.has(w[of - 1])) return k;
  const domain = w.slice(w[of + 1] === 'the' ? of + 2 : of + 1);
  const before = w.slice(0, of - 1);
  const connectors = bodyWords().connectors;
  if (domain.length < 1 || domain.length > 2 || [...before, ...domain].some((x) => connectors.has(x) || inverted.has(x))) return k;
  return [...before, ...domain, w[of - 1]].join(' ');
}

/** "british defence ministry", "uk defence ministry", "united kingdom defence ministry" -> "gb defence ministry": a body
 *  whose name opens with a country's name, short name or demonym is keyed by the country's ISO code, so each way of
 *  writing the country names one node (the US's are dropped before, as bodyWords' prefixes). Read off the name as
 *  written (the datasets' words are capitalised), longest first, up to three words. */
function countryKeyed(name: string, k: string): string {
  const words = name.replace(/^the\s+/i, '').split(/\s+/);
  for (let n = Math.min(3, words.length - 1); n >= 1; n--) {
    const lead = words.slice(0, n).join(' ');
    if (!/^\p{Lu}/u.test(lead)) return k;
    const code = (countryCode(lead) ?? shortCountryNames().get(lead))?.toLowerCase();
    if (!code || code === 'us') continue;
    const leadKey = nameKey(lead).replace(/\./g, '');
    return k.startsWith(`${leadKey} `) ? `${code} ${k.slice(leadKey.length + 1)}` : k;
  }
  return k;
}

let words: { prefixes: string[]; heads: Set<string>; selfNamed: Set<string>; inverted: Set<string>; connectors: Set<string>; abbreviations: Map<string, string>; abbreviated: RegExp } | undefined;

/** The grammar's state prefixes, head words, self-named bodies, inverted heads and connectors as keys, computed once. */
function bodyWords(): NonNullable<typeof words> {
  const g = grammar();
  words ??= {
    prefixes: g.jurisdictionPrefixes.map((p) => `${nameKey(p).replace(/\./g, '')} `),
    heads: new Set([...g.heads.keys()].map((h) => h.toLowerCase())),
    selfNamed: new Set([...g.selfNamed].map((n) => n.toLowerCase())),
    inverted: new Set([...g.invertedHeads].map((h) => h.toLowerCase())),
    connectors: new Set([...g.connectors].map((c) => c.toLowerCase())),
    abbreviations: new Map([...g.citationHeadAbbreviations].map(([a, h]) => [nameKey(a), h.toLowerCase()])),
    abbreviated: new RegExp(`(?<![\\p{L}'’.])(?:${[...g.citationHeadAbbreviations.keys()].map((a) => nameKey(a).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![\\p{L}'’])`, 'gu'),
  };
  return words;
}

export function recognisedId(label: string, key: string): string {
  const prefix = nodeKind(label)?.prefix;
  if (!prefix) throw new Error(`no node kind "${label}" in ingest/kinds.ts`);
  const slug = key
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 120);
  return `${prefix}:~${slug}`;
}
