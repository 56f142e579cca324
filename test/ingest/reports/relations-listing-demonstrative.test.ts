// "The listing" opening a sentence takes up the list the sentence before adds a company to, as "The list" would, and a
// footnote's number a sentence break left before the subject ("[4] The listing ...") is no word of it (relation-rules.yaml
// `anaphora`). Own sentences, fictional bodies and companies.
import { describe, expect, it } from 'vitest';
import { statedRelations as stated } from './helpers.ts';
import { KESTREL } from './ids.ts';

const ADDED = 'The Norland Trade Council added Kestrel Cranes Ltd. to the Restricted Parties List in April.';
const LIST = 'law:~restricted-parties-list';

describe('a definite "the listing"', () => {
  it('takes up the list the sentence before adds to', () => {
    expect(stated(`${ADDED} The listing restricts exports of Norland items to Kestrel Cranes Ltd.`)).toContain(`${LIST} RESTRICTS ${KESTREL}`);
  });

  it('past a footnote number before it', () => {
    expect(stated(`${ADDED} [4] The listing restricts exports of Norland items to Kestrel Cranes Ltd.`)).toContain(`${LIST} RESTRICTS ${KESTREL}`);
  });

  it('takes up no list where the sentence before names none', () => {
    const got = stated('The Norland Trade Council met port operators in April. The listing restricts exports of Norland items to Kestrel Cranes Ltd.');
    expect(got.filter((r) => r.endsWith(`RESTRICTS ${KESTREL}`))).toEqual([]);
  });
});
