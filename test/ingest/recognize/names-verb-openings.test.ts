// A sentence or a list's item with no subject opens with its verb, capitalised as a first word is: the verb is no word
// of the name after it. Own sentences, invented names.
import { describe, expect, it } from 'vitest';
import { isInflectedVerb, nameRuns, spanText } from '../../../ingest/recognize/names.ts';
import { recogniseMarkdown } from './helpers.ts';
import { surfacesOf } from '../one-sentence.ts';

const runs = (text: string): string[] => nameRuns(text).map((r) => spanText(text, r));
const companies = (md: string): string[] =>
  surfacesOf(recogniseMarkdown(md), 'Company');

describe('a verb opening a sentence or an item', () => {
  it('knows inflected verbs, not adjectives or nouns', () => {
    expect(['Added', 'Bans', 'Imposes', 'Directs', 'Designated'].map(isInflectedVerb)).toEqual([true, true, true, true, true]);
    expect(['United', 'Applied', 'General', 'Systems', 'Kestrel', 'Marine'].map(isInflectedVerb)).toEqual([false, false, false, false, false, false]);
  });
  it('opens no name of a company after it', () => {
    expect(runs('Added Kestrel Cranes Ltd. to the list.')).toEqual(['Kestrel Cranes Ltd.']);
    expect(runs('(b) Designated Volkar Systems LLC under the order.')).toEqual(['Volkar Systems LLC']);
  });
  it('does so in a list, for every item', () => {
    const md = '# Actions\n\n- Added Kestrel Cranes Ltd. to the list of restricted parties.\n- Bans Harrow Optics Co., Ltd. from federal contracts.\n';
    expect(companies(md)).toEqual(['Kestrel Cranes Ltd.', 'Harrow Optics Co., Ltd.']);
  });
  it('leaves out a participle and the preposition after it before a body ("Filed in Office ..." of a session law)', () => {
    expect(runs('Filed in Office Secretary of State June 3, 2031.')).not.toContain('Filed in Office');
    expect(runs('Filed in Office Secretary of State June 3, 2031.').some((r) => r.startsWith('Filed'))).toBe(false);
    // A participle before a preposition and a name with no body's head is left as it was ("Made in China 2025").
    expect(runs('Made in Varnland Strategy papers were published.')).toEqual(['Made in Varnland Strategy']);
  });
  it('keeps a first word that is no verb, one inside a sentence, and a subject a verb follows', () => {
    expect(runs('United Harbour Shipping Ltd. was listed.')).toEqual(['United Harbour Shipping Ltd.']);
    expect(runs('The council then Added Kestrel Cranes Ltd. to it.')).toContain('Added Kestrel Cranes Ltd.');
    expect(runs('Targeted Harbour Ltd. sells cranes.')).toEqual(['Targeted Harbour Ltd.']);
    // No head after the first word: nothing to tell a name on its own by.
    expect(runs('Added Kestrel to the list.')).toEqual(['Added Kestrel']);
  });
});
