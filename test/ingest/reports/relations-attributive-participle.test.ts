// A past form in a noun phrase's attribute position ("and managed services supplied by X") is an adjective, no verb
// opening a predicate (clauses.ts attributive): the names after it stay the objects of the verb before. Own sentences,
// fictional bodies, instruments and companies.
import { describe, expect, it } from 'vitest';
import { statedRelations as stated } from './helpers.ts';
import { ACT, COUNCIL, KESTREL, MARROWBY } from './ids.ts';

describe('a participle before its noun', () => {
  it('keeps the makers after "and managed services supplied by" as objects of the prohibition', () => {
    const got = stated('The Valdmark Crane Safety Act prohibits agencies from procuring harbour cranes and managed services supplied by Kestrel Cranes Ltd. or Marrowby Cable Co. Ltd.');
    expect(got).toContain(`${ACT} RESTRICTS ${KESTREL}`);
    expect(got).toContain(`${ACT} RESTRICTS ${MARROWBY}`);
  });

  it('reads "licensed" before its noun as no verb of licensing', () => {
    const got = stated('The Norland Trade Council bans harbour cranes and licensed services supplied by Kestrel Cranes Ltd.');
    expect(got).toContain(`${COUNCIL} RESTRICTS ${KESTREL}`);
    expect(got).not.toContain(`${COUNCIL} REGULATES ${KESTREL}`);
  });
});
