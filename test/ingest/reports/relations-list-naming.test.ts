// A list its owner publishes or keeps, with a participle of naming right after it ("published its first Covered List,
// naming equipment from X, Y and Z"), adds what it names, as "which includes" does (relation-rules.yaml
// kept-list-naming). Own sentences (helper-336).
import { describe, expect, it } from 'vitest';
import { statedRelations } from './helpers.ts';

describe('a published list and a participle of naming', () => {
  it('adds the makers of the equipment it names, and a company it includes', () => {
    expect(statedRelations('In March 2021 the Federal Communications Commission published its first Covered List, naming equipment from Pelham Power, Quistar Energy and Tarrow Aero Ltd. under a 2019 law.')).toEqual([
      'authority:fcc ADDS_TO_LIST company:~pelham-power',
      'authority:fcc ADDS_TO_LIST company:~quistar-energy',
      'authority:fcc ADDS_TO_LIST company:~tarrow-aero-ltd',
    ]);
    expect(statedRelations('The Bureau of Industry and Security issued the Entity List in 1997, including Tarrow Aero Ltd.')).toEqual(['authority:bis ADDS_TO_LIST company:~tarrow-aero-ltd']);
  });
  it('reads no other participle, nor one after a relative clause', () => {
    expect(statedRelations('The Federal Communications Commission published its Covered List, noting equipment from Tarrow Aero Ltd.')).toEqual([]);
    expect(statedRelations('The Federal Communications Commission published a list that ports use, naming no equipment from Tarrow Aero Ltd.')).toEqual([]);
  });
});
