// "The Council adopted a new sanctions package on 3 June. It adds X to Annex IV": an instrument a body issued or adopted,
// introduced by the noun of its kind (instruments.yaml introduced.adopted), is what "It" with a verb in the simple present
// takes up in the next sentence: its provisions stand in the present (relation-rules.yaml presentAct, relations.ts
// issuedBefore). The body's own acts, told in the past or the perfect, stay the body's. Own sentences, real bodies by their
// public names, invented companies.
import { describe, expect, it } from 'vitest';
import { statedRelations } from './helpers.ts';

const PACKAGE = 'law:~sanctions-package-in-inline';
const COMMERCE = 'authority:us-commerce';

describe('an adopted instrument taken up by "It" and a present verb', () => {
  it('acts in the sentence after the one that adopts it', () => {
    const got = statedRelations('The Department of Commerce adopted a new sanctions package on 3 June. It adds Tessaro Optics to the Entity List and prohibits the sale of lidar sensors to Belarus.');
    expect(got).toContain(`${PACKAGE} ADDS_TO_LIST company:~tessaro-optics`);
    expect(got).toContain(`${PACKAGE} RESTRICTS product:~lidar-sensor`);
    expect(got.filter((r) => r.startsWith(COMMERCE))).toEqual([]);
  });
  it('is what "The package" takes up after the sentence "It" opens', () => {
    const got = statedRelations('The Department of Commerce adopted a new sanctions package on 3 June. It adds Tessaro Optics to Annex IV. The package also bans the export of lidar sensors to Belarus.');
    expect(got).toContain(`${PACKAGE} RESTRICTS product:~lidar-sensor`);
    expect(got.filter((r) => r.startsWith(COMMERCE))).toEqual([]);
  });
  it('is what "The package" takes up after "It" adds to a list: a list is no package', () => {
    const got = statedRelations('The Department of Commerce adopted a new sanctions package on 3 June. It adds Tessaro Optics to the Entity List. The package also bans the export of lidar sensors to Belarus.');
    expect(got).toContain(`${PACKAGE} RESTRICTS product:~lidar-sensor`);
    expect(got.filter((r) => r.startsWith('list:') && r.includes('lidar'))).toEqual([]);
  });
  it("leaves the body's act in the past or the perfect to the body", () => {
    expect(statedRelations('The Department of Commerce adopted a new sanctions package on 3 June. It also added Tessaro Optics to the Entity List.')).toEqual([`${COMMERCE} ADDS_TO_LIST company:~tessaro-optics`]);
    expect(statedRelations('The Department of Commerce issued a public notice on 3 June. It has added Tessaro Optics to the Entity List.')).toEqual([`${COMMERCE} ADDS_TO_LIST company:~tessaro-optics`]);
  });
  it('takes up nothing the sentence before only mentions (no act of issuing)', () => {
    expect(statedRelations('The Department of Commerce discussed a sanctions package on 3 June. It adds Tessaro Optics to the Entity List.')).toEqual([`${COMMERCE} ADDS_TO_LIST company:~tessaro-optics`]);
  });
});
