// Names of things a sentence equates, phrases that only describe a thing the document names, and names spelt apart only by
// hyphens or spaces (thing-aliases.ts equatedThings, describedThings, spelledAlike; things.ts thing:equated; grammar/thing-equations.yaml). Own sentences, invented products.
import { describe, expect, it } from 'vitest';
import { describedThings, equatedThings, equationLinkAt, spelledAlike } from '../../../ingest/recognize/thing-aliases.ts';
import { findThings } from '../../../ingest/recognize/things.ts';
import { recogniseMarkdown } from './helpers.ts';
import { surfaceIdsOf } from '../one-sentence.ts';

const things = (md: string): string[] =>
  surfaceIdsOf(recogniseMarkdown(md), ['Product', 'Technology']);
const found = (t: string): string[] => findThings(t).map((f) => `${f.surface} [${f.rule}]`);
const at = (text: string, surface: string, id: string) => {
  const start = text.indexOf(surface);
  return { id, label: 'Product', surface, start, end: start + surface.length };
};

describe('equation links', () => {
  it('reads a link after a name, an acronym in brackets allowed before it', () => {
    expect(equationLinkAt(', also known as buoy beacons, are')).toEqual({ length: 16, appositive: false });
    expect(equationLinkAt(' (TTX), commonly called buoy beacons')?.appositive).toBe(false);
    expect(equationLinkAt(', or buoy beacons, are')).toEqual({ length: 5, appositive: true });
    expect(equationLinkAt(', and buoy beacons')).toBeUndefined();
    expect(equationLinkAt(' are fitted')).toBeUndefined();
  });
  it('names the thing after a link (thing:equated), a plural head alone too', () => {
    expect(found('Tide transmitters, also known as buoy beacons, are fitted to every pier.')).toEqual(['Tide transmitters [thing:noun-phrase]', 'buoy beacons [thing:equated]']);
    expect(found('Pier monitoring systems (PMS), commonly called beacons, are cheap.')).toContain('beacons [thing:equated]');
    // An appositive "or" needs the comma that closes the second name.
    expect(found('Quay sensors, or beacons, are cheap.')).toEqual(['Quay sensors [thing:noun-phrase]', 'beacons [thing:equated]']);
    expect(found('Buy quay sensors, or beacons and cables.')).toEqual(['quay sensors [thing:noun-phrase]']);
  });
});

describe('plain and drafting links', () => {
  it('reads "known as", "referred to as" and "hereinafter", in brackets too', () => {
    expect(equationLinkAt(', known as buoy beacons, are')).toEqual({ length: 11, appositive: false });
    expect(equationLinkAt(' (hereinafter referred to as "buoy beacons")')?.length).toBe(30);
    expect(equationLinkAt(' (hereinafter "beacons")')?.length).toBe(15);
    expect(equationLinkAt(', referred to as beacons')?.appositive).toBe(false);
    expect(equationLinkAt(' (known to be unsafe)')).toBeUndefined();
  });
  it('joins the names they link', () => {
    const text = 'The port bars tide transmitters, known as quay beacons, made by Norvik Marine Ltd.';
    const ms = [at(text, 'tide transmitters', 'p:t'), at(text, 'quay beacons', 'p:q')];
    expect([...equatedThings([{ text, mentions: ms }], () => true)]).toEqual([['p:q', 'p:t']]);
    const drafted = 'This order covers harbour telemetry rigs (hereinafter referred to as "quay beacons") sold in Norland.';
    const ds = [at(drafted, 'harbour telemetry rigs', 'p:r'), at(drafted, 'quay beacons', 'p:q')];
    expect([...equatedThings([{ text: drafted, mentions: ds }], () => true)]).toEqual([['p:q', 'p:r']]);
  });
});

