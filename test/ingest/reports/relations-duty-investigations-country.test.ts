// A trade case named by the duty it may lead to ("the antidumping and countervailing duty investigations on X from A and
// B", "duty petitions") is an inquiry, no charge on the goods yet: its countries are not restricted (relation-rules.yaml
// TARIFF). A duty laid on goods from a country still restricts it. Own sentences (helper-426, issue 15; dev127's
// earnings-call transcript).
import { describe, expect, it } from 'vitest';
import { relations } from './helpers.ts';

const of = (got: string[], type: string): string[] => got.filter((r) => r.includes(` ${type} `)).sort();

describe('a duty that only names a trade case', () => {
  it('restricts no country of the case', () => {
    const got = relations('In May, the Department of Commerce issued preliminary findings in the antidumping and countervailing duty investigations on ferry radars from Peru and Chile.');
    expect(of(got, 'RESTRICTS').filter((r) => / jur:/.test(r))).toEqual([]);
    const tariff = relations('The Department of Commerce said the tariff petitions on ferry radars from Peru were filed in March.');
    expect(of(tariff, 'RESTRICTS').filter((r) => / jur:/.test(r))).toEqual([]);
  });
  it('still restricts the country of goods a duty is laid on', () => {
    const got = relations('In May, the Department of Commerce imposed antidumping duties on ferry radars from Peru.');
    expect(of(got, 'RESTRICTS')).toContain('authority:us-commerce RESTRICTS jur:pe');
  });
});
