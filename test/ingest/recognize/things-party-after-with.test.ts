// A post-link whose noun is a party, a company noun or a noun of persons, names whom a deal is made with, no part of the
// things (things.ts postModified): "contract for repair services with vessel operators" names repair services, never a
// class "repair services with vessel operators"; a class named by what its members have stays. Own sentences, invented
// bodies.
import { describe, expect, it } from 'vitest';
import { analyseText } from '../reports/helpers.ts';
import { surfacesOf } from '../one-sentence.ts';

const things = (text: string): string[] =>
  surfacesOf(analyseText(text).rec, ['Product', 'Technology']);

describe('a party after "with"', () => {
  it('is no part of the things', () => {
    expect(things('The Varn Ports Authority may require that port operators which contract for maintenance services with foreign-owned vessel operators disclose the scope of their access.')).toEqual(['maintenance services']);
    expect(things('Harbour firms that contract for cable maintenance services with overseas suppliers must report it to the Varn Ports Authority.')).toEqual(['cable maintenance services']);
  });
  it('leaves a class named by what its members have', () => {
    expect(things('The Varn Ports Authority bans drones with thermal cameras.')).toEqual(['drones with thermal cameras']);
    expect(things('The Varn Ports Authority regulates radios with encryption modules.')).toEqual(['radios with encryption modules']);
  });
});
