// A field's name in -ics (graphics, avionics, robotics, telematics) before a gerund modifies the compound: no plural noun
// whose reduced relative clause ends the phrase there (things.ts reducedRelative; helper-237). Own sentences.
import { describe, expect, it } from 'vitest';
import { recogniseMarkdown } from './helpers.ts';
import { surfacesOf } from '../one-sentence.ts';

const things = (md: string): string[] =>
  surfacesOf(recogniseMarkdown(`# T\n\n${md}`), ['Product', 'Technology']);

describe('a field in -ics before a gerund', () => {
  it('stays inside the phrase', () => {
    expect(things('The firms make graphics processing units for servers.')).toContain('graphics processing units');
    expect(things('The rule covers avionics processing modules.')).toContain('avionics processing modules');
  });
  it('leaves a plural noun before a gerund its clause', () => {
    expect(things('Transactions involving lidar sensors were listed.')).toEqual(['lidar sensors']);
  });
});
