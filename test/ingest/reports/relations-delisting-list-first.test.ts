// A removal from a list with the list named before the object ("removed three firms from the list, including X") undoes
// a listing as "removed X from the list" does: no restriction of X (relation-rules.yaml delisting, read from the cue to
// the object as well as on what follows it). A removal from a place is still one. Own sentences, invented names.
import { describe, expect, it } from 'vitest';
import { relations } from './helpers.ts';

describe('a removal from a list, the list before the object', () => {
  it('restricts none of the companies it names', () => {
    expect(relations('The Norland Trade Ministry has removed two firms from its export watch list, including Corvel Optics Ltd., after a review.')).toEqual([]);
    expect(relations('The Norland Trade Ministry deleted four entries from the register of controlled parties, among them Corvel Optics Ltd.')).toEqual([]);
  });
  it('as with the object first', () => {
    expect(relations('The Norland Trade Ministry removed Corvel Optics Ltd. from its export watch list.')).toEqual([]);
  });
  it('while a removal from networks still restricts what it removes', () => {
    expect(relations('The Norland Trade Ministry ordered operators to remove radar units made by Corvel Optics Ltd. from their networks.')).toContain('authority:~norland-trade-ministry RESTRICTS company:~corvel-optics-ltd');
  });
});
