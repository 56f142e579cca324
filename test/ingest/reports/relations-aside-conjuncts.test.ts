// A conjunct that repeats the trade after a short aside between commas ("banned exports of X and, in principle, exports
// of Y"): the act reaches Y as it reaches "and exports of Y" (relation-rules.yaml `chain`), past the first conjunct's
// short prepositional phrase too, a country there being the goods' destination (relations.ts reached). Own sentences, fictional bodies, companies and products.
import { describe, expect, it } from 'vitest';
import { statedRelations as stated } from './helpers.ts';
import { COUNCIL, CRANES, FORKLIFTS } from './ids.ts';

const CHINA = 'jur:cn';

describe('a conjunct after an aside that repeats the trade', () => {
  it('"X and, in principle, exports of Y" restricts Y too', () => {
    expect(stated('The Norland Trade Council has banned exports of harbour cranes and, in principle, exports of forklift trucks to China.')).toEqual([
      `${COUNCIL} RESTRICTS ${CHINA}`,
      `${COUNCIL} RESTRICTS ${FORKLIFTS}`,
      `${COUNCIL} RESTRICTS ${CRANES}`,
    ]);
  });

  it('past the first conjunct\'s destination, and with a date as the aside', () => {
    expect(stated('The Norland Trade Council has banned exports of harbour cranes to Valdmark military end users and, in principle, exports of forklift trucks to China.')).toContain(`${COUNCIL} RESTRICTS ${FORKLIFTS}`);
    // A country after the goods' "to" is their destination, no conjunct: the link runs on from the goods.
    expect(stated('The Norland Trade Council has banned exports of harbour cranes to U.S. port operators and, in principle, exports of forklift trucks to China.')).toContain(`${COUNCIL} RESTRICTS ${FORKLIFTS}`);
    expect(stated('The Norland Trade Council restricts imports of harbour cranes and, from June 2026, imports of forklift trucks.')).toEqual([`${COUNCIL} RESTRICTS ${FORKLIFTS}`, `${COUNCIL} RESTRICTS ${CRANES}`]);
  });

  it('but not a new clause after the comma, nor an aside long enough to be one', () => {
    expect(stated('The Norland Trade Council banned exports of harbour cranes to China and forklift trucks.')).toEqual([`${COUNCIL} RESTRICTS ${CHINA}`, `${COUNCIL} RESTRICTS ${CRANES}`]);
    expect(stated('The Norland Trade Council banned exports of harbour cranes, and since then exports of forklift trucks have doubled.')).toEqual([`${COUNCIL} RESTRICTS ${CRANES}`]);
    expect(stated('The Norland Trade Council banned exports of harbour cranes and, after the ministers met in May to review the market, exports of forklift trucks.')).toEqual([`${COUNCIL} RESTRICTS ${CRANES}`]);
  });
});
