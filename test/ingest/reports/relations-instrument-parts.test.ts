// A part of an instrument written alone acts for the instrument (section-acts.ts bareInstrumentPartTerms): in a report whose
// title names one instrument, "Schedule 4 lists X" and "Schedule 4 goes furthest. It covers Y" state what that instrument
// regulates (a part of an instrument is the instrument, ../shared/docs/evaluation.md). Own sentences, an invented
// instrument and invented bodies.
import { describe, expect, it } from 'vitest';
import { statedInOrder as stated } from './helpers.ts';

const TITLE = 'Comments on the draft Harbour Equipment (Screening) Regulations 2027';
const REGS = 'law:~harbour-equipment-screening-regulations-2027';

describe('a part of the instrument a report is about', () => {
  it('is that instrument, and "It" in the next sentence takes it up', () => {
    expect(stated('Schedule 4 goes furthest. It covers harbour cranes and forklift trucks.', { title: TITLE })).toEqual([
      `${REGS} REGULATES product:~harbour-crane`,
      `${REGS} REGULATES product:~forklift-truck`,
    ]);
  });
  it('states what the instrument lists or would catch', () => {
    expect(stated('Schedule 4 lists harbour cranes and forklift trucks.', { title: TITLE })).toEqual([
      `${REGS} REGULATES product:~harbour-crane`,
      `${REGS} REGULATES product:~forklift-truck`,
    ]);
    expect(stated('But Schedule 4 would also catch forklift trucks, which our members sell to small ports.', { title: TITLE })).toEqual([`${REGS} REGULATES product:~forklift-truck`]);
  });
  it('is no instrument where the title names none, or where the report cites that part of another instrument', () => {
    expect(stated('Schedule 4 goes furthest. It covers harbour cranes and forklift trucks.', { title: 'Our members and the ports they serve' })).toEqual([]);
    expect(stated('Schedule 4 to the Norland Ports Act 2020 sets harbour fees. Schedule 4 covers harbour cranes.', { title: TITLE })).toEqual([]);
  });
});
