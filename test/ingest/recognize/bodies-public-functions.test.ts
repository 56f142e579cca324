// A name on an organisation's head ("Network", "Forum") is a public body's where it holds a function only a state
// performs ("Enforcement") or the text calls it a public body's part ("a bureau of the Ministry of ..."). Own sentences,
// invented bodies.
import { describe, expect, it } from 'vitest';
import { recogniseMarkdown } from './helpers.ts';
import { mentionsOf } from '../one-sentence.ts';

const typed = (md: string): string[] =>
  mentionsOf(recogniseMarkdown(md), ['Authority', 'Organization']).map((m) => `${m.surface}=${m.label}`);

describe("an organisation's head", () => {
  it('names a public body where the name holds a state function', () => {
    expect(typed('# T\n\nThe Harbour Crimes Enforcement Network (HCEN) issued an alert.')).toContain('Harbour Crimes Enforcement Network=Authority');
    expect(typed('# T\n\nThe Port Licensing Forum met in May.')).toEqual(['Port Licensing Forum=Authority']);
  });
  it('names a public body the text calls a bureau or agency of one', () => {
    expect(typed('# T\n\nThe Coastal Data Network, an agency within the Ministry of Harbours, published a list.')).toEqual([
      'Coastal Data Network=Authority',
      'Ministry of Harbours=Authority',
    ]);
  });
  it('stays an organisation otherwise', () => {
    expect(typed('# T\n\nThe Coastal Data Network published a list.')).toEqual(['Coastal Data Network=Organization']);
    expect(typed('# T\n\nThe Coastal Data Network, a nonprofit, published a list.')).toEqual(['Coastal Data Network=Organization']);
  });
});
