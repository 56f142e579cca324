// The members an aside names of a plural common-noun subject ("Several agencies, including the FCC and BIS, restrict X";
// "Some regulators, such as ...") share the subject's act (relation-rules.yaml members, relations.ts obliqueStarts), as
// an object's members share the act on it; the members of a noun inside the subject's prepositional phrase, or after
// a verb, do not act. A second clause after a semicolon keeps its own subject. Own sentences; fictional companies and
// goods, real bodies by their public names only.
import { describe, expect, it } from 'vitest';
import { statedRelations as stated } from './helpers.ts';
import { BIS, CRANES, FCC, KESTREL, MARROWBY } from './ids.ts';

const COMMERCE = 'authority:us-commerce';
const DOD = 'authority:dod';

describe('the members of a plural common-noun subject', () => {
  it.each([
    ['Several agencies, including the Department of Commerce and the Federal Communications Commission, have banned harbour cranes.', [`${COMMERCE} RESTRICTS ${CRANES}`, `${FCC} RESTRICTS ${CRANES}`]],
    ['Several regulators, including the FCC, restricted harbour cranes.', [`${FCC} RESTRICTS ${CRANES}`]],
    ['In 2025, several federal regulators, including the Bureau of Industry and Security, restricted Kestrel Cranes Ltd.', [`${BIS} RESTRICTS ${KESTREL}`]],
    ['Other agencies, including the Department of Commerce, later restricted Marrowby Cable Co. Ltd.', [`${COMMERCE} RESTRICTS ${MARROWBY}`]],
    ['Some agencies, such as the FCC and the Bureau of Industry and Security, restrict harbour cranes.', [`${BIS} RESTRICTS ${CRANES}`, `${FCC} RESTRICTS ${CRANES}`]],
  ])('share its act: %s', (sentence, want) => {
    expect(stated(sentence)).toEqual([...want].sort());
  });

  it('keep a semicolon\'s second clause to its own subject', () => {
    expect(stated('Several agencies, including the FCC, restrict harbour cranes; the Department of Commerce has banned Kestrel Cranes Ltd.')).toEqual([`${COMMERCE} RESTRICTS ${KESTREL}`, `${FCC} RESTRICTS ${CRANES}`].sort());
  });

  it.each([
    // The members of a noun in the subject's prepositional phrase: the rules act, not the agencies.
    'The rules of some agencies, including the FCC, restrict harbour cranes.',
    // The members of the verb's object: the Act acts, the Department is no actor.
    'The Act bars agencies, including the Department of Defense, from buying harbour cranes.',
    // A member named inside a longer phrase ("the chair of the FCC").
    'Some lawmakers, including the chair of the FCC, want to ban harbour cranes.',
  ])('but not those of a noun that is no subject: %s', (sentence) => {
    const got = stated(sentence);
    expect(got).not.toContain(`${FCC} RESTRICTS ${CRANES}`);
    expect(got).not.toContain(`${DOD} RESTRICTS ${CRANES}`);
  });
});

// "X, along with Y, restricted Z": the convention decided by helper-259 (docs/recognition-evaluation-first-sight.md): a
// partner named by "along with", "together with" or "jointly with" does the act with the subject (relations.ts COORDINATED,
// as "as well as"); one the subject consults or acts through does not (relation-rules.yaml partners).
describe('partners between the subject and its verb', () => {
  it.each([
    ['The Department of Commerce, along with the FCC, restricted harbour cranes.'],
    ['The Department of Commerce, together with the FCC, restricted harbour cranes.'],
    ['The Department of Commerce, jointly with the FCC, has banned harbour cranes.'],
  ])('act with it: %s', (sentence) => {
    expect(stated(sentence)).toEqual([`${COMMERCE} RESTRICTS ${CRANES}`, `${FCC} RESTRICTS ${CRANES}`].sort());
  });

  it.each([
    ['The Department of Commerce, in consultation with the FCC, restricted harbour cranes.'],
    ['The Department of Commerce, in coordination with the FCC, restricted harbour cranes.'],
  ])('but not one consulted: %s', (sentence) => {
    expect(stated(sentence)).toEqual([`${COMMERCE} RESTRICTS ${CRANES}`]);
  });

  it('nor a body named along with the object', () => {
    expect(stated('The Office of Foreign Assets Control designated Kestrel Cranes Ltd. along with the Department of State.')).not.toContain(`authority:~department-of-state DESIGNATES ${KESTREL}`);
  });
});
