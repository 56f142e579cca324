// A preposition repeated after "or"/"and" opens a conjunct of its own: a passive participle after that conjunct's object
// is that object's, not the object of the first preposition's ("does not apply to X or to transactions prohibited by Y":
// the transactions are prohibited; relation-rules.yaml attached). Own sentences, invented companies and acts.
import { describe, expect, it } from 'vitest';
import { relations } from './helpers.ts';

describe('a passive participle after a repeated preposition', () => {
  it("takes the second conjunct's object, not the first's", () => {
    expect(relations('The exemption does not apply to cameras made by Tarn Vision Co., Ltd. or to transactions prohibited by the Port Security Act of 2019.')).not.toContain('law:~port-security-act RESTRICTS company:~tarn-vision-co-ltd');
    expect(relations('The licence covers sales to Norway of radios made by Kestrel Radio Co., Ltd. and to buyers restricted under the Port Security Act of 2019.')).not.toContain('law:~port-security-act RESTRICTS company:~kestrel-radio-co-ltd');
  });
  it('still reaches an object the participle follows without a repeated preposition', () => {
    expect(relations('The exemption does not apply to cameras made by Tarn Vision Co., Ltd. or radios prohibited by the Port Security Act of 2019.')).toContain('law:~port-security-act RESTRICTS company:~tarn-vision-co-ltd');
  });
});
