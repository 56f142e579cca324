// A body's short form after its full name: "the Harbour Taskforce" after the "Joint Coastal Harbour Taskforce" is that
// body, no second one (body-tails.ts). Own sentences, invented bodies.
import { describe, expect, it } from 'vitest';
import { recogniseMarkdown } from './helpers.ts';
import { surfaceIdsOf } from '../one-sentence.ts';

const bodies = (md: string): string[] => [...new Set(surfaceIdsOf(recogniseMarkdown(`# T\n\n${md}`), ['Authority', 'Organization']))];

describe("a body's short form after its full name", () => {
  it('is that body', () => {
    const got = bodies('The case was brought by the Regional Drone Interdiction Task Force. Since 2023 the Interdiction Task Force has brought nine cases.');
    expect(new Set(got.map((x) => x.split('=')[1])).size).toBe(1);
  });
  it('leaves a body whose unit is named "of" it before', () => {
    const got = bodies('The Office of Harbour Licensing of the Coastal Trade Agency wrote to the firm. The Coastal Trade Agency then fined it.');
    expect(new Set(got.map((x) => x.split('=')[1])).size).toBe(2);
  });
  it('binds no tail two bodies share', () => {
    const got = bodies('The Northern Harbour Safety Commission and the Southern Harbour Safety Commission met. The Harbour Safety Commission issued a notice.');
    expect(new Set(got.map((x) => x.split('=')[1])).size).toBe(3);
  });
});
