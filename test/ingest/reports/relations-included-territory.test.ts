// A territory's status after its name is part of the name ("the Hong Kong Special Administrative Region", "Macao SAR":
// countries.ts, names.yaml government.statuses), and a territory named as included in the country before it ("the
// People's Republic of China, including the Hong Kong Special Administrative Region, or the Russian Federation") is part of
// that one, no conjunct of its own, the list going on past it (relations.ts INCLUDED_TERRITORY). helper-400, issue 15:
// dev117's comment letter read "Hong Kong" alone, which broke the list before Russia. Own sentences.
import { describe, expect, it } from 'vitest';
import { findCountries } from '../../../ingest/recognize/countries.ts';
import { relations } from './helpers.ts';

const of = (got: string[], type: string): string[] => got.filter((r) => r.includes(` ${type} `)).sort();

describe("a territory's status after its name", () => {
  it('is part of the name, and no demonym or other word is', () => {
    const text = 'Firms in the Hong Kong Special Administrative Region, in Macao SAR and in Hong Kong itself, and Chinese SAR rules.';
    expect(findCountries(text).map((h) => h.surface)).toEqual(['Hong Kong Special Administrative Region', 'Macao SAR', 'Hong Kong', 'Chinese']);
  });
});

describe('a territory included in the country before it', () => {
  it('is no conjunct of its own, and the list reaches the conjunct after it', () => {
    const got = relations(
      'The Harbour Cranes Rule would prohibit the import of cranes supplied by persons subject to the jurisdiction of the People\'s Republic of China, including the Hong Kong Special Administrative Region, or the Russian Federation.',
    );
    expect(of(got, 'RESTRICTS').filter((r) => r.includes('jur:'))).toEqual(['law:~harbour-cranes-rule RESTRICTS jur:cn', 'law:~harbour-cranes-rule RESTRICTS jur:ru']);
    const listed = relations('The Harbour Cranes Rule identifies three foreign adversaries: the People\'s Republic of China, including the Hong Kong Special Administrative Region; the Republic of Cuba; and the Russian Federation.');
    expect(of(listed, 'DESIGNATES').some((r) => r.endsWith('jur:hk'))).toBe(false);
    expect(of(listed, 'DESIGNATES').some((r) => r.endsWith('jur:ru'))).toBe(true);
  });
  it('stays a conjunct where it is coordinated, not included', () => {
    expect(of(relations('The Department of Commerce restricted exports of chips to Hong Kong and Macao.'), 'RESTRICTS')).toContain('authority:us-commerce RESTRICTS jur:hk');
  });
});
