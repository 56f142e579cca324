// A regulatory verb before a thing: its -s form is no word of a name, and a word the lexicon knows only as a verb right
// after it opens its object (things.ts breaksName, verbInCompound). Own sentences, invented products.
import { describe, expect, it } from 'vitest';
import { findThings } from '../../../ingest/recognize/things.ts';

const found = (t: string): string[] => findThings(t).map((f) => `${f.surface} [${f.rule}]`);

describe('regulatory verbs before a thing', () => {
  it('takes no -s form of one into a name', () => {
    expect(found('The port bans tidal survey drones.')).toEqual(['tidal survey drones [thing:regulated]']);
    expect(found('It bans survey drones.')).toEqual(['survey drones [thing:regulated]']);
  });
  it('reads a verb-only word right after one as a modifier of its object', () => {
    expect(found('It restricts survey drones entering the port.')).toEqual(['survey drones [thing:regulated]']);
    expect(found('The agency will ban survey drones made abroad.')).toEqual(['survey drones [thing:regulated]']);
  });
  it('leaves a verb-only word after other verbs and subjects a verb', () => {
    expect(found('It helps build drones.')).toEqual([]);
    expect(found('Operators test services.')).toEqual([]);
  });
});

describe('the verbs of the relation rules\' acts as regulatory verbs', () => {
  it('names the class a measure covers, governs or investigates', () => {
    expect(found('The new code covers tidal turbines.')).toEqual(['tidal turbines [thing:regulated]']);
    expect(found('One regime should cover all consumer connectable products.')).toEqual(['consumer connectable products [thing:regulated]']);
    expect(found('The decree governs survey drones sold in the port.')).toEqual(['survey drones [thing:regulated]']);
    expect(found('The agency is investigating battery chargers.')).toEqual(['battery chargers [thing:regulated]']);
    expect(found('The rule forbids tidal turbines.')).toEqual(['tidal turbines [thing:regulated]']);
    // "bars" after a relative pronoun is the verb, no modifier of the phrase after it (as the rules' BAN class reads it).
    expect(found('The harbour rule, which bars tidal survey drones, took effect.')).toEqual(['tidal survey drones [thing:regulated]']);
    expect(found('The code is barring tidal turbines.')).toEqual(['tidal turbines [thing:regulated]']);
  });
  it('reads no bare head that modifies the noun after it as the object alone', () => {
    expect(found('The code regulates communications equipment.')).toEqual(['communications equipment [thing:regulated]']);
  });
  it('reads no noun of the same spelling as the verb', () => {
    expect(found('The covers of the tidal turbines are blue.')).toEqual(['tidal turbines [thing:noun-phrase]']);
    expect(found('Insurance covers damages and losses.')).toEqual([]);
    expect(found('The mill rolls steel bars.')).toEqual(['steel bars [thing:noun-phrase]']);
  });
});

describe('a thing as the subject of a regulatory verb', () => {
  const regulated = (t: string): string[] => found(t).filter((f) => f.endsWith('[thing:regulated]'));
  it('regulates nothing: its object is no class a measure deals with', () => {
    expect(regulated('Our survey drones inspect bridges and pipelines.')).toEqual([]);
    expect(regulated('The harbour cameras cover quays and berths.')).toEqual([]);
  });
  it('leaves a body or a measure as the subject to the verb', () => {
    expect(regulated('The agency inspects bridges and pipelines.')).toEqual(['bridges [thing:regulated]']);
    expect(regulated('The new code covers tidal turbines.')).toEqual(['tidal turbines [thing:regulated]']);
  });
});
