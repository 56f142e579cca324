// A body a court's injunction or another body's order keeps from acting ("The court enjoined the Department from adding
// X to the list", "A judge blocked the Department from adding X") does not do the act after "from": no relation of the
// body's (relation-rules.yaml boundBefore). The act done and then challenged is stated. Own sentences, invented
// companies; the Department of Commerce and the Entity List are catalog entries.
import { describe, expect, it } from 'vitest';
import { statedInOrder as stated } from './helpers.ts';

const COMMERCE = 'authority:us-commerce';

describe('an act a body is kept from doing', () => {
  it.each([
    'The court enjoined the Department of Commerce from adding Tarnwick Sensors Ltd. to the Entity List.',
    'A federal judge blocked the Department of Commerce from adding Tarnwick Sensors Ltd. to the Entity List.',
    'The appeals court restrained the Department of Commerce from placing Brasholt Optics Inc. on the Entity List.',
    'The ruling prevented the Department of Commerce from adding Brasholt Optics Inc. to the Entity List.',
  ])('is none of the body\'s: %s', (sentence) => {
    expect(stated(sentence).filter((r) => r.startsWith(COMMERCE))).toEqual([]);
  });
  it('leaves the act done before the court ruled', () => {
    expect(stated('The Department of Commerce added Tarnwick Sensors Ltd. to the Entity List, and the court declined to enjoin it.')).toEqual([
      `${COMMERCE} ADDS_TO_LIST company:~tarnwick-sensors-ltd`,
    ]);
  });
});
