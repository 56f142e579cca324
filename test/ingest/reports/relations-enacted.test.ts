// An instrument's enacting formula ("do hereby proclaim as follows:"): its items are the instrument's own provisions,
// whose agentless measures are the instrument's acts, and the laws the formula cites as its authority act in none of
// them. The instrument is the one the document calls itself ("this proclamation"). Own text, a fictional proclamation.
import { describe, expect, it } from 'vitest';
import { readRelations } from './helpers.ts';
import { CRANES } from './ids.ts';

const TITLE = 'Adjusting Imports of Harbour Cranes into Norland';
const SELF = 'law:~adjusting-imports-of-harbour-cranes-into-norland';
const FORMULA = 'NOW, THEREFORE, I, the President of Norland, by the authority vested in me by the Valdmark Crane Safety Act, do hereby proclaim as follows:';
const read = (items: string): string[] => readRelations(`${FORMULA}\n\n${items}`, { title: TITLE }).map((r) => `${r.start} ${r.type} ${r.end}`);

describe('the provisions an enacting formula introduces', () => {
  it('are the instrument\'s acts where they name no actor ("An additional duty ... shall apply to imports of X")', () => {
    expect(read('(1) An additional duty of 30 percent shall apply to imports of harbour cranes, as described in Annex I to this proclamation.')).toEqual([`${SELF} RESTRICTS ${CRANES}`]);
  });

  it('not the acts of the law the formula cites as its authority, nor a provision that negates the measure', () => {
    const got = read('(1) An additional duty of 30 percent shall apply to imports of harbour cranes under this proclamation.\n\n(2) The duty set out in clause (1) shall not apply to forklift trucks.');
    expect(got).toEqual([`${SELF} RESTRICTS ${CRANES}`]);
    expect(got.some((r) => r.startsWith('law:~valdmark-crane-safety-act'))).toBe(false);
  });

  it("an item's own actor acts in it", () => {
    const got = read('(1) The Norland Trade Council shall prohibit imports of harbour cranes, as this proclamation provides.');
    expect(got).toEqual([`authority:~norland-trade-council RESTRICTS ${CRANES}`]);
  });
});

describe('a provision whose subject coordinates two bodies', () => {
  it('is the act of both', () => {
    const got = read('(8) The Norland Trade Council and the Norland Maritime Administration shall jointly prohibit the entry of harbour cranes under this proclamation.');
    expect(got).toEqual([`authority:~norland-trade-council RESTRICTS ${CRANES}`, `authority:~norland-maritime-administration RESTRICTS ${CRANES}`]);
  });
});
