// Measures as trade news reports them: a measure noun with its agent, then what it covers; sanctions announced by a body;
// goods hit with restrictions by it; a date ending one conjunct of an object list. Own sentences, fictional bodies and
// companies.
import { describe, expect, it } from 'vitest';
import { statedRelations as stated } from './helpers.ts';
import { COUNCIL, KESTREL, CRANES, FORKLIFTS } from './ids.ts';

describe('measures in trade news', () => {
  it('a measure with its agent restricts what it covers', () => {
    expect(stated('The ban, imposed by the Norland Trade Council in May, covers harbour cranes and forklift trucks.')).toEqual([`${COUNCIL} RESTRICTS ${FORKLIFTS}`, `${COUNCIL} RESTRICTS ${CRANES}`]);
    expect(stated('Reports published by the Norland Trade Council cover harbour cranes.')).toEqual([]);
  });

  it('sanctions announced by a body, and restrictions a company is hit with by it', () => {
    expect(stated('Sanctions against Kestrel Cranes Ltd. were announced by the Norland Trade Council on Monday.')).toEqual([`${COUNCIL} RESTRICTS ${KESTREL}`]);
    expect(stated('Kestrel Cranes Ltd. was also hit with export restrictions by the Norland Trade Council.')).toEqual([`${COUNCIL} RESTRICTS ${KESTREL}`]);
  });

  it('a date ends one conjunct, not the list', () => {
    expect(stated('The Norland Trade Council banned harbour cranes in May and forklift trucks in June.')).toEqual([`${COUNCIL} RESTRICTS ${FORKLIFTS}`, `${COUNCIL} RESTRICTS ${CRANES}`]);
    expect(stated('The Norland Trade Council banned harbour cranes in May and added forklift trucks to its list.')).toEqual([`${COUNCIL} ADDS_TO_LIST ${FORKLIFTS}`, `${COUNCIL} RESTRICTS ${CRANES}`]);
  });
});

