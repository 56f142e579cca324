// Origin compounds (grammar/things.yaml origin-compounds; things.ts originCompoundAt): a country's name or demonym, or an
// origin word, a hyphen and a participle of making or "origin" ("Chinese-made", "U.S.-origin", "foreign-built") say where
// the goods after it were made, so the phrase it opens names goods (thing:made), its conjuncts too, and the compound is
// no word of the name. And the same said after the noun ("made in China", "assembled in the United States": things.ts
// madeBy, countryAfter). Own sentences.
import { describe, expect, it } from 'vitest';
import { findThings } from '../../../ingest/recognize/things.ts';

const found = (t: string): string[] => findThings(t).map((f) => `${f.surface} [${f.rule}]`);

describe('an origin compound before a phrase', () => {
  it('makes the phrase and its conjuncts goods', () => {
    expect(found('Small carriers running Vietnamese-built gateways and fibre access terminals were given a year.')).toEqual(
      expect.arrayContaining(['gateways [thing:made]', 'fibre access terminals [thing:made]']),
    );
    expect(found('The port kept its Japanese-manufactured harbour cranes.')).toContain('harbour cranes [thing:made]');
  });
  it("reads an abbreviated country split off by the words ('U.S.-origin') and an origin word ('foreign-built')", () => {
    expect(found('Auditors counted U.S.-origin thermal cameras at the depot.')).toContain('thermal cameras [thing:made]');
    expect(found('Auditors counted foreign-built thermal cameras at the depot.')).toContain('thermal cameras [thing:made]');
    expect(found('Auditors counted US-origin thermal cameras at the depot.')).toContain('thermal cameras [thing:made]');
    expect(found('Auditors counted Korean-built thermal cameras at the depot.')).toContain('thermal cameras [thing:made]');
  });
  it('reads any country the data gives, its abbreviations as the data writes them, and a prefix before either', () => {
    expect(found('Auditors counted Uruguayan-made thermal cameras at the depot.')).toContain('thermal cameras [thing:made]');
    expect(found('Auditors counted UAE-built thermal cameras at the depot.')).toContain('thermal cameras [thing:made]');
    expect(found('Auditors counted DPRK-origin thermal cameras at the depot.')).toContain('thermal cameras [thing:made]');
    expect(found('Auditors counted non-Chinese-made thermal cameras at the depot.')).toContain('thermal cameras [thing:made]');
    expect(found('Auditors counted non-UK-built thermal cameras at the depot.')).toContain('thermal cameras [thing:made]');
  });
  it('not an ISO code the data gives only as a code, nor an abbreviation out of its case', () => {
    expect(found('Auditors counted AI-built thermal cameras at the depot.')).not.toContain('thermal cameras [thing:made]');
    expect(found('Auditors counted us-made thermal cameras at the depot.')).not.toContain('thermal cameras [thing:made]');
    expect(found('Auditors counted non-hand-made thermal cameras at the depot.')).not.toContain('thermal cameras [thing:made]');
  });
  it('not after a hyphened word of no origin, nor a participle outside the list', () => {
    expect(found('Auditors counted hand-made thermal cameras at the depot.')).not.toContain('thermal cameras [thing:made]');
    expect(found('Auditors counted Chinese-looking thermal cameras at the depot.')).not.toContain('thermal cameras [thing:made]');
  });
});

describe('a participle of making and "in" a country after a phrase', () => {
  it('makes the phrase and its conjuncts goods', () => {
    expect(found('Councils must replace harbour radar units and marine radios assembled in Japan.')).toEqual(
      expect.arrayContaining(['harbour radar units [thing:made]', 'marine radios [thing:made]']),
    );
    expect(found('Councils installed the thermal cameras produced in the People\'s Republic of China.')).toContain('thermal cameras [thing:made]');
  });
  it('not "in" something other than a country, nor a head alone', () => {
    expect(found('Councils installed the thermal cameras produced in the past.')).not.toContain('thermal cameras [thing:made]');
    expect(found('Councils removed cameras made in Japan.')).not.toContain('cameras [thing:made]');
  });
});
