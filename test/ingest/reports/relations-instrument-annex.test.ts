// An annex, schedule, appendix or supplement "to" an instrument is a part of it, and what the part does the instrument
// does ("The annex to the Order identifies the People's Republic of China as the sole country of concern", "Schedule 2 to
// the Act prohibits X"), as a section "of" it does. Own sentences, fictional instruments (relation-rules.yaml `agentive`);
// helper-387.
import { describe, expect, it } from 'vitest';
import { statedRelations as stated } from './helpers.ts';
import { CRANES } from './ids.ts';

const ACT = 'law:~valdmark-crane-safety-act';

describe('a part of an instrument named with "to"', () => {
  it.each([
    ['The annex to the Valdmark Crane Safety Act identifies the Republic of Cuba as a country of concern.', `${ACT} DESIGNATES jur:cu`],
    ['Schedule 2 to the Valdmark Crane Safety Act prohibits harbour cranes.', `${ACT} RESTRICTS ${CRANES}`],
    ['The appendix to the Valdmark Crane Safety Act restricts harbour cranes.', `${ACT} RESTRICTS ${CRANES}`],
  ])('acts for the instrument: %s', (sentence, relation) => {
    expect(stated(sentence)).toEqual([relation]);
  });

  it('unlike a body a thing is sent or given to', () => {
    expect(stated('The report to the Valdmark Crane Safety Act committee prohibits harbour cranes.').filter((r) => r.startsWith(ACT))).toEqual([]);
  });
});
