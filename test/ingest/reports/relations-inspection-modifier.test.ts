// The noun "inspection" right before the object of a sentence, a modifier of it in a coordination ("a maker of
// agricultural and inspection drones"), names no inspection of the object: relation-rules.yaml `investigates` cue
// (helper-310, issue 15; dev86's state-media commentary had "a maker of agricultural and inspection drones" in a listing
// sentence). The verb and the noun with "of" still do. Own sentences, fictional bodies and companies.
import { describe, expect, it } from 'vitest';
import { relations } from './helpers.ts';

const COUNCIL = 'authority:~norland-trade-council';

describe('"inspection" as a modifier of the object', () => {
  it('makes no investigation of the goods it modifies', () => {
    const made = relations('The Norland Trade Council added Kestrel Cranes Ltd., a maker of agricultural and inspection drones, to its list.');
    expect(made).toContain(`${COUNCIL} ADDS_TO_LIST company:~kestrel-cranes-ltd`);
    expect(made).not.toContain(`${COUNCIL} INVESTIGATES product:drones`);
    expect(relations('The Norland Trade Council listed Ostrava Lifts Ltd., which makes survey and inspection drones.')).not.toContain(`${COUNCIL} INVESTIGATES product:drones`);
  });
  it('leaves the verb and the noun with "of" an investigation', () => {
    expect(relations('The Norland Trade Council will inspect drones made by Kestrel Cranes Ltd.')).toContain(`${COUNCIL} INVESTIGATES product:drones`);
    expect(relations('The Norland Trade Council began an inspection of drones made by Kestrel Cranes Ltd.')).toContain(`${COUNCIL} INVESTIGATES product:drones`);
    expect(relations('The Norland Trade Council ordered inspections of harbour cranes.')).toContain(`${COUNCIL} INVESTIGATES product:~harbour-crane`);
  });
});
