// A statute's section named alone before a measure's noun is an instrument: the act the document cites that section of,
// or the section by its number. Own sentences.
import { describe, expect, it } from 'vitest';
import { sectionActs } from '../../../ingest/recognize/section-acts.ts';
import { recogniseMarkdown } from './helpers.ts';
import { surfaceIdsOf } from '../one-sentence.ts';

const laws = (md: string): string[] =>
  surfaceIdsOf(recogniseMarkdown(md), 'Law');

describe('a section named alone', () => {
  it('is the act the document cites it of', () => {
    expect(laws('Duties apply under Section 301 of the Trade Act of 1974. The Section 301 tariffs also cover harbour cranes.')).toEqual([
      'Trade Act of 1974=law:us:trade-act-1974',
      'Section 301=law:us:trade-act-1974',
    ]);
  });
  it('is the section by its number where no act is cited with it, and only before a measure\'s noun', () => {
    expect(laws('Norland opened a Section 232 investigation into harbour cranes.')).toEqual(['Section 232=law:~section-232']);
    // A statute's own section, and a section cited of an act, are no instrument of their own.
    expect(laws('The Secretary may act under section 5 of this Act.')).not.toContain('section 5=law:~section-5');
    expect(laws('Under section 12, the Secretary shall publish a list.').filter((l) => l.startsWith('section'))).toEqual([]);
  });
  it('binds a bare section to no act where the document cites that number of two', () => {
    const m = (id: string, surface: string, start: number) => ({ id, label: 'Law', surface, start });
    const text = 'Section 5 of the Alpha Act and Section 5 of the Beta Act differ. Section 5 tariffs';
    expect(sectionActs([{ text, mentions: [m('law:~alpha', 'Alpha Act', 17), m('law:~beta', 'Beta Act', 48), m('law:~section-5', 'Section 5', 65)] }])).toEqual(new Map());
    expect(sectionActs([{ text, mentions: [m('law:~alpha', 'Alpha Act', 17), m('law:~section-5', 'Section 5', 65)] }])).toEqual(new Map([['law:~section-5', 'law:~alpha']]));
  });
});

// "Section 5(a) of the Act prohibits ...", then "Section 5(b) prohibits ...": a report's bare section with its subsections
// is the act it cites that section of. Own sentences, an invented act.
describe('a section with its subsections written alone', () => {
  const ACT = 'law:~harbour-integrity-act';
  it('is the act the report cites that section of', () => {
    const got = laws('Section 4(a) of the Harbour Integrity Act of 2026 bars port authorities from buying listed cranes. Section 4(b) bars them from operating listed drones.');
    expect(got).toContain(`Section 4(b)=${ACT}`);
  });
  it('is no act where the report cites the section number of two acts, or none', () => {
    const two = laws('Section 4(a) of the Harbour Integrity Act of 2026 bars listed cranes. Section 4(c) of the Canal Safety Act of 2025 bars listed drones. Section 4(b) sets fines.');
    expect(two.filter((l) => l.startsWith('Section 4(b)='))).toEqual([]);
    expect(laws('Section 4(b) sets fines for port authorities.')).toEqual([]);
  });
});

// "Schedule 2 lists X" in comments on one draft: the part is the instrument the report's title names (bareInstrumentPartTerms).
// Own sentences, invented instruments.
describe('a numbered part of an instrument written alone', () => {
  const REGS = 'law:~harbour-equipment-screening-regulations-2027';
  const md = (title: string, text: string): string => `# ${title}\n\n${text}`;
  it('is the one instrument the report\'s title names', () => {
    expect(laws(md('Comments on the draft Harbour Equipment (Screening) Regulations 2027', 'We ask the Ministry to narrow Schedule 2 and Annex IV.'))).toEqual(
      expect.arrayContaining([`Schedule 2=${REGS}`, `Annex IV=${REGS}`]),
    );
  });
  it('is no instrument where the title names none, or where the report cites that part of another instrument', () => {
    expect(laws(md('Our members and the ports they serve', 'We ask the Ministry to narrow Schedule 2.')).filter((l) => l.startsWith('Schedule'))).toEqual([]);
    const cited = laws(md('Comments on the draft Harbour Equipment (Screening) Regulations 2027', 'Schedule 2 to the Norland Ports Act 2020 sets harbour fees. Schedule 2 is short.'));
    expect(cited.filter((l) => l.startsWith(`Schedule 2=${REGS}`))).toEqual([]);
  });
});
