// An acronym a phrase spells for its modifiers, in brackets or between commas after "or", makes those words one name,
// spelled with or without its connectors ("light detection and ranging": LDAR, LiDAR). Own sentences.
import { describe, expect, it } from 'vitest';
import { findThings } from '../../../ingest/recognize/things.ts';

const named = (t: string): string[] => findThings(t).map((f) => `${f.surface} => ${f.name}`);

describe('an acronym for the modifiers of a head', () => {
  it('is read between commas after "or"', () => {
    expect(named('The third measure targets light detection and ranging, or LiDAR, sensors.')).toEqual(['light detection and ranging, or LiDAR, sensors => LiDAR sensors']);
  });
  it('spells the connectors too where its letters say so, and keeps a gerund among the words it spells', () => {
    expect(named('It imposes a tariff on light detection and ranging (LiDAR) sensors.')).toContain('light detection and ranging (LiDAR) sensors => LiDAR sensors');
    expect(named('It covers cellular Internet of Things (IoT) modules.')).toEqual(['cellular Internet of Things (IoT) modules => cellular IoT modules']);
  });
  it('is no acronym where its letters do not spell the words, or a comma closes no gloss', () => {
    expect(named('The plant makes red, or RGB, lamps.')).toEqual([]);
    expect(named('They sell light detection and ranging, or LiDAR and radar sensors.').some((x) => x.includes('or LiDAR,'))).toBe(false);
  });
});
