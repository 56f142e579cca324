// A relative clause's comma before the rest of the list it names closes no clause: the aside runs past the last
// conjunct to its comma, a one-word or one-name conjunct too, or to the sentence's end (clauses.ts readClauses). Own
// sentences, fictional bodies and products (helper-401; dev118, a sanctions notice, at first sight vetoed the second and
// third goods of "..., which extend the prohibitions ... to A, B and C." as outside the clause).
import { describe, expect, it } from 'vitest';
import { statedRelations as stated } from './helpers.ts';

const REGS = 'law:~norland-export-controls-amendment-regulations-2026';
const OWN = ['product:~diesel-generator', 'product:~forklift-truck', 'product:~harbour-crane'];

describe("a relative clause's list of objects", () => {
  it('reaches every conjunct when the list closes the sentence', () => {
    expect(stated('The Council adopted the Norland (Export Controls) (Amendment) Regulations 2026, which extend the prohibitions on the export of restricted goods to harbour cranes, forklift trucks and diesel generators.')).toEqual(
      expect.arrayContaining(OWN.map((o) => `${REGS} RESTRICTS ${o}`)),
    );
  });
  it('reaches a last conjunct of one name before its comma', () => {
    expect(stated('The Norland (Export Controls) (Amendment) Regulations 2026, which extend the prohibitions on the export of restricted goods to harbour cranes, forklift trucks and diesel generators, came into force in May.')).toEqual(
      OWN.map((o) => `${REGS} RESTRICTS ${o}`),
    );
  });
  it('does not run on into a clause with a verb of its own', () => {
    expect(stated('The Norland (Export Controls) (Amendment) Regulations 2026, which restrict harbour cranes, forklift trucks and diesel generators are sold widely, came into force in May.')).not.toContain(`${REGS} RESTRICTS product:~diesel-generator`);
  });
});
