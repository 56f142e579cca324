// "opened a second one, into imports of X": a pro-form "one" after a verb of opening, with "into" after it, is an
// investigation (relation-rules.yaml opens-another-into); its actor an opening "It" takes up as for any act. Own
// sentences, fictional bodies and products.
import { describe, expect, it } from 'vitest';
import { statedRelations as stated } from './helpers.ts';
import { COUNCIL, CRANES, FORKLIFTS } from './ids.ts';

describe('a second investigation named by "one"', () => {
  it('investigates what follows "into", after an opening "it"', () => {
    const got = stated('The Norland Trade Council has not yet acted on the review of gantry winch imports it opened in July. On 21 October it opened a second one, into imports of harbour cranes and forklift trucks.');
    expect(got).toContain(`${COUNCIL} INVESTIGATES ${CRANES}`);
    expect(got).toContain(`${COUNCIL} INVESTIGATES ${FORKLIFTS}`);
  });

  it('not a "one" without "into" (no investigation named)', () => {
    const got = stated('The Norland Trade Council opened a new port office in July and opened another one for harbour cranes in October.');
    expect(got.filter((r) => r.includes('INVESTIGATES'))).toEqual([]);
  });
});
