// "U.S. District Judge Helena Ruiz", "Senator Jo Baines": a person's title (names.yaml person-titles) before a person's
// name holds no office of a body; a state's prefix and words before it name no body (bodies.ts withTitlesCut), and a
// body named before it is that body alone. Own sentences, invented people.
import { describe, expect, it } from 'vitest';
import { findBodies } from '../../../ingest/recognize/bodies.ts';

const read = (s: string): string[] => findBodies(s).map((f) => f.surface);

describe("a person's title before a person's name", () => {
  it('names no body after a state prefix', () => {
    expect(read('U.S. District Judge Marta Klein-Oduya set the hearing for June 2.')).toEqual([]);
    expect(read('The plea was accepted by U.S. Magistrate Judge Tobias Wren on Friday.')).toEqual([]);
  });
  it('ends the name of a body written before it', () => {
    expect(read('Harbour District Court Judge Marta Klein-Oduya set the hearing.')).toEqual(['Harbour District Court']);
  });
  it('leaves an office-holding title after a prefix as it was', () => {
    expect(read('U.S. Trade Representative Marta Klein announced the tariffs.')).toEqual(['U.S. Trade Representative']);
  });
});
