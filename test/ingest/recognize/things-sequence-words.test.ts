// Words of sequence before a head ("initial", "previous", "subsequent", as "first" and "second") say when things came,
// not what kind they are: no modifier of a name (grammar/things.yaml generic). Own sentences.
import { describe, expect, it } from 'vitest';
import { findThings } from '../../../ingest/recognize/things.ts';

const things = (text: string): string[] => findThings(text).map((f) => f.surface);

describe('a word of sequence before a head of things', () => {
  it('makes no name of a head alone', () => {
    expect(things('The initial processor remains liable to the operator.')).toEqual([]);
    expect(things('The subsequent receiver was never installed.')).toEqual([]);
  });
  it('is left out of a name its other modifiers make', () => {
    expect(things('The port replaced the previous harbour cranes in May.')).toEqual(['harbour cranes']);
  });
});
