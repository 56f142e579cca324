// The consequent of a condition that opens a sentence, its verb "will", "would", "may" or "might" ("If the court upholds
// the order, the Commission will add X to the list"), states an act supposed, not done: no relation, as the condition's
// own act (clauses.ts supposed). An instrument's duty under a condition ("shall") stays its measure, a clause
// coordinated after the consequent with a subject of its own states its act, and a clause of time is no condition.
// Own sentences, invented companies; the FCC, the Department of Commerce and their lists are catalog entries.
import { describe, expect, it } from 'vitest';
import { statedInOrder as stated } from './helpers.ts';

const FCC = 'authority:fcc';
const COMMERCE = 'authority:us-commerce';

describe('the consequent of an opening condition', () => {
  it.each([
    'If the court upholds the order, the Federal Communications Commission will add Tarnwick Sensors Ltd. to the Covered List.',
    'If the appeal fails, the Federal Communications Commission would add Tarnwick Sensors Ltd. to the Covered List and ban its cameras.',
    'Should the court uphold the order, the Department of Commerce may add Brasholt Optics Inc. to the Entity List.',
    'Unless the court stays the rule, the Department of Commerce will add Brasholt Optics Inc. to the Entity List in May.',
  ])('states no act: %s', (sentence) => {
    expect(stated(sentence)).toEqual([]);
  });
  it('keeps a duty under a condition, a clause after it with its own subject, and a clause of time', () => {
    expect(stated('If the Secretary finds a risk, the Federal Communications Commission shall add Tarnwick Sensors Ltd. to the Covered List.')).toEqual([
      `${FCC} ADDS_TO_LIST company:~tarnwick-sensors-ltd`,
    ]);
    expect(
      stated('If the court upholds the order, the Federal Communications Commission will add Tarnwick Sensors Ltd. to the Covered List, and the Department of Commerce has already added Brasholt Optics Inc. to the Entity List.'),
    ).toEqual([`${COMMERCE} ADDS_TO_LIST company:~brasholt-optics-inc`]);
    expect(stated('After the court ruled, the Department of Commerce added Brasholt Optics Inc. to the Entity List.')).toEqual([`${COMMERCE} ADDS_TO_LIST company:~brasholt-optics-inc`]);
  });
});
