// A parliament's forms of address (grammar/names.yaml address-forms, names.ts nameRuns): "my hon. Friend", "the right hon.
// Gentleman", "the noble Lord" name a Member or a peer, no company or body (helper-246: dev65's Commons debate read
// "Friend" in "My hon. Friend makes an important point" as a company making a point). Own sentences, invented names.
import { describe, expect, it } from 'vitest';
import { nameRuns } from '../../../ingest/recognize/names.ts';
import { analyseText } from '../reports/helpers.ts';

const runs = (text: string): string[] => nameRuns(text).map((r) => text.slice(r[0].start, r[r.length - 1].end));
const entities = (text: string): string[] => analyseText(text).rec.entities.map((e) => `${e.label} ${e.name}`);

describe('forms of address', () => {
  it('are no runs of a name after "hon." or "noble"', () => {
    expect(runs('I welcome the right hon. Gentleman\'s support.')).toEqual([]);
    expect(runs('The noble Lord asks about Kestrel Cranes Ltd.')).toEqual(['Kestrel Cranes Ltd.']);
  });
  it('make no company of the Member who makes a point', () => {
    expect(entities('My hon. Friend makes an important point about Kestrel Cranes Ltd.').filter((e) => e.startsWith('Company'))).toEqual(['Company Kestrel Cranes Ltd.']);
  });
  it('leave a name that opens with such a noun, with no "hon." before it', () => {
    expect(runs('Lady Harbour Cranes Ltd. makes cranes.')).toContain('Lady Harbour Cranes Ltd.');
  });
});
