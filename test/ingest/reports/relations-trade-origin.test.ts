// The origin a measure names for the goods of a trade other than imports (relation-rules.yaml restricts-country): a
// restriction of "transactions", "purchases", "procurement", "acquisitions" or "sales" of goods "from" a country restricts
// the country, as a ban on imports of goods from it does, and so does the country of the makers they come from ("from
// Chinese manufacturers"); not a "from" in a clause or participle of its own after the goods (helper-337, issue 15). Own
// sentences, fictional bodies.
import { describe, expect, it } from 'vitest';
import { readSentence } from './helpers.ts';

const COUNCIL = 'authority:~norland-trade-council';

describe('the origin of restricted goods in a trade other than imports', () => {
  it.each([
    ['The Norland Trade Council moved to prohibit certain transactions involving lidar sensors and telematics units from Vietnam and Laos.', ['jur:vn', 'jur:la']],
    ['The Norland Trade Council banned the purchase of harbour cranes from Vietnam.', ['jur:vn']],
    ['In May the Norland Trade Council restricted procurement of port cranes and gantry cranes from Laos.', ['jur:la']],
  ])('%s', (sentence, countries) => {
    const { relations } = readSentence(sentence);
    for (const country of countries) expect(relations).toContain(`${COUNCIL} RESTRICTS ${country}`);
  });

  // The country of the makers the goods come "from", named by its demonym before a noun of companies (relations.ts
  // isModifier), as "made by Chinese manufacturers" is; a demonym before another noun stays a modifier.
  it('the country of the makers the goods come from', () => {
    const { relations } = readSentence('The Norland Trade Council restricted the purchase of harbour cranes from Vietnamese manufacturers.');
    expect(relations).toContain(`${COUNCIL} RESTRICTS jur:vn`);
    expect(relations).toContain(`${COUNCIL} RESTRICTS product:~harbour-crane`);
    expect(readSentence('The Norland Trade Council barred Kestrel Robotics from Vietnamese networks.').relations).toEqual([`${COUNCIL} RESTRICTS company:~kestrel-robotics`]);
  });

  it.each([
    'The Norland Trade Council banned the sale of cars when their software comes from Vietnam.',
    'The Norland Trade Council restricted purchases of drones, citing reports from Vietnam.',
    'The Norland Trade Council barred Kestrel Robotics from selling to Vietnam.',
  ])('no country restricted: %s', (sentence) => {
    expect(readSentence(sentence).relations).not.toContain(`${COUNCIL} RESTRICTS jur:vn`);
  });
});
