// A list of nouns derived from WordNet and committed as data (grammar/wordnet-persons.json, wordnet-artifacts.json):
// `{"source": ..., "<key>": [...]}`, one noun a line so that a regeneration's diff reads word by word; read once per
// process as a set, a noun asked for singular or plural.
import { z } from 'zod';
import { loadJsonData } from '../data.ts';

const NOUN = /^[a-z][a-z-]*[a-z]$/;

/** The file's text: stable, one noun a line. */
export function serialiseWordList(source: string, key: string, words: readonly string[]): string {
  return `{\n"source": ${JSON.stringify(source)},\n${JSON.stringify(key)}: [\n${words.map((w) => `  ${JSON.stringify(w)}`).join(',\n')}\n]\n}\n`;
}

/** Whether a lower-case noun, singular or plural, is on the list `key` of `file`; the file is read on the first ask. */
export function wordListMembership(file: string, key: string): (word: string, singularOf: (w: string) => string) => boolean {
  const schema = z.strictObject({ source: z.string(), [key]: z.array(z.string().regex(NOUN)) });
  let words: Set<string> | undefined;
  return (word, singularOf) => {
    words ??= new Set((loadJsonData(file, schema) as Record<string, string[]>)[key]);
    return words.has(word) || words.has(singularOf(word));
  };
}
