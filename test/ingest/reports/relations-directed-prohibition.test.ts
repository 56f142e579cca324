// A prohibition binds its grammatical subject (relation-rules.yaml prohibited-use); an authority that tells or directs
// others that they may not buy or use goods lays it down (directing). Own sentences, invented names.
import { describe, expect, it } from 'vitest';
import { relations } from './helpers.ts';

describe('a prohibition told to others', () => {
  it('is the act of the authority that tells them', () => {
    expect(relations('The Norland Ports Authority has told port operators that from 1 January 2027 they may not buy drones.')).toEqual([
      'authority:~norland-ports-authority RESTRICTS product:drones',
    ]);
  });
  it('binds a subject it is laid on, and is no act of one that only reports it', () => {
    expect(relations('The Norland Ports Authority may not buy drones.')).toEqual([]);
    expect(relations('The Norland Ports Authority said that operators may not buy drones.')).toEqual([]);
  });
});
