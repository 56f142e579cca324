// An opening that names the document reporting an act as a body's ("According to a notice published by the Bureau ...,
// X and Y were placed on the Entity List"): the agentless passive after the opening's comma is that body's act
// (relation-rules.yaml passives.source, passives.ts sourcedActor). A body only quoted as a source ("According to the
// Bureau, ...") makes no act of it. Own sentences, fictional companies (helper-390, issue 15: "cue not between the mentions").
import { describe, expect, it } from 'vitest';
import { statedRelations as stated } from './helpers.ts';
import { BIS, COUNCIL, CRANES } from './ids.ts';

const KESTREL = 'company:~kestrel-cranes-ltd';
const ORVIK = 'company:~orvik-hoists-inc';

describe('the body whose document reports an agentless passive', () => {
  it('adds each company the passive names', () => {
    expect(stated('According to a notice published by the Bureau of Industry and Security on Tuesday, Kestrel Cranes Ltd. and Orvik Hoists Inc. were placed on the Entity List.')).toEqual([
      `${BIS} ADDS_TO_LIST ${KESTREL}`,
      `${BIS} ADDS_TO_LIST ${ORVIK}`,
    ]);
  });
  it('past a class the names stand in apposition to', () => {
    expect(stated('According to a notice published by the Bureau of Industry and Security, the two Norland companies, namely Kestrel Cranes Ltd. and Orvik Hoists Inc., were added to the Entity List.')).toEqual([
      `${BIS} ADDS_TO_LIST ${KESTREL}`,
      `${BIS} ADDS_TO_LIST ${ORVIK}`,
    ]);
  });
  it('restricts what a ban in the passive names', () => {
    expect(stated('According to an announcement issued by the Norland Trade Council, harbour cranes have been banned since May.')).toEqual([`${COUNCIL} RESTRICTS ${CRANES}`]);
  });
});

describe('no act of the body', () => {
  it('where it is only quoted as a source', () => {
    expect(stated('According to the Bureau of Industry and Security, Kestrel Cranes Ltd. was added to the Entity List.')).toEqual([]);
  });
  it('where the passive is negated', () => {
    expect(stated('According to a notice published by the Bureau of Industry and Security, Kestrel Cranes Ltd. was not added to the Entity List.')).toEqual([]);
  });
  it('where another body acts after the opening', () => {
    expect(stated('According to a notice published by the Bureau of Industry and Security, the Norland Trade Council said harbour cranes were banned.')).not.toContain(`${BIS} RESTRICTS ${CRANES}`);
  });
});
