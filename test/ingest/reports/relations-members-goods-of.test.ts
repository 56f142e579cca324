// A measure on goods, then the makers of some of them after "including" or "such as": "duties on cranes, including
// models of X and Y" restricts X and Y too, as "including X" does (own sentences, fictional bodies and companies).
import { describe, expect, it } from 'vitest';
import { statedRelations as stated } from './helpers.ts';
import { COUNCIL, MARROWBY, VELDRY } from './ids.ts';

describe('goods of named makers after "including"', () => {
  it('restrict the makers a measure on the goods names after "including <goods> of"', () => {
    const got = stated('The Norland Trade Council imposed duties of up to 30 % on harbour cranes, including models of Marrowby Cable Co., Ltd. and Veldry Trawl Ltd.');
    expect(got).toContain(`${COUNCIL} RESTRICTS ${MARROWBY}`);
    expect(got).toContain(`${COUNCIL} RESTRICTS ${VELDRY}`);
  });
  it('past the goods\' origin named before the comma', () => {
    const got = stated('The Norland Trade Council imposed countervailing duties on harbour cranes from China, including Marrowby Cable Co., Ltd. and Veldry Trawl Ltd.');
    expect(got).toContain(`${COUNCIL} RESTRICTS ${MARROWBY}`);
    expect(got).toContain(`${COUNCIL} RESTRICTS ${VELDRY}`);
    expect(stated("The Norland Trade Council imposed duties on harbour cranes from the People's Republic of China, including models of Marrowby Cable Co., Ltd.")).toContain(`${COUNCIL} RESTRICTS ${MARROWBY}`);
  });
});
