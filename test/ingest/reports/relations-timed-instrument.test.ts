// "Last month's announcement by the ministry departs from past practice. It places X on the list": an instrument a text
// introduces by the possessive of the time it came out, before the noun of its kind (instruments.yaml introduced.timed),
// acts where it is the subject and in the sentence after it, which "It" opens. Own sentences, real bodies by their public
// names, invented companies.
import { describe, expect, it } from 'vitest';
import { findInstruments } from '../../../ingest/recognize/instruments.ts';
import { statedRelations } from './helpers.ts';

const rules = (t: string): string[] => findInstruments(t).map((f) => `${f.surface}:${f.rule}`);

describe('an instrument introduced by the possessive of its time (introduced.timed)', () => {
  it('is named by the noun of its kind and at most one word of its own, past an opener', () => {
    expect(rules("Last week's announcement by the ministry surprised exporters.")).toEqual(['announcement:instrument:introduced']);
    expect(rules("Wednesday's new export notice lists four crane makers.")).toEqual(['export notice:instrument:introduced']);
    expect(rules("Importers were reading this month's determination closely.")).toEqual(['determination:instrument:introduced']);
  });
  it('is none for a stage towards one, a kind named after "of", a listing, or a possessive no time makes', () => {
    expect(rules("Yesterday's draft decision drew comments from importers.")).toEqual([]);
    expect(rules("Tuesday's notice of inquiry named no company.")).toEqual([]);
    expect(rules("Analysts discussed Friday's listing at length.")).toEqual([]);
    expect(rules("The agency's announcement surprised exporters.")).toEqual([]);
  });
});

describe('an instrument introduced by the possessive of its time, as an actor', () => {
  it('acts in the sentence after it, which "It" and a present verb open', () => {
    const got = statedRelations("Last week's announcement by the Department of Commerce breaks with past practice. It places Tessaro Optics on the Entity List and bars exports of lidar sensors to Belarus.");
    expect(got).toContain('law:~announcement-in-inline ADDS_TO_LIST company:~tessaro-optics');
    expect(got).toContain('law:~announcement-in-inline RESTRICTS product:~lidar-sensor');
    expect(got.filter((r) => r.startsWith('authority:us-commerce'))).toEqual([]);
  });
  it('acts as the subject of its own sentence', () => {
    expect(statedRelations("Thursday's order bans lidar sensors made by Tessaro Optics.")).toContain('law:~order-in-inline RESTRICTS product:~lidar-sensor');
  });
});

describe("an instrument introduced as a body's newest (introduced.timed.fresh)", () => {
  it('is named by the noun of its kind after the possessive and "new" or "latest"', () => {
    expect(rules("The regulator's new export notice lists four crane makers.")).toEqual(['export notice:instrument:introduced']);
    expect(rules('Exporters asked about its latest determination.')).toEqual(['determination:instrument:introduced']);
    expect(rules("The Department of Commerce's newest notice lists four crane makers.")).toEqual(['notice:instrument:introduced']);
  });
  it("is a rule or a determination only, after a name that is no body's, or \"its\"", () => {
    expect(rules("Tessaro Optics booked its latest order from the navy.")).toEqual([]);
    expect(rules("Quillon Aerospace's new package of sensors sold out.")).toEqual([]);
    expect(rules("Quillon Aerospace's new decision surprised analysts.")).toEqual([]);
  });
  it('is none without such a word, or for a stage', () => {
    expect(rules("The regulator's notice lists four crane makers.")).toEqual([]);
    expect(rules("The regulator's new draft decision lists four crane makers.")).toEqual([]);
  });
  it('acts past a participle phrase between commas', () => {
    const got = statedRelations("The ministry's new rule, published on Tuesday, bars imports of lidar sensors made by Tessaro Optics.");
    expect(got).toContain('law:~rule-in-inline RESTRICTS product:~lidar-sensor');
    expect(got).toContain('law:~rule-in-inline RESTRICTS company:~tessaro-optics');
  });
});
