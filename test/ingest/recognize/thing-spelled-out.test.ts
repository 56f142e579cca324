// A thing phrase with an acronym is the thing another phrase names with the words the acronym's letters spell
// (thing-aliases.ts spelledOutThings, read in recognize/index.ts). Own sentences, invented bodies and firms.
import { describe, expect, it } from 'vitest';
import { spelledOutThings } from '../../../ingest/recognize/thing-aliases.ts';
import { recogniseMarkdown } from './helpers.ts';
import { surfaceIdsOf } from '../one-sentence.ts';

const m = (id: string, surface: string) => ({ id, label: 'Product', surface });
const all = (): boolean => true;
const pairs = (ms: ReturnType<typeof m>[]): [string, string][] => [...spelledOutThings(ms, all)];

describe('an acronym in a thing phrase spelled out by another phrase of the document', () => {
  it('reads "EV chargers" as the "electric vehicle chargers" named before, one entity', () => {
    const rec = recogniseMarkdown('# T\n\nThe ministry reviewed electric vehicle chargers sold by Velkar Oy. EV chargers sold by two other suppliers were found to send usage data abroad.');
    const ids = surfaceIdsOf(rec, ['Product', 'Technology']);
    const chargers = ids.filter((x) => /chargers=/.test(x));
    expect(chargers).toHaveLength(2);
    expect(new Set(chargers.map((x) => x.split('=')[1])).size).toBe(1);
  });
  it('lets a function word give its letter or none, and keeps the words around the acronym', () => {
    expect(pairs([m('a', 'Internet of Things devices'), m('b', 'IoT devices')])).toEqual([['b', 'a']]);
    expect(pairs([m('a', 'information and communications technology products'), m('b', 'ICT product')])).toEqual([['b', 'a']]);
    expect(pairs([m('a', 'cellular unmanned aerial vehicle modems'), m('b', 'cellular UAV modems')])).toEqual([['b', 'a']]);
  });
  it('leaves phrases whose other words differ, initials that spell another acronym, and two spelled-out phrases', () => {
    expect(pairs([m('a', 'electric vehicle chargers'), m('b', 'EV batteries')])).toEqual([]);
    expect(pairs([m('a', 'electric bicycle chargers'), m('b', 'EV chargers')])).toEqual([]);
    expect(pairs([m('a', 'electric vehicle chargers'), m('b', 'EV chargers'), m('c', 'extended validation chargers')])).toEqual([]);
    expect(pairs([m('a', '5 gigahertz routers'), m('b', '5G routers')])).toEqual([]);
  });
});
