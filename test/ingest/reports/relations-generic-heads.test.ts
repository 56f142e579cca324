// A definite generic head ("the devices", "the products", "the equipment": grammar/things.yaml generic-heads) takes up,
// as an object, the one thing its sentence names before it, else the one its paragraph names before the sentence; where
// two things could be meant it takes up nothing (relations.ts genericHeadObjects). Own sentences, fictional bodies,
// acts and products.
import { describe, expect, it } from 'vitest';
import { statedRelations as stated } from './helpers.ts';
import { COUNCIL, CRANES, FORKLIFTS } from './ids.ts';

describe('a definite generic head', () => {
  it('takes up the one thing its paragraph named before it', () => {
    const got = stated('Inspectors of the Norland Trade Council found 40 harbour cranes at the port of Vessa in May. They carried no safety marking. The Norland Trade Council banned the devices in June.');
    expect(got).toContain(`${COUNCIL} RESTRICTS ${CRANES}`);
  });

  it('or the one its own sentence named before it', () => {
    const got = stated('The Norland Trade Council inspected 40 harbour cranes in May and banned the equipment in June.');
    expect(got).toContain(`${COUNCIL} RESTRICTS ${CRANES}`);
  });

  it('takes up nothing where two things could be meant', () => {
    const got = stated('Inspectors of the Norland Trade Council found 40 harbour cranes and 12 forklift trucks at the port of Vessa in May. The Norland Trade Council banned the devices in June.');
    expect(got.filter((r) => r.includes(CRANES) || r.includes(FORKLIFTS))).toEqual([]);
  });

  it('takes up nothing from another paragraph', () => {
    expect(stated('Inspectors of the Norland Trade Council found 40 harbour cranes at the port of Vessa in May.\n\nThe Norland Trade Council banned the devices in June.').filter((r) => r.includes(CRANES))).toEqual([]);
  });
});
