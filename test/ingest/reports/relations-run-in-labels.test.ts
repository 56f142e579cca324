// A list item that opens with a run-in label ("- **Ban purchases.** Prohibit agencies from ..."), as a member's press
// release lists a bill's provisions under "The ... Act would:": the sentence after the label is the item's body, read with
// the lead-in as an item without a label is (relations.ts withLeadIns, RUN_IN_LABEL). Own sentences (helper-336).
import { describe, expect, it } from 'vitest';
import { statedRelations } from './helpers.ts';

const ACT = 'law:~harbour-sensors-act';

describe('an item opening with a run-in label', () => {
  it('reads the sentence after the label with the lead-in', () => {
    const got = statedRelations('# T\n\nThe Harbour Sensors Act would:\n\n- **Ban purchases.** Prohibit executive agencies from procuring sonar buoys manufactured by Quistar Energy or Pelham Power.\n- **Protect grants.** Bar the use of federal grant funds to buy radar units.\n');
    expect(got).toContain(`${ACT} RESTRICTS company:~quistar-energy`);
    expect(got).toContain(`${ACT} RESTRICTS company:~pelham-power`);
    expect(got).toContain(`${ACT} RESTRICTS product:~sonar-buoy`);
    expect(got).toContain(`${ACT} RESTRICTS product:~radar-unit`);
  });
  it('reads only the sentence right after a short label, not a third one or one after a long first sentence', () => {
    const third = statedRelations('# T\n\nThe Harbour Sensors Act would:\n\n- **Ban purchases.** Prohibit executive agencies from procuring sonar buoys. Several ports already restrict radar masts made by Pelham Power.\n');
    expect(third.filter((r) => r.startsWith(ACT) && r.includes('pelham'))).toEqual([]);
    const long = statedRelations('# T\n\nThe Harbour Sensors Act would:\n\n- Prohibit executive agencies from procuring sonar buoys within a year of its enactment. Several ports already restrict radar masts made by Pelham Power.\n');
    expect(long.filter((r) => r.startsWith(ACT) && r.includes('pelham'))).toEqual([]);
  });
});
