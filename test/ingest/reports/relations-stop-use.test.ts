// A directive to stop using goods restricts them, as one to stop buying or installing them does (helper-263, issue 15;
// dev69's "the Cabinet Office told government departments to stop deploying Chinese-made surveillance cameras"):
// relation-rules.yaml restricts reads "deploying", "operating", "acquiring" and "flying" among the gerunds a halt
// (stop, cease, halt, suspend) or a bar "from" stops. Own sentences, real public bodies, invented or real makers; the
// first group read nothing before. The goods' demonym restricts the country too (relations-origin-of-goods.test.ts).
import { describe, expect, it } from 'vitest';
import { FCC } from './ids.ts';
import { statedRelations } from './helpers.ts';

const CABINET = 'authority:~cabinet-office';
const CAMERAS = 'product:ip-cameras';
const HARROW = 'company:~harrow-optics-ltd';
const DRONES = 'product:drones';

describe('a directive to stop using goods', () => {
  it('restricts them, whatever verb of use it stops', () => {
    expect(statedRelations('In November 2022 the Cabinet Office told government departments to stop deploying Chinese-made surveillance cameras.')).toEqual([`${CABINET} RESTRICTS ${CAMERAS}`, `${CABINET} RESTRICTS jur:cn`].sort());
    expect(statedRelations('The Cabinet Office directed departments to cease deploying cameras made by Harrow Optics Ltd.')).toContain(`${CABINET} RESTRICTS ${HARROW}`);
    expect(statedRelations('The Federal Communications Commission ordered carriers to stop operating Chinese drones.')).toEqual([`${FCC} RESTRICTS ${DRONES}`, `${FCC} RESTRICTS jur:cn`].sort());
    expect(statedRelations('The Federal Communications Commission ordered its field offices to stop flying Chinese drones.')).toEqual([`${FCC} RESTRICTS ${DRONES}`, `${FCC} RESTRICTS jur:cn`].sort());
    expect(statedRelations('The Federal Communications Commission barred carriers from deploying Chinese drones.')).toEqual([`${FCC} RESTRICTS ${DRONES}`, `${FCC} RESTRICTS jur:cn`].sort());
  });
  it('is no act where a company stops, or where it is only asked', () => {
    expect(statedRelations('Harrow Optics Ltd. said it would stop deploying Chinese drones.')).toEqual([]);
    expect(statedRelations('The Cabinet Office was asked whether departments should stop deploying Chinese-made surveillance cameras.')).toEqual([]);
  });
});
