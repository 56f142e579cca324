// Links between the objects of one verb (relation-rules.yaml chain, relations.ts reached): a short name a parenthesis
// defines is part of its conjunct, a conjunct may name its trade again, a class's members may follow with a possessive.
// Own sentences, fictional bodies, acts and products.
import { describe, expect, it } from 'vitest';
import { statedRelations as stated } from './helpers.ts';

const ACT = 'law:~valdmark-crane-safety-act';
const CRANES = 'product:~harbour-crane';
const FORKLIFTS = 'product:~forklift-truck';

describe('conjuncts of one object list', () => {
  it('go on past a short name a parenthesis defines', () => {
    const got = stated('The Valdmark Crane Safety Act restricts imports of harbour cranes linked to the People\'s Republic of China ("PRC") or Russia.');
    expect(got).toContain(`${ACT} RESTRICTS jur:cn`);
    expect(got).toContain(`${ACT} RESTRICTS jur:ru`);
  });

  it('reach a conjunct that names its trade again', () => {
    const got = stated('The Valdmark Crane Safety Act prohibits the import of harbour cranes and the import or sale of forklift trucks.');
    expect(got).toEqual([`${ACT} RESTRICTS ${FORKLIFTS}`, `${ACT} RESTRICTS ${CRANES}`]);
  });

  it('but not a noun phrase of another kind after the conjunction', () => {
    const got = stated('The Valdmark Crane Safety Act prohibits the import of harbour cranes and the safety of forklift trucks is reviewed yearly.');
    expect(got).toEqual([`${ACT} RESTRICTS ${CRANES}`]);
  });

  it('reach the members of a class after a possessive', () => {
    const got = stated('The Valdmark Crane Safety Act will impose security requirements on port machinery, including our harbour cranes, from 2027.');
    expect(got).toContain(`${ACT} REGULATES ${CRANES}`);
  });
});
