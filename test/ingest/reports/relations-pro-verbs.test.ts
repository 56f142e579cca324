// A pro-verb takes up the act stated before it (relation-rules.yaml proVerb, relations.ts proVerbActs): "It later did the
// same to Y", "the Commission has since done so for Y", "The Council followed suit": the act's type and actor, or the
// sentence's own actor, with the objects named after the pro-verb (or, for a new actor naming none, the act's own). Own
// sentences, real bodies by their public names, invented companies.
import { describe, expect, it } from 'vitest';
import { statedRelations } from './helpers.ts';

const COMMERCE = 'authority:us-commerce';
const FCC = 'authority:fcc';

describe('a pro-verb', () => {
  it('gives the act of the sentence before to the objects named after it', () => {
    const got = statedRelations('The Department of Commerce added Huawei Technologies Co., Ltd. to the Entity List in May 2019. It later did the same to ZTE Corporation and Hikvision.');
    expect(got).toContain(`${COMMERCE} ADDS_TO_LIST company:zte`);
    expect(got).toContain(`${COMMERCE} ADDS_TO_LIST company:hikvision`);
  });
  it('reads the perfect, "done so" before its preposition, and the act of the clause before in its own sentence', () => {
    expect(statedRelations('The Federal Communications Commission banned radios made by Hytera Communications. The Commission has since done the same for Dahua Technology.')).toContain(
      `${FCC} RESTRICTS company:dahua`,
    );
    expect(statedRelations('The Federal Communications Commission banned radios made by Hytera Communications; the Commission has since done so for Dahua Technology.')).toContain(
      `${FCC} RESTRICTS company:dahua`,
    );
  });
  it('gives a new actor that follows suit the act on its objects', () => {
    expect(statedRelations('The Department of the Treasury designated Hikvision in March. The Council of the European Union followed suit in April.')).toContain(
      'authority:~council-of-the-european-union DESIGNATES company:hikvision',
    );
  });
  it('reads nothing where it is negated, an intention, or a company acts', () => {
    const only = ['authority:~treasury-department DESIGNATES company:hikvision'];
    expect(statedRelations('The Department of the Treasury designated Hikvision in March. The Council of the European Union did not follow suit, and Japan has yet to do the same.')).toEqual(only);
    expect(statedRelations('The Department of the Treasury designated Hikvision in March. It urged the Council of the European Union to do the same to Dahua Technology.')).toEqual(only);
    expect(statedRelations('The Department of the Treasury designated Hikvision in March. Huawei did the same to ZTE Corporation.')).toEqual(only);
  });
  it("gives the act to the actor of the pro-verb's own clause, and to no unnamed subject", () => {
    expect(statedRelations('The Department of Commerce restricted Hytera Communications; the Federal Communications Commission did the same to Dahua Technology.')).toEqual([
      `${FCC} RESTRICTS company:dahua`,
      `${COMMERCE} RESTRICTS company:hytera`,
    ]);
    expect(statedRelations('The Federal Communications Commission banned radios made by Hytera Communications. Several allies did the same to Dahua Technology.')).toEqual([
      `${FCC} RESTRICTS company:hytera`,
    ]);
  });
  it('ends its objects at a relative clause after them', () => {
    const got = statedRelations('The Department of Commerce restricted Huawei Technologies Co., Ltd. in 2019. It did the same to ZTE Corporation, which supplies drones made by Hikvision.');
    expect(got).toContain(`${COMMERCE} RESTRICTS company:zte`);
    expect(got).not.toContain(`${COMMERCE} RESTRICTS company:hikvision`);
    expect(got).not.toContain(`${COMMERCE} RESTRICTS product:drones`);
  });
});

// Right node raising with two actors: "A has restricted, and B has banned, X" (clauses `raised`): each actor's own verb
// acts on the object they share, the first actor's the last match of the cue before the raised conjunct.
describe('two actors sharing a raised object', () => {
  it("gives the first actor its own verb's act on the shared object", () => {
    expect(statedRelations('The Department of Commerce has restricted, and the Federal Communications Commission has banned, equipment made by Huawei Technologies Co., Ltd.')).toEqual([
      `${FCC} RESTRICTS company:huawei`,
      `${COMMERCE} RESTRICTS company:huawei`,
    ]);
  });
  it("gives nothing to a first actor whose own verb is negated", () => {
    expect(statedRelations('The Department of Commerce has not restricted, but the Federal Communications Commission has banned, equipment made by Huawei Technologies Co., Ltd.')).toEqual([
      `${FCC} RESTRICTS company:huawei`,
    ]);
  });
});

// Objects with asides before the verb's complement: "places X, a maker of Y, and Z, which integrates W, on the list": the
// apposition and the relative clause between commas are read past to the destination the rule wants after its objects.
describe('objects with long asides before the destination', () => {
  it('adds both objects to the list past an apposition on the first and a relative clause on the second', () => {
    const got = statedRelations(
      'The Ministry of Commerce adopted a new announcement. It places Corvane Avionics Inc., a Nevada maker of drone radios, and Pellgrove Systems, which assembles sensors for military aircraft, on the list.',
    );
    expect(got).toContain('authority:~commerce-ministry ADDS_TO_LIST company:~corvane-avionics-inc');
    expect(got).toContain('authority:~commerce-ministry ADDS_TO_LIST company:~pellgrove-systems');
  });
  it('reads past a relative clause the clause reader runs on past its own closing comma', () => {
    const got = statedRelations(
      'The Ministry of Commerce adopted a new announcement. It places Corvane Avionics Inc., a Nevada maker of drone radios, and Pellgrove Systems, which assembles sensors for military aircraft, on the list and tells exporters to stop shipping them any magnets, including rare earth magnets.',
    );
    expect(got).toContain('authority:~commerce-ministry ADDS_TO_LIST company:~corvane-avionics-inc');
  });
});

