// An adjective a degree word grades (grammar/things.yaml degree-words) is no word of a thing's name: "the most capable
// harbour radars" are harbour radars, no kind "capable harbour radars" (things.ts phraseOn). Own sentences, invented
// products.
import { describe, expect, it } from 'vitest';
import { findThings } from '../../../ingest/recognize/things.ts';

const found = (t: string): string[] => findThings(t).map((f) => f.surface);

describe('a graded adjective before a thing', () => {
  it('is no word of its name: the name starts after it', () => {
    expect(found('Ports buy the most capable harbour radars from Kestrel.')).toEqual(['harbour radars']);
    expect(found('Kestrel makes more efficient buoy inverters than its rivals.')).toEqual(['buoy inverters']);
  });
  it('leaves no name where only the head is left, and keeps an adjective no degree word grades', () => {
    expect(found('Exports of the most capable transceivers to Norland need a licence.')).toEqual([]);
    expect(found('Ports buy capable harbour radars from Kestrel.')).toEqual(['capable harbour radars']);
  });
});
