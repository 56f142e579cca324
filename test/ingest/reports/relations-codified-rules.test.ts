// A citation after a noun of rules in a clause's subject that says where those rules are codified ("the federal grant
// rules at 2 CFR 200.216 prohibit X"): the noun phrase is the instrument the citation names, so the citation is no
// preposition's object there and acts, alone or coordinated with another instrument (relation-rules.yaml `codified`,
// relations.ts codifiedAt). Not after a preposition ("Under the grant rules at 2 CFR 200.216, ..."), nor where a name
// stands in the noun phrase, nor in the object. Own sentences on what 2 CFR 200.216 and section 889 do (helper-323,
// issue 15, relations vetoed by not-clause-subject).
import { describe, expect, it } from 'vitest';
import { relations } from './helpers.ts';

const CFR = /^law:\S*2-cfr-200-216 RESTRICTS company:huawei$/;
const cfrRestrictsHuawei = (got: string[]): boolean => got.some((r) => CFR.test(r));

describe('a citation that names the noun of rules before it', () => {
  it('acts as the subject ("the federal grant rules at 2 CFR 200.216 prohibit X")', () => {
    const got = relations('The federal grant rules at 2 CFR 200.216 prohibit recipients from using award funds to buy telecommunications equipment produced by Huawei.');
    expect(cfrRestrictsHuawei(got)).toBe(true);
  });
  it('acts with the instrument it is coordinated with ("Section 889 of the Act and the grant regulations at 2 CFR 200.216 bar X")', () => {
    const got = relations(
      'Section 889 of the National Defense Authorization Act for Fiscal Year 2019 and the grant regulations at 2 CFR 200.216 bar the use of federal funds to buy telecommunications equipment produced by Huawei.',
    );
    expect(cfrRestrictsHuawei(got)).toBe(true);
    expect(got).toContain('law:us:ndaa-fy2019 RESTRICTS company:huawei');
  });
});

describe('a citation that stays a preposition\'s object', () => {
  it('after a preposition before the noun of rules ("Under the grant rules at 2 CFR 200.216, the Department ...")', () => {
    const got = relations('Under the grant rules at 2 CFR 200.216, the Department of Commerce restricts telecommunications equipment produced by Huawei.');
    expect(got).toContain('authority:us-commerce RESTRICTS company:huawei');
    expect(cfrRestrictsHuawei(got)).toBe(false);
  });
  it('in the object of another subject ("The Department amended the rules at 2 CFR 200.216 to bar X")', () => {
    const got = relations('The Office of Management and Budget amended the rules at 2 CFR 200.216 in 2020 to bar the purchase of telecommunications equipment produced by Huawei.');
    expect(cfrRestrictsHuawei(got)).toBe(false);
  });
});
