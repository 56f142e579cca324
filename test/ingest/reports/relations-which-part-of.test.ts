// A relative clause after "X as part of Y" (helper-431, issue 15): the part named first is the head the "which" takes up
// ("enacted the X Act as part of the Y Act, which bars Z": X bars Z; the whole it was enacted in only says where it
// stands). Own sentences; the first expectation read Y's act at main 3082f0ee.
import { describe, expect, it } from 'vitest';
import { statedRelations } from './helpers.ts';

const ECRA = 'law:us:export-control-reform-act';
const PRIVACY = 'law:~privacy-act';
const DRONES = 'product:drones';

describe('a which-clause after "X as part of Y"', () => {
  it('is the act of X, the part', () => {
    expect(statedRelations('Lawmakers enacted the Export Control Reform Act as part of the Privacy Act, which prohibits federal agencies from buying drones made by foreign adversaries.')).toEqual([`${ECRA} RESTRICTS ${DRONES}`]);
  });
  it('but a which-clause right after a name with no "as part of" stays that name\'s', () => {
    expect(statedRelations('Lawmakers enacted the Export Control Reform Act and the Privacy Act, which prohibits federal agencies from buying drones.')).not.toContain(`${ECRA} RESTRICTS ${DRONES}`);
    expect(statedRelations('Lawmakers enacted the Privacy Act as part of the Export Control Reform Act, which was signed in 2018.')).toEqual([]);
  });
  it('not a part set off by a comma from the whole', () => {
    expect(statedRelations('The Privacy Act, enacted as part of the Export Control Reform Act, which bans drones, took effect.')).toEqual([`${PRIVACY} RESTRICTS ${DRONES}`]);
  });
});
