// A measure extended or applied to goods, goods added to a measure that is no list, and goods found to comply or not
// with an instrument (relation-rules.yaml licence-requirement-noun, imposes-measure, adds-to-measure, complied-with); goods
// required to act (requires-goods-to), and a list item read after its lead-in's colon (relations.ts outsideClause).
// Own sentences, fictional bodies, acts, companies and products (helper-231).
import { describe, expect, it } from 'vitest';
import { statedRelations as stated } from './helpers.ts';
import { ACT, COUNCIL, CRANES, KESTREL } from './ids.ts';

describe('a measure extended to goods', () => {
  it('"extends licence requirements to X", "extended the tariffs to X": restricts X', () => {
    expect(stated('The Norland Trade Council extended licence requirements to harbour cranes in May.')).toEqual([`${COUNCIL} RESTRICTS ${CRANES}`]);
    expect(stated('The Norland Trade Council extended the tariffs to harbour cranes.')).toEqual([`${COUNCIL} RESTRICTS ${CRANES}`]);
  });

  it('not "to" after a verb of laying a measure, nor a purpose\'s infinitive', () => {
    expect(stated('The Norland Trade Council imposed licence requirements to protect harbour cranes.')).toEqual([]);
  });
});

describe('goods added to a measure', () => {
  it('"added controls on X": restricts X, as "imposed controls on X" does', () => {
    expect(stated('The Norland Trade Council added controls on harbour cranes.')).toEqual([`${COUNCIL} RESTRICTS ${CRANES}`]);
  });

  it('"added X to its export controls": restricts X', () => {
    expect(stated('The Norland Trade Council added 23 types of harbour cranes to its export controls in July 2023.')).toEqual([`${COUNCIL} RESTRICTS ${CRANES}`]);
  });

  it('a list named after the measure is a list, and a meeting about controls no measure', () => {
    expect(stated('The Norland Trade Council added Kestrel Cranes Ltd. to the sanctions list.')).toEqual([`${COUNCIL} ADDS_TO_LIST ${KESTREL}`]);
    expect(stated('The Norland Trade Council added harbour cranes to the agenda of its export controls meeting.')).toEqual([]);
  });
});

describe('goods found to comply or not with an instrument', () => {
  it('"X did not comply with the Act", "X complied with the Act": the Act regulates X', () => {
    expect(stated('The inspectors found that the harbour cranes did not comply with the Valdmark Crane Safety Act.')).toEqual([`${ACT} REGULATES ${CRANES}`]);
    expect(stated('The harbour cranes complied with the Valdmark Crane Safety Act.')).toEqual([`${ACT} REGULATES ${CRANES}`]);
  });

  it("not a question whether they comply, nor a provision's condition or class in the present", () => {
    expect(stated('Nobody knows whether the harbour cranes comply with the Valdmark Crane Safety Act.')).toEqual([]);
    expect(stated('Where the harbour cranes do not comply with the Valdmark Crane Safety Act, the owner shall repair them.')).toEqual([]);
    expect(stated('Ports shall not refuse harbour cranes which comply with the Valdmark Crane Safety Act.')).toEqual([]);
  });
});

describe('goods required to act (requires-goods-to past its list of duty verbs)', () => {
  it('"requires new X of 50 tonnes or more to accept Y": the act regulates X', () => {
    expect(stated('The Valdmark Crane Safety Act requires new harbour cranes of 50 tonnes or more to accept remote inspection.')).toEqual([`${ACT} REGULATES ${CRANES}`]);
    expect(stated('The Valdmark Crane Safety Act requires harbour cranes to carry a warning label.')).toEqual([`${ACT} REGULATES ${CRANES}`]);
  });

  it('not a passive, nor stopping', () => {
    expect(stated('The Valdmark Crane Safety Act requires harbour cranes to stop transmitting data.')).toEqual([]);
  });
});

describe("a list item's verb after its lead-in's colon keeps what the lead-in says of it", () => {
  it('"the Council should: - Require X to ...": a recommendation, no act', () => {
    expect(stated('To address these deficits, the Norland Trade Council should:\n\n- Require harbour cranes to be registered.\n- Restrict imports of forklift trucks.')).toEqual([]);
  });

  it('"the Council will: - Require X to ...": its act', () => {
    expect(stated('The Norland Trade Council will:\n\n- Require harbour cranes to be registered.')).toEqual([`${COUNCIL} REGULATES ${CRANES}`]);
  });
});
