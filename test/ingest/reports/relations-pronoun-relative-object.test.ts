// "them" in a sentence that names no thing takes up a thing of the sentence before, but not the object of a relative
// clause on another noun there ("a maker of X that sold Y to Z"): the pronoun means the clause's own object, a class
// the recognizer names no entity for (own sentences, fictional bodies and companies).
import { describe, expect, it } from 'vitest';
import { statedRelations as stated } from './helpers.ts';
import { CRANES } from './ids.ts';

describe('a pronoun object after a sentence with a relative clause', () => {
  it('does not take up the relative clause object', () => {
    const got = stated("On Friday the Norland Trade Council listed three brokers, including Marrowby Cable Co., Ltd., a maker of sonar buoys that sold harbour cranes to Valdmark. The Norland Trade Council's notice bans them from trade with Norland.");
    expect(got.filter((r) => r.endsWith(CRANES))).toEqual([]);
  });
  it('still takes up a thing its verb names in the sentence before', () => {
    const got = stated('Harbour cranes from Valdmark carry remote-access modems. The Norland Trade Council banned them in May.');
    expect(got).toContain(`authority:~norland-trade-council RESTRICTS ${CRANES}`);
  });
});
