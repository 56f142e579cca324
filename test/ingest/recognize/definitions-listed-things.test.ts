// 'The term "X" means A, B and C': a definition that lists things defines a class holding them all, so X is no other name
// of A (recognize/definitions.ts firstListed); a definition by one thing still names it ("means any A that ..."). Own
// sentences, invented terms.
import { describe, expect, it } from 'vitest';
import { recogniseMarkdown } from './helpers.ts';

const surfacesOf = (md: string, name: RegExp): string[] =>
  recogniseMarkdown(`# T\n\n${md}`).sentences.flatMap((s) => s.mentions.filter((m) => name.test(m.id)).map((m) => m.surface));

describe('a defined term of things', () => {
  it('is no name of the first thing its definition lists', () => {
    const md = 'The term "harbour automation equipment" means ship-to-shore cranes, remote operating systems and controllers used at a port.';
    expect(surfacesOf(md, /port-cranes/)).toEqual(['ship-to-shore cranes']);
    expect(surfacesOf('The term "quay machinery" means ship-to-shore cranes or drones.', /port-cranes/)).toEqual(['ship-to-shore cranes']);
  });
  it('is a name of the one thing its definition narrows', () => {
    expect(surfacesOf('The term "listed cranes" means any ship-to-shore cranes that are on the list.', /port-cranes/)).toEqual(['listed cranes', 'ship-to-shore cranes']);
  });
});
