// Two forms whose cue stands after both ends or in a relative clause (helper-331, issue 15; dev62's foreign adversaries and
// dev76's Covered List were missed): a list of names, then an aside "as <instrument or body> defines them" whose pronoun
// takes up the conjuncts before "as" (relation-rules.yaml as-instrument-defines-them), and a list its keeper maintains
// whose relative clause says what it includes, past the list's long modifiers or through the goods' maker
// (kept-list-includes, widened here). Own sentences, each with a guard that states no relation.
import { describe, expect, it } from 'vitest';
import { relations } from './helpers.ts';

const of = (got: string[], type: string): string[] => got.filter((r) => r.includes(` ${type} `)).sort();

describe('a list of names, then "as X defines them"', () => {
  it('the instrument designates each conjunct ("Cuba, Iran and North Korea, as the ... ICTS rules define them")', () => {
    const got = relations("The adversaries in question are Cuba, Iran and North Korea, as the Commerce Department's ICTS rules define them.");
    expect(of(got, 'DESIGNATES')).toEqual(['law:~icts-rules DESIGNATES jur:cu', 'law:~icts-rules DESIGNATES jur:ir', 'law:~icts-rules DESIGNATES jur:kp']);
  });
  it('a body that designated them designates each company ("Huawei and ZTE, as the FCC designated them")', () => {
    const got = relations('The two vendors we mean are Huawei and ZTE, as the Federal Communications Commission designated them in 2020.');
    expect(of(got, 'DESIGNATES')).toEqual(['authority:fcc DESIGNATES company:huawei', 'authority:fcc DESIGNATES company:zte']);
  });
  it('states nothing where others define them, the verb only describes, or the definition is denied', () => {
    for (const text of [
      'That leaves Cuba, Iran and North Korea, as critics of the ICTS rules define them.',
      'That leaves Cuba, Iran and North Korea, as the ICTS rules describe them.',
      'That leaves Cuba, Iran and North Korea, as the ICTS rules no longer define them.',
    ]) {
      expect(of(relations(text), 'DESIGNATES'), text).toEqual([]);
    }
  });
});

describe('a list its keeper maintains, "which includes" its members', () => {
  it('the keeper adds what the clause names past the long modifiers of the list ("maintains the Entity List of parties found to ..., which includes X")', () => {
    const got = relations(
      'The Department of Commerce maintains the Entity List of foreign parties found to act against the national security or foreign policy interests of the United States, which includes Huawei and ZTE.',
    );
    expect(of(got, 'ADDS_TO_LIST')).toEqual(['authority:us-commerce ADDS_TO_LIST company:huawei', 'authority:us-commerce ADDS_TO_LIST company:zte']);
  });
  it('and the maker of the goods it includes ("which includes equipment produced by Huawei")', () => {
    const got = relations('The Federal Communications Commission maintains the Covered List, which includes equipment produced by Huawei.');
    expect(of(got, 'ADDS_TO_LIST')).toEqual(['authority:fcc ADDS_TO_LIST company:huawei']);
  });
  it('states nothing where the clause includes none, or takes up something else than the list', () => {
    for (const text of [
      'The Federal Communications Commission maintains the Covered List, which includes no equipment produced by Huawei.',
      'The Federal Communications Commission maintains a list of carriers that bought equipment from Huawei, which includes ZTE.',
      'The Federal Communications Commission maintains the Covered List under the Secure and Trusted Communications Networks Act, which includes a reimbursement program for equipment made by Huawei.',
    ]) {
      expect(of(relations(text), 'ADDS_TO_LIST'), text).toEqual([]);
    }
  });
});
