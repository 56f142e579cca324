// Who owns whom (relation-rules.yaml owned-by, owned-by-apposition, owns): a part "of" an owner in apposition is the name
// right before the comma's; an owner's verb takes its own object only. Own sentences, fictional companies.
import { describe, expect, it } from 'vitest';
import { relations } from './helpers.ts';

const owned = (text: string): string[] => relations(text).filter((r) => r.includes(' OWNED_BY '));
const KESTREL = 'company:~kestrel-optics-ltd';
const MARROWBY = 'company:~marrowby-cable-co-ltd';
const FINCH = 'company:~finch-ltd';

describe('a company owned by another', () => {
  it('in apposition, as a predicate or a relative clause', () => {
    expect(owned('Kestrel Optics Ltd., a wholly owned subsidiary of Marrowby Cable Co., Ltd., sells cameras.')).toEqual([`${KESTREL} OWNED_BY ${MARROWBY}`]);
    expect(owned('Kestrel Optics Ltd. is owned by Marrowby Cable Co., Ltd.')).toEqual([`${KESTREL} OWNED_BY ${MARROWBY}`]);
    expect(owned('Kestrel Optics Ltd., which is controlled by Marrowby Cable Co., Ltd., sells cameras.')).toEqual([`${KESTREL} OWNED_BY ${MARROWBY}`]);
  });
  it("the name right before an apposition's comma, a preposition's object too, never the clause's subject", () => {
    expect(owned('Kestrel Optics Ltd. bought drones from Finch Ltd., a subsidiary of Marrowby Cable Co., Ltd.')).toEqual([`${FINCH} OWNED_BY ${MARROWBY}`]);
    expect(owned('The Board reviewed the acquisition of Kestrel Optics Ltd. by Finch Ltd., a unit of Marrowby Cable Co., Ltd.')).toEqual([`${FINCH} OWNED_BY ${MARROWBY}`]);
  });
});

describe("an owner's verb", () => {
  it('takes its own object, a stake in one too', () => {
    expect(owned('Marrowby Cable Co., Ltd. bought Finch Ltd. in 2020.')).toEqual([`${FINCH} OWNED_BY ${MARROWBY}`]);
    expect(owned('Marrowby Cable Co., Ltd. acquired a 60% stake in Finch Ltd.')).toEqual([`${FINCH} OWNED_BY ${MARROWBY}`]);
  });
  it('not a company goods come from, nor the object of another noun ("controls on")', () => {
    expect(owned('Marrowby Cable Co., Ltd. bought drones from Finch Ltd. in 2020.')).toEqual([]);
    expect(owned('The Norland Maritime Administration tightened its controls on exports to Finch Ltd.')).toEqual([]);
  });
});
