// Instruments' names in the citations of journal articles and reports: a journal's name holding an instrument word, a
// state's body of law in a title's capitals, two instruments coordinated with "and the", and an executive order in the
// abbreviated form of legal citations.
import { describe, expect, it } from 'vitest';
import { findInstruments } from '../../../ingest/recognize/instruments.ts';

const names = (text: string): string[] => findInstruments(text).filter((f) => !f.pending).map((f) => f.surface);

describe('instrument names in citations', () => {
  it('reads no instrument in a journal named with an instrument word before or after its publication head', () => {
    expect(names('Her survey of port tariffs appeared in the Pacific Trade Law Review in 2023.')).toEqual([]);
    expect(names('Okafor, T. (2021). Ports and Power. Northern Regulation Quarterly 7(2), 10-31.')).toEqual([]);
    expect(names('An earlier version ran in the Journal of Maritime Regulation last spring.')).toEqual([]);
    // The law itself, named beside the journal, is still read.
    expect(names('The Pacific Trade Law Review discussed the Export Control Law of 2020.')).toEqual(['Export Control Law of 2020']);
  });

  it("reads no instrument in a state's body of law named by country words alone", () => {
    expect(names('Part II: Drone Imports under Japanese and Indian Law')).toEqual([]);
    expect(names('A Primer on EU Law for Device Makers')).toEqual([]);
    expect(names('Part III turns to the Cybersecurity Law and the Korean Telecommunications Business Law.')).toEqual(['Cybersecurity Law', 'Korean Telecommunications Business Law']);
  });

  it('reads two instruments coordinated with "and the" as two, not one title', () => {
    const found = names('Each seller must comply with the CCPA and the Cyber Resilience Act before launch.');
    expect(found).toContain('Cyber Resilience Act');
    expect(found.some((n) => n.includes('CCPA and'))).toBe(false);
  });

  it('reads an executive order cited in the abbreviated form of legal citations, beside its Federal Register page', () => {
    const found = findInstruments('See Exec. Order No. 14117, 89 Fed. Reg. 15421 (Mar. 1, 2024).').map((f) => `${f.surface} => ${f.name}`);
    expect(found.sort()).toEqual(['89 Fed. Reg. 15421 => 89 FR 15421', 'Exec. Order No. 14117 => Executive Order 14117']);
  });
});
