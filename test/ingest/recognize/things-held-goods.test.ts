// Goods held in goods and classes placed on a market: the sentence's own support for a phrase named once (things.ts
// partsAt, insideGoods; grammar/things.yaml containment, market-placement): "servers containing tide gauges", "the
// thermal sensors inside many Norvik-assembled drones", "wireless devices placed on the EU market". Own sentences,
// invented places and firms; the near-misses keep generic words, documents and descriptions out.
import { describe, expect, it } from 'vitest';
import { Catalog } from '../../../ingest/catalog/index.ts';
import { findThings } from '../../../ingest/recognize/things.ts';
import { analysed, entityNamesOf } from '../one-sentence.ts';

const found = (t: string): string[] => findThings(t).map((f) => `${f.surface} [${f.rule}]`);

/** The thing entities a one-sentence document keeps with no catalog entry at all (the grammar alone). */
const kept = (text: string): string[] => entityNamesOf(analysed(text, { heading: 'T', catalog: new Catalog([], 'none'), asEntry: true }).rec, ['Technology', 'Product']);

describe('a part a container holds', () => {
  it('is goods after a head of things and a cue of containment', () => {
    expect(found('Norvik ships harbour drones containing tide sensors to Valdmark.')).toContain('tide sensors [thing:part]');
    expect(found('Brenholt said none of its products contained Danish satellite positioning chips.')).toContain('satellite positioning chips [thing:part]');
    expect(found('The agency counted tractors that are equipped with rugged telematics units.')).toContain('rugged telematics units [thing:part]');
  });
  it('is goods before a cue of containment and a head of things', () => {
    expect(found('The thermal sensors inside many Norvik-assembled drones come from Brenholt.')).toContain('thermal sensors [thing:part]');
    expect(found('Inspectors opened the charge controllers fitted to the harbour cranes.')).toContain('charge controllers [thing:part]');
  });
  it('is kept by recognition though named once', () => {
    expect(kept('The thermal sensors inside many Norvik-assembled drones come from Brenholt.')).toContain('thermal sensors');
    expect(kept('Brenholt said none of its products contained satellite positioning chips.')).toContain('satellite positioning chips');
  });
  it('needs a container that is a head of things, and a cue of containment', () => {
    expect(found('The report containing policy recommendations was published.')).toEqual([]);
    expect(found('Our drones with thermal cameras fly over the farms.').filter((f) => f.includes('[thing:part]'))).toEqual([]);
    expect(found('The thermal sensors inside the harbour office were old.').filter((f) => f.includes('[thing:part]'))).toEqual([]);
    expect(kept('The thermal sensors inside the harbour office were old.')).toEqual([]);
  });
  it('is no bare generic word', () => {
    expect(found('Norvik ships buoys containing equipment to Valdmark.').filter((f) => f.includes('[thing:part]'))).toEqual([]);
  });
});

describe('a class placed on a market', () => {
  it('is regulated right before "placed on the market" or "made available on the market"', () => {
    expect(found('Since May 2026, wireless doorbells placed on the EU market must meet the baseline requirements.')).toContain('wireless doorbells [thing:regulated]');
    expect(found('The rule covers smart thermostats which are made available on the market in Valdmark.')).toContain('smart thermostats [thing:regulated]');
    expect(kept('Since May 2026, wireless doorbells placed on the EU market must meet the baseline requirements.')).toContain('wireless doorbells');
  });
  it('is not a class on the market in other words, nor a generic word alone', () => {
    expect(found('Wireless doorbells on the market sell well in Valdmark.').filter((f) => f.includes('[thing:regulated]'))).toEqual([]);
    expect(found('Products placed on the EU market must meet the requirements.')).toEqual([]);
  });
});

describe('what a part is', () => {
  it('is a phrase of two words or more, not one item after "a" nor a head alone', () => {
    expect(found('A tide buoy means a hardware unit that contains a radio transceiver and a battery.').filter((f) => f.includes('[thing:part]'))).toEqual([]);
    expect(found('Norvik buys harbour drones that contain modules made by Brenholt.').filter((f) => f.includes('[thing:part]'))).toEqual([]);
  });
  it('leaves out a word on the state of the goods found ("undocumented")', () => {
    expect(found('Inspectors found undocumented tide sensors inside harbour drones shipped from Valdmark.')).toContain('tide sensors [thing:part]');
  });
});

describe('goods "them" takes up', () => {
  it('holds the part fitted to them, both goods, where the part\'s phrase is coordinated after the goods', () => {
    expect(found('Norvik ships harbour cranes and the charge controllers fitted to them.')).toEqual(['harbour cranes [thing:part]', 'charge controllers [thing:part]']);
  });
  it('holds nothing across a semicolon, nor where no phrase of goods comes before', () => {
    expect(found('Norvik ships harbour cranes; the charge controllers fitted to them are old.').filter((f) => f.includes('[thing:part]'))).toEqual([]);
    expect(found('The inspectors and the charge controllers fitted to them were late.').filter((f) => f.includes('[thing:part]'))).toEqual([]);
  });
});