describe('equated things', () => {
  it('joins the second name to the first, a found name to a catalog entry, never two catalog entries', () => {
    const text = 'Quay sensors, or tide beacons, are cheap.';
    const a = at(text, 'Quay sensors', 'product:~quay-sensor');
    const b = at(text, 'tide beacons', 'product:~tide-beacon');
    expect([...equatedThings([{ text, mentions: [a, b] }], () => true)]).toEqual([['product:~tide-beacon', 'product:~quay-sensor']]);
    expect([...equatedThings([{ text, mentions: [a, b] }], (id) => id === 'product:~quay-sensor')]).toEqual([['product:~quay-sensor', 'product:~tide-beacon']]);
    expect([...equatedThings([{ text, mentions: [a, b] }], () => false)]).toEqual([]);
  });
  it('reads no list as an equation', () => {
    const text = 'The port bans tide transmitters, quay sensors, or tide beacons, made abroad.';
    const ms = [at(text, 'tide transmitters', 'p:t'), at(text, 'quay sensors', 'p:q'), at(text, 'tide beacons', 'p:b')];
    expect([...equatedThings([{ text, mentions: ms }], () => true)]).toEqual([]);
    const plain = 'The port bans quay sensors or tide beacons.';
    expect([...equatedThings([{ text: plain, mentions: [at(plain, 'quay sensors', 'p:q'), at(plain, 'tide beacons', 'p:b')] }], () => true)]).toEqual([]);
  });
  it('joins a name restated after a comma and "the" where a participle of making or a relative pronoun restricts it', () => {
    const text = 'The port licenses offshore tide sensor arrays, the buoy telemetry rigs made almost only by Norvik Marine Ltd.';
    const a = at(text, 'offshore tide sensor arrays', 'p:arrays');
    const b = at(text, 'buoy telemetry rigs', 'p:rigs');
    expect([...equatedThings([{ text, mentions: [a, b] }], () => true)]).toEqual([['p:rigs', 'p:arrays']]);
    const which = 'The port licenses offshore tide sensor arrays, the buoy telemetry rigs which log the tides.';
    expect([...equatedThings([{ text: which, mentions: [at(which, 'offshore tide sensor arrays', 'p:a'), at(which, 'buoy telemetry rigs', 'p:r')] }], () => true)]).toEqual([['p:r', 'p:a']]);
    // Nothing that restricts the second name, or a list before the first: no restatement.
    const bare = 'The port licenses offshore tide sensor arrays, the buoy telemetry rigs and the cranes.';
    expect([...equatedThings([{ text: bare, mentions: [at(bare, 'offshore tide sensor arrays', 'p:a'), at(bare, 'buoy telemetry rigs', 'p:r')] }], () => true)]).toEqual([]);
    const list = 'The port licenses cranes, offshore tide sensor arrays, the buoy telemetry rigs made by Norvik Marine Ltd.';
    const ms = [at(list, 'cranes', 'p:c'), at(list, 'offshore tide sensor arrays', 'p:a'), at(list, 'buoy telemetry rigs', 'p:r')];
    expect([...equatedThings([{ text: list, mentions: ms }], () => true)]).toEqual([]);
    // A list that goes on after the second name's clause: its items, no restatement.
    const on = 'The port licenses offshore tide sensor arrays, the buoy telemetry rigs made by Norvik Marine Ltd., and cranes.';
    expect([...equatedThings([{ text: on, mentions: [at(on, 'offshore tide sensor arrays', 'p:a'), at(on, 'buoy telemetry rigs', 'p:r'), at(on, 'cranes', 'p:c')] }], () => true)]).toEqual([]);
  });
  it('makes the two names one thing of the document', () => {
    const md = '# T\n\nTide transmitters, also known as buoy beacons, are fitted to every pier.\n\nThe authority restricts buoy beacons made by Norvik Marine Ltd.';
    expect(things(md)).toEqual(['Tide transmitters=product:~tide-transmitter', 'buoy beacons=product:~tide-transmitter', 'buoy beacons=product:~tide-transmitter']);
  });
});

