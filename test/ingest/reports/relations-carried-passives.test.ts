// An agentless passive after the clause of the body or instrument that opens the sentence, closed by a colon, a semicolon or
// "and since then", is that actor's act (relation-rules.yaml passives.carrier, passives.ts carriedActor), as an agentless
// passive under an instrument is the instrument's. Not after a comma or "and" alone, not a passive with its own agent,
// negated or after a modal, nor where another body stands between. Own sentences; fictional companies, real bodies by their
// public names only.
import { describe, expect, it } from 'vitest';
import { statedRelations as stated } from './helpers.ts';
import { BIS, CRANES, FCC, KESTREL, MARROWBY, OFAC } from './ids.ts';

const COMMERCE = 'authority:us-commerce';

describe('an agentless passive after the opening actor\'s clause', () => {
  it.each([
    ['The Bureau of Industry and Security acted on Monday: Kestrel Cranes Ltd. was added to the Entity List.', `${BIS} ADDS_TO_LIST ${KESTREL}`],
    ['The Office of Foreign Assets Control moved quickly; Marrowby Cable Co. Ltd. was designated the same day.', `${OFAC} DESIGNATES ${MARROWBY}`],
    ['The Federal Communications Commission acted in 2021, and since then harbour cranes have been banned.', `${FCC} RESTRICTS ${CRANES}`],
    ['In May, the Department of Commerce published its decision: harbour cranes are now restricted.', `${COMMERCE} RESTRICTS ${CRANES}`],
  ])('is its act: %s', (sentence, want) => {
    expect(stated(sentence)).toEqual([want]);
  });

  it.each([
    // A comma and "and" alone: the passive may be another's act.
    'The Federal Communications Commission met on Monday, and Kestrel Cranes Ltd. was added to the Entity List.',
    // Negated, or after a modal: no act.
    'The Bureau of Industry and Security acted on Monday: Kestrel Cranes Ltd. was never added to the Entity List.',
    'The Bureau of Industry and Security acted on Monday: Kestrel Cranes Ltd. may be added to the Entity List.',
    // Another body stands between.
    'The Department of Commerce acted on Monday; the Office of Foreign Assets Control said Kestrel Cranes Ltd. was designated.',
    // A company opens the sentence.
    'Kestrel Cranes Ltd. complained: Marrowby Cable Co. Ltd. was designated without notice.',
  ])('but not: %s', (sentence) => {
    expect(stated(sentence).filter((r) => r.endsWith(KESTREL) || r.endsWith(MARROWBY))).toEqual([]);
  });

  it('leaves a passive with its own agent to that agent', () => {
    expect(stated('The Federal Communications Commission met on Monday; Kestrel Cranes Ltd. was added to the Entity List by the Bureau of Industry and Security.')).toEqual([`${BIS} ADDS_TO_LIST ${KESTREL}`]);
  });
});
