// A small WordNet noun dictionary of a test's own, in the package's formats, in a temporary folder removed after the file's
// tests: for the word lists derived from WordNet (wordnet-persons, wordnet-artifacts, wordnet-closed-nouns).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';

/** A writer of data.noun, index.noun and index.sense: synsets (offset, lexicographer file, lemma, pointers), each lemma's
 *  synsets in order, and the tagged corpus's count of each sense; it returns the folder. Call at a test file's top level. */
export function nounDictionary(name: string): (synsets: string[], index: string[], senses: string[]) => string {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), `lawgraph-${name}-`));
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
  return (synsets, index, senses) => {
    fs.writeFileSync(path.join(tmp, 'data.noun'), `  1 header line\n${synsets.join('\n')}\n`);
    fs.writeFileSync(path.join(tmp, 'index.noun'), `  1 header line\n${index.join('\n')}\n`);
    fs.writeFileSync(path.join(tmp, 'index.sense'), `${senses.join('\n')}\n`);
    return tmp;
  };
}
