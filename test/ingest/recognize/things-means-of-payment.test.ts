// A post-link whose noun is a means of payment says how things were paid for, no part of them (grammar/things.yaml
// means-nouns): "bought drones with purchase cards" names drones, never a class "drones with purchase cards"; "drones
// with thermal cameras" stays a class. Own sentences, invented bodies.
import { describe, expect, it } from 'vitest';
import { analyseText } from '../reports/helpers.ts';
import { surfacesOf } from '../one-sentence.ts';

const things = (text: string): string[] =>
  surfacesOf(analyseText(text).rec, ['Product', 'Technology']);

describe('a means of payment after "with"', () => {
  it('is no part of the things', () => {
    expect(things('Port staff bought 9 of the drones with government purchase cards in 2024.')).toEqual(['drones']);
    expect(things('The Varn Ports Authority may not buy harbour radars with federal grant funds.').filter((t) => /funds/.test(t))).toEqual([]);
  });
  it('leaves a class named by what its members have', () => {
    expect(things('The Varn Ports Authority bans drones with thermal cameras.')).toEqual(['drones with thermal cameras']);
  });
});
