// Measures as trade news reports them: a measure noun with its agent, then what it covers; sanctions announced by a body;
// goods hit with restrictions by it; a date ending one conjunct of an object list. Own sentences, fictional bodies and
// companies.
import { describe, expect, it } from 'vitest';
import { statedRelations as stated } from './helpers.ts';

const COUNCIL = 'authority:~norland-trade-council';
const CRANES = 'product:~harbour-crane';
const FORKLIFTS = 'product:~forklift-truck';
const KESTREL = 'company:~kestrel-cranes-ltd';

describe('measures in trade news', () => {
  it('a measure with its agent restricts what it covers', () => {
    expect(stated('The ban, imposed by the Norland Trade Council in May, covers harbour cranes and forklift trucks.')).toEqual([`${COUNCIL} RESTRICTS ${FORKLIFTS}`, `${COUNCIL} RESTRICTS ${CRANES}`]);
    expect(stated('Reports published by the Norland Trade Council cover harbour cranes.')).toEqual([]);
  });

  it('sanctions announced by a body, and restrictions a company is hit with by it', () => {
    expect(stated('Sanctions against Kestrel Cranes Ltd. were announced by the Norland Trade Council on Monday.')).toEqual([`${COUNCIL} RESTRICTS ${KESTREL}`]);
    expect(stated('Kestrel Cranes Ltd. was also hit with export restrictions by the Norland Trade Council.')).toEqual([`${COUNCIL} RESTRICTS ${KESTREL}`]);
  });

  it('a date ends one conjunct, not the list', () => {
    expect(stated('The Norland Trade Council banned harbour cranes in May and forklift trucks in June.')).toEqual([`${COUNCIL} RESTRICTS ${FORKLIFTS}`, `${COUNCIL} RESTRICTS ${CRANES}`]);
    expect(stated('The Norland Trade Council banned harbour cranes in May and added forklift trucks to its list.')).toEqual([`${COUNCIL} ADDS_TO_LIST ${FORKLIFTS}`, `${COUNCIL} RESTRICTS ${CRANES}`]);
  });
});
