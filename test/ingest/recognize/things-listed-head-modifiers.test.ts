// A head of things of the grammar's own list that the lexicon reads only as a verb ("network") is a noun modifier where
// another modifier of the phrase follows it (things.ts verbInCompound): the phrase keeps it. Own sentences.
import { describe, expect, it } from 'vitest';
import { findThings } from '../../../ingest/recognize/things.ts';

const found = (t: string): string[] => findThings(t).map((f) => f.surface);

describe('a listed head read as a verb, before a modifier of the phrase', () => {
  it('stays in the phrase after a preposition', () => {
    expect(found('The depot streams its footage to network video recorders.')).toContain('network video recorders');
  });
  it('stays in the phrase as a list item after an enumerator or a comma', () => {
    expect(found('Name the maker of: (a) dash cameras; (b) network video recorders.')).toContain('network video recorders');
    expect(found('Does any router, network storage appliance or modem hold it?')).toContain('network storage appliance');
  });
  it('is still a verb after a modal', () => {
    expect(found('Operators may network video recorders across depots.')).not.toContain('network video recorders');
  });
});
