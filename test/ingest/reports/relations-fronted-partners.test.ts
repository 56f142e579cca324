// Partners fronted before a clause's subject ("Along with A, B restricted X"): the convention reads "B, along with A,
// restricted X" as both's act (relations.ts COORDINATED), and the fronted form the same (relations.ts clauseActors,
// FRONTED_PARTNERS); those consulted or acted through ("In consultation with A, B restricted X") stay no actors.
// Own sentences, fictional companies and products; real bodies by their public names only.
import { describe, expect, it } from 'vitest';
import { statedRelations as stated } from './helpers.ts';
import { BIS, FCC, KESTREL, CRANES } from './ids.ts';

const COMMERCE = 'authority:us-commerce';
const DHS = 'authority:dhs';

describe('partners fronted before the subject', () => {
  it('"Along with A, B restricted X" is both\'s act, as "B, along with A, restricted X" is', () => {
    const want = [`${FCC} RESTRICTS ${KESTREL}`, `${FCC} RESTRICTS ${CRANES}`, `${COMMERCE} RESTRICTS ${KESTREL}`, `${COMMERCE} RESTRICTS ${CRANES}`];
    expect(stated('Along with the Department of Commerce, the FCC restricted Kestrel Cranes Ltd. harbour cranes.')).toEqual(want);
    expect(stated('The FCC, along with the Department of Commerce, restricted Kestrel Cranes Ltd. harbour cranes.')).toEqual(want);
  });

  it('"together with" and "jointly with" too, every partner of a coordinated list, after an opening adverbial', () => {
    expect(stated('Together with BIS and the FCC, the Department of Homeland Security banned harbour cranes.')).toEqual([`${BIS} RESTRICTS ${CRANES}`, `${DHS} RESTRICTS ${CRANES}`, `${FCC} RESTRICTS ${CRANES}`]);
    expect(stated('In 2026, jointly with BIS, the FCC banned harbour cranes.')).toEqual([`${BIS} RESTRICTS ${CRANES}`, `${FCC} RESTRICTS ${CRANES}`]);
  });

  it('but not those consulted or acted through, nor a name after another preposition, nor a possessor', () => {
    const fcc = [`${FCC} RESTRICTS ${CRANES}`];
    expect(stated('In consultation with the Department of Commerce, the FCC banned harbour cranes.')).toEqual(fcc);
    expect(stated('After talks with the Department of Commerce, the FCC banned harbour cranes.')).toEqual(fcc);
    expect(stated("Along with the Department of Commerce's list, the FCC banned harbour cranes.")).toEqual(fcc);
  });
});
