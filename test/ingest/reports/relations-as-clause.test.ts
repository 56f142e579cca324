// A passive's participle after a comma and "as" comments on the clause before: it says what is done to that clause's
// objects, whatever noun phrase stands last before it (relation-rules.yaml asClause; the "attached" check reads such a
// phrase as taking the participle otherwise). Own sentences, invented companies and acts (helper-251, dev68's tender
// specification: "no product offered is produced by Huawei, ZTE, Hytera, Hikvision or Dahua or their subsidiaries or
// affiliates, as prohibited by section 889").
import { describe, expect, it } from 'vitest';
import { relations } from './helpers.ts';

describe('a comment clause "as <participle> by"', () => {
  it("reaches every object of the clause before, past the last noun phrase", () => {
    const found = relations('The bidder certifies that no radio offered is produced by Kestrel Radio Co., Ltd., Marlin Optics Ltd. or their affiliates, as prohibited by the Border Equipment Act of 2020.');
    expect(found).toContain('law:~border-equipment-act RESTRICTS company:~kestrel-radio-co-ltd');
    expect(found).toContain('law:~border-equipment-act RESTRICTS company:~marlin-optics-ltd');
  });
  it('with "under" too', () => {
    expect(relations('The network holds cameras made by Tarn Vision Co., Ltd. or its subsidiaries, as restricted under the Port Security Act of 2019.')).toContain('law:~port-security-act RESTRICTS company:~tarn-vision-co-ltd');
  });
  it('not without the comma and "as": another noun phrase between still takes the participle', () => {
    expect(relations('The network holds cameras made by Tarn Vision Co., Ltd. and the antennas restricted under the Port Security Act of 2019.')).not.toContain('law:~port-security-act RESTRICTS company:~tarn-vision-co-ltd');
  });
  it("gives the act to the participle's own agent only, not to an actor named after it", () => {
    const found = relations('The bidder certifies that (1) no radio offered is produced by Kestrel Radio Co., Ltd., Marlin Optics Ltd. or their affiliates, as prohibited by the Border Equipment Act of 2020; and (2) no drone offered is made by a listed company under the Port Security Act of 2019.');
    expect(found).toContain('law:~border-equipment-act RESTRICTS company:~kestrel-radio-co-ltd');
    expect(found.some((r) => r.startsWith('law:~port-security-act') && /kestrel|marlin/.test(r))).toBe(false);
  });
});
