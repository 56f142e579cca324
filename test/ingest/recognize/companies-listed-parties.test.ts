// The names a body adds to a list of parties ("added X and Y to the Entity List") are the parties listed: companies,
// where no rule reads them as a body, a country or a person. Own sentences, invented names.
import { describe, expect, it } from 'vitest';
import { recogniseMarkdown } from './helpers.ts';

const labelled = (sentence: string): string[] =>
  recogniseMarkdown(`# T\n\n${sentence}`).sentences.flatMap((s) => s.mentions).filter((m) => m.label !== 'Law').map((m) => `${m.surface}=${m.label}`);

describe('names added to a list', () => {
  it('are companies, coordinated, with no legal form', () => {
    expect(labelled('In May the bureau added Tarnow Aero Technology and Vesk Drive Systems to the Harbour Watch List after they shipped parts.')).toEqual([
      'Tarnow Aero Technology=Company',
      'Vesk Drive Systems=Company',
    ]);
  });
  it('are companies before a passive of listing too', () => {
    expect(labelled('Tarnow Aero Technology and Vesk Drive Systems were added to the Harbour Watch List in May.')).toEqual([
      'Tarnow Aero Technology=Company',
      'Vesk Drive Systems=Company',
    ]);
    expect(labelled('Two of its affiliates, Tarnow Aero Technology and Vesk Drive Systems, have been placed on the Harbour Watch List.')).toEqual([
      'Tarnow Aero Technology=Company',
      'Vesk Drive Systems=Company',
    ]);
    expect(labelled('Canada and Norway were added to the Harbour Watch List.')).toEqual(['Canada=Jurisdiction', 'Norway=Jurisdiction']);
    expect(labelled('Tarnow Aero Technology and Vesk Drive Systems were added to the agenda.')).toEqual([]);
  });
  it('are companies put or placed on a list, and when their goods are added to it (grammar/names.yaml listing-verbs)', () => {
    expect(labelled('Will the bureau put Orvane Cloud Networks on the Harbour Watch List this year?')).toEqual(['Orvane Cloud Networks=Company']);
    expect(labelled('The regulator placed Tessaly Radio on its Harbour Watch List.')).toEqual(['Tessaly Radio=Company']);
    expect(labelled("The commission added Tessaly Radio's cellular gateways to the Harbour Watch List.")).toContain('Tessaly Radio=Company');
    // Not a name put anywhere but on a list, nor one whose goods go elsewhere.
    expect(labelled('The board put Orvane Cloud Networks on the agenda.')).toEqual([]);
    expect(labelled("The commission added Tessaly Radio's cellular gateways to the agenda.").filter((m) => m.endsWith('=Company'))).toEqual([]);
  });
  it('are companies added with a number of their affiliates or subsidiaries, who are left unnamed', () => {
    expect(labelled('This morning the bureau added Tarnow Aero Technology and two of its affiliates to the Harbour Watch List.')).toEqual(['Tarnow Aero Technology=Company']);
    expect(labelled('The agency added Vesk Drive Systems, along with three of its subsidiaries, to the Harbour Watch List.')).toEqual(['Vesk Drive Systems=Company']);
    expect(labelled('The bureau added Tarnow Aero Technology and Vesk Drive Systems and several of their affiliates to the Harbour Watch List.')).toEqual([
      'Tarnow Aero Technology=Company',
      'Vesk Drive Systems=Company',
    ]);
    // Not a count of something else, nor a list the names are not added to.
    expect(labelled('The bureau added Tarnow Aero Technology and two new chapters to the annual report.')).toEqual([]);
  });
  it('stay what other rules read them as, and need a list after "to"', () => {
    expect(labelled('The council added Canada to the Harbour Watch List.')).toEqual(['Canada=Jurisdiction']);
    expect(labelled('The board added Quantum Computing to the agenda.')).toEqual([]);
  });
});
