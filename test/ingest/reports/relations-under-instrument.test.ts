// The gold convention on an act done "under" an instrument (ingest/reports/evaluate.ts METHOD): one done "pursuant to" a
// named instrument is the instrument's as well as the actor's; one done "under" it is the actor's alone, but for an addition
// "to the X List under" the instrument that keeps the list. Own sentences, fictional bodies, acts and companies.
import { describe, expect, it } from 'vitest';
import { statedRelations as stated } from './helpers.ts';
import { ACT, COUNCIL, CRANES, KESTREL, MARROWBY, OFAC } from './ids.ts';

describe('an act "pursuant to" a named instrument is the instrument\'s too, one "under" it the actor\'s alone', () => {
  it('a prohibition and a designation pursuant to the instrument', () => {
    expect(stated('The Norland Trade Council prohibited harbour cranes pursuant to the Valdmark Crane Safety Act.')).toEqual([`${COUNCIL} RESTRICTS ${CRANES}`, `${ACT} RESTRICTS ${CRANES}`].sort());
    expect(stated('The Norland Trade Council designated Kestrel Cranes Ltd. pursuant to the Valdmark Crane Safety Act.')).toEqual([`${COUNCIL} DESIGNATES ${KESTREL}`, `${ACT} DESIGNATES ${KESTREL}`].sort());
  });

  it('the same acts under the instrument', () => {
    expect(stated('The Norland Trade Council prohibited harbour cranes under the Valdmark Crane Safety Act.')).toEqual([`${COUNCIL} RESTRICTS ${CRANES}`]);
    expect(stated('The Norland Trade Council designated Kestrel Cranes Ltd. under the Valdmark Crane Safety Act.')).toEqual([`${COUNCIL} DESIGNATES ${KESTREL}`]);
  });

  it('every conjunct of the object', () => {
    expect(stated('The Norland Trade Council designated Kestrel Cranes Ltd. and Marrowby Cable Co. Ltd. pursuant to the Valdmark Crane Safety Act.')).toEqual(
      [`${COUNCIL} DESIGNATES ${KESTREL}`, `${COUNCIL} DESIGNATES ${MARROWBY}`, `${ACT} DESIGNATES ${KESTREL}`, `${ACT} DESIGNATES ${MARROWBY}`].sort(),
    );
  });

  it('an addition to the list the instrument keeps, right before it; not one a relative clause puts under it', () => {
    expect(stated('The Norland Trade Council added Kestrel Cranes Ltd. to the Restricted Parties List under the Valdmark Crane Safety Act.')).toEqual(
      [`${COUNCIL} ADDS_TO_LIST ${KESTREL}`, `${ACT} ADDS_TO_LIST ${KESTREL}`].sort(),
    );
    expect(stated('The Norland Trade Council added Kestrel Cranes Ltd., a maker of harbour cranes, to the Restricted Parties List, which the council maintains under the Valdmark Crane Safety Act.')).toEqual([
      `${COUNCIL} ADDS_TO_LIST ${KESTREL}`,
    ]);
  });

  it('not an investigation under the instrument: the investigator\'s alone', () => {
    expect(stated('The Norland Trade Council opened an investigation under the Valdmark Crane Safety Act into harbour cranes.')).toEqual([`${COUNCIL} INVESTIGATES ${CRANES}`]);
  });

  it('an act named as a noun: the instrument\'s "under" it where no agent does it, the agent\'s alone where a verb before the noun or "by" names one', () => {
    // No agent: the instrument's.
    expect(stated('An investigation into harbour cranes was opened under the Valdmark Crane Safety Act.')).toEqual([`${ACT} INVESTIGATES ${CRANES}`]);
    expect(stated('Restrictions on the import of harbour cranes under the Valdmark Crane Safety Act took effect in May.')).toEqual([`${ACT} RESTRICTS ${CRANES}`]);
    expect(stated('Tariffs on harbour cranes imposed under the Valdmark Crane Safety Act raise our costs.')).toEqual([`${ACT} RESTRICTS ${CRANES}`]);
    expect(stated('Duties imposed under the Valdmark Crane Safety Act on harbour cranes raise our costs.')).toEqual([`${ACT} RESTRICTS ${CRANES}`]);
    // A verb of doing before the noun, or "by" before the instrument: the agent's alone.
    expect(stated('The Norland Trade Council opened an investigation into harbour cranes under the Valdmark Crane Safety Act.')).toEqual([`${COUNCIL} INVESTIGATES ${CRANES}`]);
    expect(stated('An investigation into harbour cranes opened by the Norland Trade Council under the Valdmark Crane Safety Act found nothing.')).toEqual([`${COUNCIL} INVESTIGATES ${CRANES}`]);
    expect(stated('The Norland Trade Council imposed tariffs on harbour cranes under the Valdmark Crane Safety Act.')).toEqual([`${COUNCIL} RESTRICTS ${CRANES}`]);
    expect(stated('The Norland Trade Council already imposes additional duties under the Valdmark Crane Safety Act on harbour cranes.')).toEqual([`${COUNCIL} RESTRICTS ${CRANES}`]);
    // "Pursuant to": the instrument's too.
    expect(stated('The Norland Trade Council opened an investigation into harbour cranes pursuant to the Valdmark Crane Safety Act.')).toEqual([`${COUNCIL} INVESTIGATES ${CRANES}`, `${ACT} INVESTIGATES ${CRANES}`].sort());
    expect(stated('The Norland Trade Council imposed tariffs on harbour cranes pursuant to the Valdmark Crane Safety Act.')).toEqual([`${COUNCIL} RESTRICTS ${CRANES}`, `${ACT} RESTRICTS ${CRANES}`].sort());
    expect(stated('The Norland Trade Council already imposes additional duties pursuant to the Valdmark Crane Safety Act on harbour cranes.')).toEqual([`${COUNCIL} RESTRICTS ${CRANES}`, `${ACT} RESTRICTS ${CRANES}`].sort());
  });

  it('not across a relative clause about the object, nor an act not done', () => {
    expect(stated('The Norland Trade Council designated Kestrel Cranes Ltd., which sells harbour cranes pursuant to the Valdmark Crane Safety Act.')).toEqual([`${COUNCIL} DESIGNATES ${KESTREL}`]);
    expect(stated('The Norland Trade Council did not designate Kestrel Cranes Ltd. pursuant to the Valdmark Crane Safety Act.')).toEqual([]);
  });
});

describe('an instrument named between the verb and its objects', () => {
  const EO = 'law:~executive-order-14024';
  const ALL = [`${OFAC} DESIGNATES ${KESTREL}`, `${OFAC} DESIGNATES ${MARROWBY}`, `${EO} DESIGNATES ${KESTREL}`, `${EO} DESIGNATES ${MARROWBY}`].sort();

  it('between commas, right before the objects', () => {
    expect(stated('The Office of Foreign Assets Control designated, pursuant to E.O. 14024, Kestrel Cranes Ltd. and Marrowby Cable Co. Ltd.')).toEqual(ALL);
  });

  it("at the end of a list's lead-in", () => {
    const text = 'The Office of Foreign Assets Control is designating the following entities pursuant to E.O. 14024:\n\n- Kestrel Cranes Ltd. is a Norland-based maker of harbour cranes.\n- Marrowby Cable Co. Ltd. (Marrowby) ships cables to Norland.';
    expect(stated(text)).toEqual(ALL);
  });

  it('not one named in an aside before the verb', () => {
    expect(stated('The Office of Foreign Assets Control, acting under E.O. 14024, designated Kestrel Cranes Ltd.')).toEqual([`${OFAC} DESIGNATES ${KESTREL}`]);
  });
});
