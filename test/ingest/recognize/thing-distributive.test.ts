// A singular after "every", "each" or "any", or in a list they open, names the class as a plural does
// (thing-aliases.ts distributiveAt), so a shortened class written so is still the class named twice. Own sentences,
// invented products.
import { describe, expect, it } from 'vitest';
import { describedThings, distributiveAt, shortThingNames } from '../../../ingest/recognize/thing-aliases.ts';
import { settleTentative } from '../../../ingest/recognize/index.ts';
import { recogniseMarkdown } from './helpers.ts';
import { surfaceIdsOf } from '../one-sentence.ts';

const at = (text: string, word: string): boolean => distributiveAt(text, text.indexOf(word));
const m = (id: string, surface: string) => ({ id, label: 'Product', surface });

describe('a singular that ranges over its class', () => {
  it('follows every, each or any, or is a conjunct of a list they open', () => {
    expect(at('Each agency must log every buoy beacon it owns.', 'buoy beacon')).toBe(true);
    expect(at('Log the maker of each winch, tide gauge and harbour radio.', 'tide gauge')).toBe(true);
    expect(at('Log the maker of each winch, tide gauge and harbour radio.', 'harbour radio')).toBe(true);
    expect(at('Do not buy any crane controller or tide gauge from them.', 'tide gauge')).toBe(true);
  });
  it('is no item named alone or after an article', () => {
    expect(at('The agency removed a tide gauge from the pier.', 'tide gauge')).toBe(false);
    expect(at('Every agency removed the tide gauge it held.', 'tide gauge')).toBe(false);
    expect(at('Each agency bought a winch and a tide gauge.', 'tide gauge')).toBe(false);
  });
  it('keeps a shortened class the class named twice', () => {
    const mentions = [m('p:long', 'harbour tide gauges'), m('p:short', 'tide gauges'), m('p:short', 'tide gauge')];
    const ranging = (x: object) => x === mentions[2];
    expect([...shortThingNames(mentions, () => true, () => false, [])]).toEqual([]);
    expect([...shortThingNames(mentions, () => true, () => false, [], '', ranging)]).toEqual([['p:short', 'p:long']]);
    const described = [m('p:long', 'rugged tide gauges'), m('p:short', 'tide gauges'), m('p:short', 'tide gauge')];
    expect([...describedThings(described, () => true, () => false)]).toEqual([]);
    expect([...describedThings(described, () => true, () => false, (x) => x === described[2])]).toEqual([['p:long', 'p:short']]);
  });
  it('joins a class named in full and shortened in a document', () => {
    const md = (last: string) => `# T\n\nAt two ports inspectors found 40 network video recorders that Ostrava Ltd had produced.\n\nInspectors also found video recorders and radios produced by Ostrava Ltd at three ports.\n\n${last}`;
    const recorders = (text: string): string[] => surfaceIdsOf(settleTentative(recogniseMarkdown(text), new Set()), ['Product', 'Technology']).filter((x) => x.includes('recorder'));
    expect(recorders(md('Each port must record the maker of every winch, video recorder and radio it holds.'))).toEqual([
      'network video recorders=product:~network-video-recorder',
      'video recorders=product:~network-video-recorder',
      'video recorder=product:~network-video-recorder',
    ]);
    // One item ("a video recorder") keeps the short name apart.
    expect(recorders(md('Each port must record the maker of a video recorder it holds.'))).toContain('video recorder=product:~video-recorder');
  });
});
