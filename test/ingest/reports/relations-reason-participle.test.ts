// What a measure's reason names ("over arms sales to Taiwan") is no object of the measure, and what a participial clause
// after a comma takes ("..., banning exports of X") is that clause's, not the main verb's (relation-rules.yaml reason,
// restricts-country, participial). Own sentences, fictional bodies and companies.
import { describe, expect, it } from 'vitest';
import { statedRelations as stated } from './helpers.ts';
import { CRANES, KESTREL, NMA } from './ids.ts';

describe("a measure's reason after \"over\"", () => {
  it('names no country the measure restricts', () => {
    expect(stated('The Norland Maritime Administration said it had added 28 entities to its export control list and put 10 others on its unreliable entity list over arms sales to Taiwan.')).not.toContain(`${NMA} RESTRICTS jur:tw`);
    expect(stated('The Norland Maritime Administration banned exports of harbour cranes to Taiwan.')).toContain(`${NMA} RESTRICTS jur:tw`);
  });
});

describe('a participial clause after a comma', () => {
  it("takes what follows it: the main verb's list gets none of it", () => {
    expect(stated('The Norland Maritime Administration added 28 entities to its export control list, banning exports of harbour cranes to them, and put 10 others on its watch list.')).toEqual([`${NMA} RESTRICTS ${CRANES}`]);
  });
  it('not a gerund that narrows the object ("including")', () => {
    expect(stated('The Norland Maritime Administration added two firms to its entity list, including Kestrel Cranes Ltd.')).toContain(`${NMA} ADDS_TO_LIST ${KESTREL}`);
  });
});
