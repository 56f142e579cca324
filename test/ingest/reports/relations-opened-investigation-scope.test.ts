// An investigation's scope stated in the future right after it was opened: "The Council opened an investigation into X. It
// will investigate whether Y ..." investigates Y (the investigation is open; "will investigate" says what it covers), while
// a "will investigate" with no investigation opened by the same actor just before stays an act still to come (relation-rules.yaml
// `investigationOpened`, `openedScope`; relations.ts scopeOfOpened). Own sentences, fictional bodies and companies (helper-390,
// issue 15).
import { describe, expect, it } from 'vitest';
import { statedRelations as stated } from './helpers.ts';
import { BIS, COUNCIL, CRANES } from './ids.ts';

const ORVIK = 'company:~orvik-hoists-inc';
const OPENED = 'The Norland Trade Council opened an investigation into harbour cranes in March.';

describe('a future verb of investigating after the same actor opened an investigation', () => {
  it('"It will investigate" takes up the actor and states the open investigation\'s scope', () => {
    expect(stated(`${OPENED} It will investigate Orvik Hoists Inc.`)).toEqual([`${COUNCIL} INVESTIGATES ${ORVIK}`, `${COUNCIL} INVESTIGATES ${CRANES}`]);
  });
  it('so does "will examine whether" after "also launched a formal inquiry"', () => {
    expect(stated('The Norland Trade Council has also launched a formal inquiry into imports of harbour cranes. It will examine whether Orvik Hoists Inc. sold them below cost.')).toContain(
      `${COUNCIL} INVESTIGATES ${ORVIK}`,
    );
  });
});

describe('still an act to come', () => {
  it('with no investigation opened before', () => {
    expect(stated('The Norland Trade Council met importers in March. It will investigate Orvik Hoists Inc.')).toEqual([]);
  });
  it('where another body opened it', () => {
    expect(stated(`${OPENED} The Bureau of Industry and Security will investigate Orvik Hoists Inc.`)).not.toContain(`${BIS} INVESTIGATES ${ORVIK}`);
  });
  it('where the future act is only proposed or negated', () => {
    expect(stated(`${OPENED} It will propose to investigate Orvik Hoists Inc.`)).not.toContain(`${COUNCIL} INVESTIGATES ${ORVIK}`);
    expect(stated(`${OPENED} It will not investigate Orvik Hoists Inc.`)).not.toContain(`${COUNCIL} INVESTIGATES ${ORVIK}`);
  });
  it('in a new paragraph', () => {
    expect(stated(`${OPENED}\n\nIt will investigate Orvik Hoists Inc.`)).not.toContain(`${COUNCIL} INVESTIGATES ${ORVIK}`);
  });
});