describe('described things', () => {
  const m = (id: string, surface: string) => ({ id, label: 'Product', surface });
  it('reads a phrase with describing words before another thing name as that thing', () => {
    expect([...describedThings([m('p:w', 'weatherproof harbour cameras'), m('p:h', 'harbour cameras')], () => true, () => true)]).toEqual([['p:w', 'p:h']]);
    expect([...describedThings([m('p:w', 'Norland-made harbour cameras'), m('p:h', 'harbour cameras')], () => true, () => true)]).toEqual([['p:w', 'p:h']]);
  });
  it('keeps a kind named by a noun, a bare head, a class a measure defines, and a target that has no support', () => {
    expect([...describedThings([m('p:d', 'buoy harbour cameras'), m('p:h', 'harbour cameras')], () => true, () => true)]).toEqual([]);
    expect([...describedThings([m('p:a', 'autonomous cranes'), m('p:c', 'cranes')], () => true, () => true)]).toEqual([]);
    expect([...describedThings([m('p:c', 'covered harbour cameras'), m('p:h', 'harbour cameras')], () => true, () => true)]).toEqual([]);
    // An item in the singular with no support: no (two plurals are a class named twice, below).
    expect([...describedThings([m('p:w', 'a weatherproof harbour camera'), m('p:h', 'harbour camera')], () => true, () => false)]).toEqual([]);
    expect([...describedThings([m('p:w', 'weatherproof harbour cameras'), m('p:h', 'harbour camera')], () => true, () => false)]).toEqual([]);
  });
  it('reads a describing phrase and its class, both written only in the plural, as one class named twice, though neither has support', () => {
    expect([...describedThings([m('p:w', 'weatherproof harbour cameras'), m('p:h', 'harbour cameras')], () => true, () => false)]).toEqual([['p:w', 'p:h']]);
    const md = '# Seizures\n\nOfficers seized 900 outdoor harbour cameras, model line HC-4, at the quay.\n\n## Figures\n\nHarbour cameras were a third of all seizures.';
    expect(things(md).filter((t) => /harbour cameras/i.test(t))).toEqual(['outdoor harbour cameras=product:~harbour-camera', 'Harbour cameras=product:~harbour-camera']);
  });
  it('makes them one thing of the document', () => {
    const md = '# T\n\nWeatherproof harbour cameras watch the quays, and the authority bans harbour cameras made by Norvik Marine Ltd.';
    expect(things(md)).toEqual(['Weatherproof harbour cameras=product:~harbour-camera', 'harbour cameras=product:~harbour-camera']);
  });
});

describe('things spelt alike', () => {
  const m = (id: string, surface: string) => ({ id, label: 'Product', surface });
  it('joins names that differ only by hyphens or spaces, to a catalog entry when there is one', () => {
    expect([...spelledAlike([m('p:a', 'anti-drone radars'), m('p:b', 'antidrone radar')], () => true)]).toEqual([['p:b', 'p:a']]);
    expect([...spelledAlike([m('p:a', 'anti-drone radars'), m('c:b', 'anti drone radars')], (id) => id.startsWith('p:'))]).toEqual([['p:a', 'c:b']]);
  });
  it('keeps two catalog entries and different words apart', () => {
    expect([...spelledAlike([m('c:a', 'anti-drone radars'), m('c:b', 'antidrone radars')], () => false)]).toEqual([]);
    expect([...spelledAlike([m('p:a', 'anti-drone radars'), m('p:b', 'anti-ship radars')], () => true)]).toEqual([]);
  });
  it('joins names that differ only in a prefix of one sense before a noun (anti-, counter-)', () => {
    expect([...spelledAlike([m('p:a', 'anti-buoy sonars'), m('p:b', 'counter-buoy sonar')], () => true)]).toEqual([['p:b', 'p:a']]);
    expect([...spelledAlike([m('p:a', 'counter jamming antennas'), m('p:b', 'antijamming antennas')], () => true)]).toEqual([['p:b', 'p:a']]);
  });
  it('but not a prefix that is the head, nor other prefixes', () => {
    expect([...spelledAlike([m('p:a', 'ticket counters'), m('p:b', 'ticket antis')], () => true)]).toEqual([]);
    expect([...spelledAlike([m('p:a', 'anti-buoy sonars'), m('p:b', 'pro-buoy sonars')], () => true)]).toEqual([]);
  });
  it('makes them one thing of the document', () => {
    expect(things('# T\n\nIt restricts imports of cyber-security cameras and imports of cybersecurity cameras.')).toEqual([
      'cyber-security cameras=product:~cyber-security-camera',
      'cybersecurity cameras=product:~cyber-security-camera',
    ]);
  });
});
