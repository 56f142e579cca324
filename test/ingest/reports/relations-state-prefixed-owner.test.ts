// "The Office of Export Licensing of the United States Department of Harbour Affairs designated X": a state's prefix of
// several words after "of the" opens the name of the body the first belongs to (names.ts splitRun, names.yaml
// jurisdiction-prefixes), so the office is named alone and the department in full, after "of the" (an oblique of the
// subject, no actor): the office acts, not the department. Own sentences, fictional bodies and companies.
import { describe, expect, it } from 'vitest';
import { nameRuns, spanText } from '../../../ingest/recognize/names.ts';
import { readSentence } from './helpers.ts';

const acts = (text: string, type: string): string[] => readSentence(text).relations.filter((r) => r.includes(` ${type} `)).map((r) => r.split(' ')[0]);
const runs = (text: string): string[] => nameRuns(text).map((r) => spanText(text, r));

describe('a state\'s prefix of several words after "of the" before a body\'s head', () => {
  it('opens the owner\'s name, not the first body\'s last words', () => {
    expect(runs('The Office of Export Licensing of the United States Department of Harbour Affairs met.')).toEqual(['Office of Export Licensing', 'United States Department of Harbour Affairs']);
    // No head after the state: the state ends the name ("Committee on Foreign Investment in the United States").
    expect(runs('The Committee on Harbour Investment in the United States met.')).toEqual(['Committee on Harbour Investment in the United States']);
  });
  it('leaves the act to the first body', () => {
    const r = acts('The Office of Export Licensing of the United States Department of Harbour Affairs designated Kestrel Marine Holdings Ltd on 3 May.', 'DESIGNATES');
    expect(r.length).toBeGreaterThan(0);
    expect(r.every((x) => /export-licensing/.test(x))).toBe(true);
  });
});
