// Where the object list of a measure used to break although a reader keeps going (relation-rules.yaml `chain`, read by
// relations.ts `reached`): a conjunct's examples in an aside ("..., including its A and B models, and ...") and a bare
// modifier that shares the next conjunct's head ("with VCS or ADS software"). Each still keeps out what the chain check was
// written for. Own sentences, fictional bodies, companies and instruments (helper-299).
import { describe, expect, it } from 'vitest';
import { relations } from './helpers.ts';

const COUNCIL = 'authority:~norland-trade-council';

describe("a conjunct's examples in an aside", () => {
  it('does not cut the list: the conjunct after the aside is reached', () => {
    const made = relations(
      'The Norland Trade Council shall remove from every public contract the drones made by Kestrel Cranes Ltd., including its KC-Falcon and KC-Heron models, and the cameras made by Ostrava Lifts Ltd.',
    );
    expect(made).toEqual(expect.arrayContaining([`${COUNCIL} RESTRICTS company:~kestrel-cranes-ltd`, `${COUNCIL} RESTRICTS company:~ostrava-lifts-ltd`]));
  });
  it('reaches nothing past the aside that the list would not reach without it', () => {
    const made = relations(
      'The Norland Trade Council shall remove from every public contract the drones made by Kestrel Cranes Ltd., including its KC-Falcon and KC-Heron models, but nothing stops Ostrava Lifts Ltd. from selling cameras.',
    );
    expect(made).toContain(`${COUNCIL} RESTRICTS company:~kestrel-cranes-ltd`);
    expect(made).not.toContain(`${COUNCIL} RESTRICTS company:~ostrava-lifts-ltd`);
  });
});

describe("a bare modifier coordinated before the next conjunct's own", () => {
  it('shares the head: the conjunct is reached', () => {
    expect(relations('The Norland Trade Council prohibits the sale of connected vehicles with NCS or automated driving system software.')).toContain(
      `${COUNCIL} RESTRICTS technology:~automated-driving-system-software`,
    );
  });
  it('is no link where the words before it are none ("with a sufficient nexus to X and")', () => {
    expect(relations('The Norland Trade Council prohibits the import of harbour cranes with a sufficient nexus to Norland or connected vehicles.')).not.toContain(
      `${COUNCIL} RESTRICTS product:connected-vehicles`,
    );
  });
});
