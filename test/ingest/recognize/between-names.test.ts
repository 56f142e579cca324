// A name in title case that relates two parties with "Between ... and ..." runs through both ("Committee on Trade Between
// the United States and the Republic of Korea", "Agreement Between the Government of A and the Government of B"), as
// "of the" and "on the" run on inside a name; elsewhere "and the" still ends a name ("Commerce and the Treasury").
// Own sentences, invented bodies.
import { describe, expect, it } from 'vitest';
import { recogniseMarkdown } from './helpers.ts';
import { surfacesOf } from '../one-sentence.ts';

const surfaces = (md: string): string[] => surfacesOf(recogniseMarkdown(`# T\n\n${md}`));

describe('a name with "Between ... and ..."', () => {
  it('runs through both parties', () => {
    expect(surfaces('The Joint Committee on Fisheries Between the United States and the Republic of Korea met in May.')).toContain('Joint Committee on Fisheries Between the United States and the Republic of Korea');
  });
  it('still ends before "and the" where no "Between" opens the pair', () => {
    expect(surfaces('The Department of Commerce and the Department of State met in May.')).toEqual(['Department of Commerce', 'Department of State']);
  });
});
