// A stop put to using or buying goods, or their replacement or removal, that a lawmaker or a body requires ("Florida
// required state agencies to stop using drones made by Chinese companies") restricts the goods and the country whose
// makers make them, as a ban on them does (relation-rules.yaml restricts-country, bans-demonym-goods; the convention of
// the development golds: dev66 "to stop using drones from manufacturers based in China" restricts the drones and China).
// A demonym compounded with a participle of making ("Chinese-made") marks the goods' make as the demonym does.
// Own sentences; real bodies and states by their public names, goods generic.
import { describe, expect, it } from 'vitest';
import { statedRelations as stated } from './helpers.ts';
import { FCC } from './ids.ts';

const FLORIDA = 'authority:~florida';
const CN = 'jur:cn';
const DRONES = 'product:drones';

describe('a required stop to using goods of a country\'s make', () => {
  it('restricts the goods and the country, whichever way the make is named', () => {
    const both = [`${FLORIDA} RESTRICTS ${CN}`, `${FLORIDA} RESTRICTS ${DRONES}`];
    expect(stated('In 2023 Florida required state agencies to stop using drones made by Chinese companies.')).toEqual(both);
    expect(stated('Florida required state agencies to stop buying drones made by companies based in China.')).toEqual(both);
    expect(stated('Florida required its agencies to replace Chinese drones in 2023.')).toEqual(both);
    expect(stated('Florida required state agencies to cease operating Chinese drones.')).toEqual(both);
  });
  it('as a ban on goods a compound demonym marks does', () => {
    expect(stated('The FCC banned Chinese-made drones.')).toEqual([`${FCC} RESTRICTS ${CN}`, `${FCC} RESTRICTS ${DRONES}`]);
    expect(stated('The FCC told carriers to stop deploying Chinese-made drones.')).toEqual([`${FCC} RESTRICTS ${CN}`, `${FCC} RESTRICTS ${DRONES}`]);
  });
  it('but not a country the goods are only sent to or discussed in, nor one of no make', () => {
    expect(stated('Florida required state agencies to stop using drones and told them to report to China.')).toEqual([`${FLORIDA} RESTRICTS ${DRONES}`]);
    expect(stated('Florida stopped exporting drones to China.')).toEqual([]);
    expect(stated('Florida banned Chinese in its schools.')).toEqual([]);
  });
});
