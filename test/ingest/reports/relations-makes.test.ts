// A company's line of products: what it supplied, sold or built, and what its "its" owns (own sentences, fictional
// companies and products). The relation is also what keeps a phrase the document names once (settleTentative).
import { describe, expect, it } from 'vitest';
import { readRelations } from './helpers.ts';

const makes = (text: string): string[] =>
  readRelations(text)
    .filter((r) => r.type === 'MAKES')
    .map((r) => `${r.start} ${r.end} ${r.rule}`);

describe('a company\'s line', () => {
  it('reads what a company supplied, sold or built as its products', () => {
    expect(makes('Marrowby Cable Co., Ltd. supplied harbour cranes to a naval yard.')).toEqual(['company:~marrowby-cable-co-ltd product:~harbour-crane makes']);
    expect(makes('Marrowby Cable Co., Ltd. sold tidal turbines abroad.')).toEqual(['company:~marrowby-cable-co-ltd product:~tidal-turbine makes']);
    // "supplied by" is the passive's, whose maker comes after it.
    expect(makes('Marrowby Cable Co., Ltd. bought tidal turbines supplied by a broker.')).toEqual([]);
  });
  it('reads the products a company\'s "its" owns as its line', () => {
    expect(makes('The Board added Marrowby Cable Co., Ltd. to the list in May, so that its tidal turbines can no longer be sold.')).toEqual([
      'company:~marrowby-cable-co-ltd product:~tidal-turbine makes-its',
    ]);
  });

  it('not the products a company buys, sources or gets from another ("buys its X from Y", "and its Z from W")', () => {
    expect(makes('Marrowby Cable Co., Ltd. buys its tidal turbines from a broker.')).toEqual([]);
    // The one it gets them from sells them (goods-from, below).
    expect(makes('Marrowby Cable Co., Ltd. sources its harbour cranes in Norway and its tidal turbines from Kestrel Cranes Ltd.')).toEqual(['company:~kestrel-cranes-ltd product:~tidal-turbine goods-from']);
    expect(makes('Marrowby Cable Co., Ltd. imported its forklift trucks last year.')).toEqual([]);
  });
});

describe('the maker a passive names', () => {
  it("is its own cue's, not that of the goods before an earlier \"made by\" (a list of consignments, helper-223)", () => {
    expect(makes('The Service detained 40 harbour cranes made by Kestrel Cranes Ltd.; 20 tidal turbines made by Marrowby Cable Co., Ltd.; and 5 forklift trucks.').sort()).toEqual([
      'company:~kestrel-cranes-ltd product:~harbour-crane made-by',
      'company:~marrowby-cable-co-ltd product:~tidal-turbine made-by',
    ]);
    expect(makes('The Act bars buying harbour cranes made by listed firms and requires a review of equipment produced by Marrowby Cable Co., Ltd.')).toEqual([]);
  });

  it('still every maker coordinated after one cue', () => {
    expect(makes('Harbour cranes made by Kestrel Cranes Ltd. and Marrowby Cable Co., Ltd. were sold.').sort()).toEqual([
      'company:~kestrel-cranes-ltd product:~harbour-crane made-by',
      'company:~marrowby-cable-co-ltd product:~harbour-crane made-by',
    ]);
  });
});

describe('goods that come from a company', () => {
  it('are goods it makes or sells, bought or not', () => {
    expect(makes('The port buys harbour cranes from Kestrel Cranes Ltd.')).toEqual(['company:~kestrel-cranes-ltd product:~harbour-crane goods-from']);
    expect(makes('The port uses forklift trucks bought from Kestrel Cranes Ltd.')).toEqual(['company:~kestrel-cranes-ltd product:~forklift-truck goods-from']);
  });

  it("not goods named as what other goods are for ('battery packs for drones from X')", () => {
    expect(makes('The Service detained spare parts for harbour cranes from Kestrel Cranes Ltd.')).toEqual([]);
  });
});
