// The goods a possessive relative pronoun owns are the object of its clause's verb, as its antecedent is ("the five
// companies whose video surveillance and telecommunications equipment section 889 ... bars federal agencies from
// procuring": the equipment is barred; relations.ts relativeObjects). Own sentences in the genre of orders and filings;
// the department and the Act are catalog entries, the company invented.
import { describe, expect, it } from 'vitest';
import { relations } from './helpers.ts';

const COMMERCE = 'authority:us-commerce';
const NDAA = 'law:us:ndaa-fy2019';
const CAMERAS = 'product:ip-cameras';
const TELECOM = 'product:telecom-equipment';
const stated = (text: string): string[] => relations(text).filter((r) => !/ (?:MAKES|SUBJECT_TO) /.test(r));

describe('goods after "whose"', () => {
  it('are the object of the relative clause\'s verb, beside the name the pronoun stands for', () => {
    expect(stated('Kestrel Cranes Ltd., whose surveillance cameras the Department of Commerce restricted in May, also sells drones.')).toEqual([
      `${COMMERCE} RESTRICTS company:~kestrel-cranes-ltd`,
      `${COMMERCE} RESTRICTS ${CAMERAS}`,
    ]);
  });
  it('are read where the pronoun stands for a class no name gives, a provision opening the clause\'s subject', () => {
    expect(stated('The order lists five companies whose surveillance cameras and telecommunications equipment section 889 of the National Defense Authorization Act for Fiscal Year 2019 bars federal agencies from procuring.')).toEqual([
      `${NDAA} RESTRICTS ${CAMERAS}`,
      `${NDAA} RESTRICTS ${TELECOM}`,
    ]);
  });
  it('are not read where the clause denies, proposes or recommends the act', () => {
    expect(stated('The order lists five companies whose surveillance cameras the Department of Commerce has not restricted.')).toEqual([]);
    expect(stated('The order lists five companies whose surveillance cameras the Department of Commerce proposed to restrict.')).toEqual([]);
    expect(stated('The report lists five companies whose surveillance cameras the Department of Commerce should restrict.')).toEqual([]);
  });
});
