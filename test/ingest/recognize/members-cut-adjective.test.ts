// A member of a list cut short after an adjective ("including average support periods", where "support" reads as a verb)
// is that adjective's unread noun phrase, no thing (members.ts nounPhrase). Own sentences.
import { describe, expect, it } from 'vitest';
import { findMembers } from '../../../ingest/recognize/members.ts';

const members = (text: string): string[] => findMembers(text).map((f) => f.surface);

describe('a list member cut after an adjective', () => {
  it('names no thing', () => {
    expect(members('The port publishes data on its devices, including average support periods.')).toEqual([]);
  });
  it('leaves an adjective-led member read whole, and one that ends the list', () => {
    expect(members('The port buys devices, including smart tide gauges and mooring winches.')).toEqual(['smart tide gauges', 'mooring winches']);
    expect(members('The port buys devices, including mooring winches, tide gauges and wireless.')).toEqual(['mooring winches', 'tide gauges', 'wireless']);
  });
});
