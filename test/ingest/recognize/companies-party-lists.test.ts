// Names coordinated right before "to the <list of parties>" named in lower case (grammar/names.yaml party-lists,
// companies.ts TO_LIST): "add Lantern Vision and Harbour Sky Robotics to the debarment list" names two companies, as
// "to the Entity List" does (helper-246: dev65's Commons debate missed the second). Own sentences, invented names.
import { describe, expect, it } from 'vitest';
import { analyseText } from '../reports/helpers.ts';
import { entityNamesOf } from '../one-sentence.ts';

const companies = (text: string): string[] => entityNamesOf(analyseText(text).rec, 'Company');

describe('parties added to a list named in lower case', () => {
  it('are companies', () => {
    expect(companies('The Minister used her powers to add Harbour Sky Robotics and Tidewater Optics to the debarment list.')).toEqual(['Harbour Sky Robotics', 'Tidewater Optics']);
  });
  it('not names before a list that is no list of parties', () => {
    expect(companies('The Minister added Harbour Street and Tidewater Lane to the reading list.')).toEqual([]);
  });
});