// A measure laid on goods or a company by a light verb, a freeze of its assets, a verb that outlaws, limits or caps a
// trade, goods made subject to a measure: general shapes of a restriction in news and executive texts.
describe('measures laid on goods or companies', () => {
  it('a light verb with any measure noun restricts what it is laid on', () => {
    expect(stated('The Norland Trade Council imposed new controls on harbour cranes.')).toEqual([`${COUNCIL} RESTRICTS ${CRANES}`]);
    expect(stated('The Norland Trade Council placed an embargo on forklift trucks.')).toEqual([`${COUNCIL} RESTRICTS ${FORKLIFTS}`]);
    expect(stated('The Norland Trade Council imposed limits on exports of harbour cranes.')).toEqual([`${COUNCIL} RESTRICTS ${CRANES}`]);
  });

  it('not a limit or control of another kind, nor one lifted or not imposed', () => {
    expect(stated('The Norland Trade Council set speed limits on forklift trucks.')).toEqual([]);
    expect(stated('The Norland Trade Council placed access controls on harbour cranes.')).toEqual([]);
    expect(stated('The Norland Trade Council lifted the controls on harbour cranes.')).toEqual([]);
    expect(stated('The Norland Trade Council did not impose controls on harbour cranes.')).toEqual([]);
    expect(stated('The Norland Trade Council imposed controls on the use of force.')).toEqual([]);
  });

  it('a trade limited, capped or outlawed restricts its goods and the country it goes to or comes from', () => {
    expect(stated('The Norland Trade Council limited sales of harbour cranes to China.')).toEqual([`${COUNCIL} RESTRICTS jur:cn`, `${COUNCIL} RESTRICTS ${CRANES}`]);
    expect(stated('The Norland Trade Council capped imports of forklift trucks from China.')).toEqual([`${COUNCIL} RESTRICTS jur:cn`, `${COUNCIL} RESTRICTS ${FORKLIFTS}`]);
    expect(stated('The Norland Trade Council outlawed the sale of harbour cranes.')).toEqual([`${COUNCIL} RESTRICTS ${CRANES}`]);
    expect(stated('Harbour cranes were outlawed by the Norland Trade Council in May.')).toEqual([`${COUNCIL} RESTRICTS ${CRANES}`]);
    expect(stated('The Norland Trade Council capped the price of forklift trucks.')).toEqual([]);
  });

  it('a company whose assets are frozen is restricted, not when they are unfrozen or another froze them', () => {
    expect(stated('The Norland Trade Council froze the assets of Kestrel Cranes Ltd.')).toEqual([`${COUNCIL} RESTRICTS ${KESTREL}`]);
    expect(stated("The Norland Trade Council froze Kestrel Cranes Ltd.'s assets in Norland.")).toEqual([`${COUNCIL} RESTRICTS ${KESTREL}`]);
    expect(stated('The Norland Trade Council unfroze the assets of Kestrel Cranes Ltd.')).toEqual([]);
    expect(stated('The Norland Trade Council said Kestrel Cranes Ltd. had frozen the assets of a partner.')).toEqual([]);
  });

  it('a freeze in the passive, and an asset freeze as a measure', () => {
    expect(stated('Kestrel Cranes Ltd. had its assets frozen by the Norland Trade Council.')).toEqual([`${COUNCIL} RESTRICTS ${KESTREL}`]);
    expect(stated('The assets of Kestrel Cranes Ltd. were frozen by the Norland Trade Council.')).toEqual([`${COUNCIL} RESTRICTS ${KESTREL}`]);
    expect(stated('The assets of Kestrel Cranes Ltd. were sold by the Norland Trade Council.')).toEqual([]);
    expect(stated('The Norland Trade Council imposed an asset freeze on Kestrel Cranes Ltd.')).toEqual([`${COUNCIL} RESTRICTS ${KESTREL}`]);
    expect(stated('The Norland Trade Council put Kestrel Cranes Ltd. under an asset freeze.')).toEqual([`${COUNCIL} RESTRICTS ${KESTREL}`]);
  });

  it('a trade stopped names its destination as a trade limited does; a tariff suspended is undone', () => {
    expect(stated('The Norland Trade Council suspended exports of harbour cranes to China.')).toEqual([`${COUNCIL} RESTRICTS jur:cn`, `${COUNCIL} RESTRICTS ${CRANES}`]);
    expect(stated('The Norland Trade Council halted shipments of harbour cranes to Japan.')).toEqual([`${COUNCIL} RESTRICTS jur:jp`, `${COUNCIL} RESTRICTS ${CRANES}`]);
    expect(stated('The Norland Trade Council suspended tariffs on harbour cranes from China.')).toEqual([]);
  });

  it('a company targeted or hit with a measure is restricted, not one targeted with a review', () => {
    expect(stated('The Norland Trade Council targeted Kestrel Cranes Ltd. with sanctions.')).toEqual([`${COUNCIL} RESTRICTS ${KESTREL}`]);
    expect(stated('The Norland Trade Council slapped Kestrel Cranes Ltd. with an export ban.')).toEqual([`${COUNCIL} RESTRICTS ${KESTREL}`]);
    expect(stated('The Norland Trade Council targeted Kestrel Cranes Ltd. with a review.')).toEqual([]);
  });

  it('goods made subject to a measure, or subjected to one by a body, are restricted', () => {
    expect(stated('The Norland Trade Council made harbour cranes subject to export controls.')).toEqual([`${COUNCIL} RESTRICTS ${CRANES}`]);
    expect(stated('Harbour cranes were subjected to export controls by the Norland Trade Council.')).toEqual([`${COUNCIL} RESTRICTS ${CRANES}`]);
    expect(stated('The Norland Trade Council made harbour cranes subject to safety rules.')).toEqual([]);
  });

  it('goods subjected to a measure or a licence requirement are restricted, not to testing or requirements', () => {
    expect(stated('The Norland Trade Council subjected harbour cranes to a licence requirement.')).toEqual([`${COUNCIL} RESTRICTS ${CRANES}`]);
    expect(stated('The Norland Trade Council subjected imports of forklift trucks to a 25 percent tariff.')).toEqual([`${COUNCIL} RESTRICTS ${FORKLIFTS}`]);
    expect(stated('The Norland Trade Council subjected harbour cranes to additional testing.')).toEqual([]);
    expect(stated('The Norland Trade Council subjected harbour cranes to security requirements.')).toEqual([]);
  });
});
