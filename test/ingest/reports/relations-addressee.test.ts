// A body told, informed or assured of something by another party is the addressee of that party's statement, no actor
// of the clause reported to it: "Kestrel told the Council that it would replace X" states (at most) Kestrel's act, never
// the Council's, as a body asked to act states no act of its own (relations-requests.test.ts). The teller itself may
// lay down what it tells ("The Council has told port operators that they may not buy X", relation-rules.yaml
// `directing`), and a body named again inside the reported clause acts there. Own sentences, fictional bodies and goods
// (relation-rules.yaml `addressee`).
import { describe, expect, it } from 'vitest';
import { statedRelations as stated } from './helpers.ts';
import { COUNCIL, CRANES, FORKLIFTS } from './ids.ts';

describe('a body a statement is addressed to', () => {
  it.each([
    'Kestrel Cranes Ltd. told the Norland Trade Council in 2026 that it would replace the harbour cranes in its port by 2029.',
    'Kestrel Cranes Ltd. told the Norland Trade Council that it had replaced its harbour cranes.',
    'Kestrel Cranes Ltd. has informed the Norland Trade Council that it will stop importing harbour cranes.',
    'Port operators assured the Norland Trade Council last year that they had removed all harbour cranes.',
    'In a letter, Kestrel Cranes Ltd. wrote to the Norland Trade Council that it would phase out harbour cranes.',
  ])('is no actor of the clause reported to it: %s', (sentence) => {
    expect(stated(sentence)).toEqual([]);
  });

  it('unlike the teller laying down a prohibition, or the body named again inside the clause', () => {
    expect(stated('The Norland Trade Council has told port operators that from 2027 they may not buy harbour cranes.')).toEqual([`${COUNCIL} RESTRICTS ${CRANES}`]);
    expect(stated('Kestrel Cranes Ltd. told reporters that the Norland Trade Council had banned forklift trucks.')).toEqual([`${COUNCIL} RESTRICTS ${FORKLIFTS}`]);
  });
});
