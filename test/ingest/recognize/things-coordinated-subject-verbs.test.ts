// A catalog thing coordinated with a name before it, then a word mostly a verb before its object: the plural subject's
// verb, which the thing's name does not modify (index.ts verbOfCoordinated; modifiesNext reads "pose" as a singular noun).
// Own sentences.
import { describe, expect, it } from 'vitest';
import { recognised, surfacesOf } from '../one-sentence.ts';

const things = (text: string): string[] => surfacesOf(recognised(`# T\n\n${text}`), ['Technology', 'Product']);

describe('a catalog thing before the verb of a coordinated subject', () => {
  it('is named', () => {
    expect(things('Officials said robots and machine learning pose new risks to workers.')).toContain('machine learning');
    expect(things('Cheap sensors or big data raise the stakes for regulators.')).toContain('big data');
  });
  it('still modifies a singular noun after it, coordinated or not', () => {
    expect(things('The firm sells a machine learning system.')).not.toContain('machine learning');
    expect(things('Regulators track drones and big data risk across sectors.')).not.toContain('big data');
  });
});
