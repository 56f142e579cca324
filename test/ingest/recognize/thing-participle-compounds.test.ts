// A compound modifier of a noun and a past participle ("internet-connected", "network-connected") says by what the goods
// are so, which the participle alone says of the same goods: two thing names that differ only there are one thing
// (thing-aliases.ts wordsOf, plainParticiple). Own sentences, invented companies.
import { describe, expect, it } from 'vitest';
import { genericVariants, spelledAlike } from '../../../ingest/recognize/thing-aliases.ts';
import { recognised, surfaceIdsOf } from '../one-sentence.ts';

const m = (id: string, surface: string) => ({ id, label: 'Product', surface });
const found = (id: string): boolean => id.startsWith('p:');

describe('a noun and a participle joined by a hyphen before goods', () => {
  it('makes "internet-connected buoys" the "connected buoys" the document names', () => {
    expect([...spelledAlike([m('p:a', 'connected buoys'), m('p:b', 'internet-connected buoys')], found)]).toEqual([['p:b', 'p:a']]);
  });
  it('makes "network-connected devices" the "connected equipment", under two generic heads of goods', () => {
    expect([...genericVariants([m('p:a', 'connected equipment'), m('p:b', 'network-connected devices')], found)]).toEqual([['p:b', 'p:a']]);
  });
  it('leaves an adverb, a negation, an adjective or a people\'s name before the participle as it is', () => {
    expect([...spelledAlike([m('p:a', 'known buoys'), m('p:b', 'well-known buoys')], found)]).toEqual([]);
    expect([...spelledAlike([m('p:a', 'made buoys'), m('p:b', 'Chinese-made buoys')], found)]).toEqual([]);
    expect([...spelledAlike([m('p:a', 'covered buoys'), m('p:b', 'non-covered buoys')], found)]).toEqual([]);
    // A second part that is no participle: "high-risk" is no "risk".
    expect([...spelledAlike([m('p:a', 'risk buoys'), m('p:b', 'high-risk buoys')], found)]).toEqual([]);
  });
  it('reads a text that writes both', () => {
    const rec = recognised('The ordinance bars connected harbour cranes sold by Velmora Ltd. Inspectors found internet-connected harbour cranes at two piers.');
    const ids = surfaceIdsOf(rec, ['Product', 'Technology']);
    const id = (s: string): string | undefined => ids.find((x) => x.startsWith(`${s}=`))?.split('=')[1];
    expect(id('connected harbour cranes')).toBeDefined();
    expect(id('internet-connected harbour cranes')).toBe(id('connected harbour cranes'));
  });
});
