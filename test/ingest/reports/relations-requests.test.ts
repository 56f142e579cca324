// A body asked, urged or called on to act by another states no act of either: the act is only wished for ("the
// committee asked the Commission to add X to the scope", "A petition ... asks the Commission to add X to the Covered
// List"). A minister's "I have asked the Commission to investigate X" is a direction to a body under the minister and
// states the act. Own sentences, fictional bodies and companies (relation-rules.yaml `requested`, `requesting`). And an
// investigation of goods "originating in" a country restricts no country.
import { describe, expect, it } from 'vitest';
import { statedRelations as stated } from './helpers.ts';
import { COUNCIL, CRANES } from './ids.ts';

const PORT_AUTHORITY = 'authority:~norland-port-authority';
const FORKLIFTS = 'product:~forklift-truck';

describe('a request addressed to a body', () => {
  it.each([
    'The Norland Port Authority asked the Norland Trade Council to ban harbour cranes.',
    'The Norland Port Authority has asked the Norland Trade Council to ban harbour cranes.',
    'A petition filed by port unions asks the Norland Trade Council to add Kestrel Cranes Ltd. to its Entity List.',
    'The Norland Port Authority called on the Norland Trade Council to add Kestrel Cranes Ltd. to its Entity List.',
    'The Norland Port Authority urged the Norland Trade Council to investigate Kestrel Cranes Ltd.',
    'In a letter, the Norland Port Authority requested the Norland Trade Council to prohibit harbour cranes.',
    'The Norland Port Authority prevailed upon the Norland Trade Council to ban harbour cranes.',
  ])('is the act of neither body: %s', (sentence) => {
    expect(stated(sentence)).toEqual([]);
  });

  it.each([
    'The Chair of the Norland Trade Council is encouraged to add Kestrel Cranes Ltd. to its Entity List.',
    'The Norland Trade Council is also invited to ban harbour cranes.',
    'The Norland Trade Council, as an independent regulator, is encouraged to consider banning harbour cranes.',
  ])('and so is a body the text encourages or invites, its own subject: %s', (sentence) => {
    expect(stated(sentence)).toEqual([]);
    // Directed, it acts.
    expect(stated(sentence.replace(/is (?:also )?(?:encouraged|invited) to (?:consider banning|ban|add)/, (m) => (m.endsWith('add') ? 'shall add' : 'shall ban')))).not.toEqual([]);
  });

  it('unlike a minister asking a body under the minister, or the asker acting itself', () => {
    expect(stated('I have asked the Norland Trade Council to investigate harbour cranes.')).toEqual([`${COUNCIL} INVESTIGATES ${CRANES}`]);
    expect(stated('The Norland Port Authority banned forklift trucks and asked the Norland Trade Council to review its rules.')).toEqual([`${PORT_AUTHORITY} RESTRICTS ${FORKLIFTS}`]);
  });
});

// An investigation of goods names their origin, and restricts no country: only a measure or a verb of restricting in the
// clause makes the origin of imports a target (relation-rules.yaml restricts-country). Own sentences.
describe('the origin of goods investigated', () => {
  it('is no country restricted, "originating in" as "from"', () => {
    expect(stated('The Norland Trade Council opened an investigation into imports of harbour cranes originating in China.')).toEqual([`${COUNCIL} INVESTIGATES ${CRANES}`]);
  });

  it('unlike the origin of goods a duty or a ban is laid on', () => {
    expect(stated('The Norland Trade Council imposed duties on imports of harbour cranes originating in China.')).toEqual([`${COUNCIL} RESTRICTS jur:cn`, `${COUNCIL} RESTRICTS ${CRANES}`]);
  });
});
