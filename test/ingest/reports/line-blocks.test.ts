// Lines broken on purpose (a letterhead, an address block, a signature block) are paragraphs of their own in Markdown
// and in HTML (<br>), so that no name runs from one line into the next; hard-wrapped prose stays one paragraph.
// Own text: an invented association, its officer and its members.
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../ingest/reports/index.ts';
import { lineGroups } from '../../../ingest/reports/line-blocks.ts';
import { analyseMarkdown, textSource } from './helpers.ts';

const paragraphs = (text: string, format: string): string[] =>
  parseReport(textSource(text, format)).sections.flatMap((s) => s.paragraphs.map((p) => p.text));
const names = (markdown: string): string[] => analyseMarkdown(markdown).rec.entities.map((e) => e.name);

const SIGNATURE = ['Respectfully submitted,', '', 'Helen Brookfield', 'Executive Director', 'Northern Plains Robotics Association'];
const ADDRESS = ['Office of Spectrum Policy and Equipment Authorization Review', 'Federal Communications Commission', '45 L Street NE', 'Washington, DC 20554'];

describe('lineGroups', () => {
  it('parts a signature block of three lines, each opening with a capital', () => {
    expect(lineGroups(SIGNATURE.slice(2))).toEqual([['Helen Brookfield'], ['Executive Director'], ['Northern Plains Robotics Association']]);
  });
  it('parts an address block whose first line is its longest', () => {
    expect(lineGroups(ADDRESS)).toHaveLength(4);
  });
  it('parts two lines where the second line\'s first word would have fitted on the first', () => {
    expect(lineGroups(['**Northern Plains Robotics Association**', '1200 Main Avenue, Suite 400, Fargo, North Dakota 58103'])).toHaveLength(2);
  });
  it('keeps prose wrapped at 75 columns together, a name broken across its lines included', () => {
    const wrapped = [
      'Our members buy flight controllers from three suppliers, one of which the',
      'Bureau of Industry and Security added to the Entity List under the Export',
      'Administration Regulations last year, and we ask the Bureau for time to',
      'replace them.',
    ];
    expect(wrapped.every((l) => l.length <= 75)).toBe(true);
    expect(lineGroups(wrapped)).toEqual([wrapped]);
    expect(lineGroups(['Our members fly inspection drones over pipelines under the Export', 'Administration Regulations.'])).toHaveLength(1);
  });
  it('keeps prose wrapped by hand at about 75 columns together though one line, edited after, runs past them (helper-250)', () => {
    const edited = [
      'The plenary was held in Rotterdam from 10 to 12 November, hosted by Maasveld',
      'Test & Certification B.V. Sixty delegates attended, with observers from two national agencies and from several other bodies.',
      'The convenor chaired, and the Department for Science, Innovation and',
      'Technology sent a note.',
    ];
    expect(lineGroups(edited)).toEqual([edited]);
  });
  it('still parts a contact block of short lines with no running text', () => {
    const contact = ['**Media Contact:**', 'Helen Brookfield', 'Northern Plains Robotics Association', 'press@example.org'];
    expect(lineGroups(contact).slice(0, 2)).toEqual([[contact[0]], [contact[1]]]);
    const address = ['Attn: Licensing Desk, Room 4 c/o Harbour Trust', 'Office of Spectrum Policy and Equipment Review', 'Federal Communications Commission'];
    expect(lineGroups(address)).toHaveLength(3);
  });
  it('parts two short lines of names with no running text and no sentence end: a signer over a title, a body over its town', () => {
    // The first line is the longer, so the next word would not have fitted on it: only its shape tells it from wrapping.
    expect(lineGroups(['Helen R. Brookfield', 'Member of Parliament'])).toEqual([['Helen R. Brookfield'], ['Member of Parliament']]);
    expect(lineGroups(['Senate of the Commonwealth', 'Boston, MA 02133'])).toHaveLength(2);
  });
  it('keeps two lines together where the first holds a comma or running text, or the second ends a sentence', () => {
    expect(lineGroups(['Our members fly drones under the Export', 'Administration Regulations'])).toHaveLength(1);
    expect(lineGroups(['The Bureau of Industry and Security', 'Added Harrow Optics Ltd. to the list.'])).toHaveLength(1);
    expect(lineGroups(['Helen Brookfield, Director of the Northern Plains', 'Robotics Association'])).toHaveLength(1);
  });
  it('parts a line wholly in bold from the line below it, though that line\'s first word would not have fitted (helper-316)', () => {
    const byline = ['**Harrowgate County College · Office of Trade Compliance and Research Integrity**', 'Last revised: March 2026 · Contact: trade@harrowgate.example'];
    expect(lineGroups(byline)).toEqual([[byline[0]], [byline[1]]]);
    expect(lineGroups(['_Northern Plains Robotics Association, Office of the Executive Director_', 'Fargo, North Dakota'])).toHaveLength(2);
  });
  it('parts a name from a field opening the next line ("Last revised: ..."), not prose a wrapper broke before a colon (helper-316)', () => {
    expect(lineGroups(['Office of Spectrum Policy and Equipment Authorization Review', 'Last revised: 2 May 2026'])).toHaveLength(2);
    expect(lineGroups(['Our members fly drones under the rules of the Export Administration', 'Regulations: they ask for a licence.'])).toHaveLength(1);
    // A bold phrase a wrapper broke keeps one marker on each line: one paragraph.
    expect(lineGroups(['Our members fly drones under **the rules of the Export Administration', 'Regulations** and ask for licences.'])).toHaveLength(1);
  });
  it('keeps lines together that open with capitals but end in lower-case words', () => {
    expect(lineGroups(['Members of the association asked the', 'Department to consider their fleets and', 'Replace nothing before the deadline.'])).toHaveLength(1);
  });
});

describe('a signature block', () => {
  it('is three paragraphs in Markdown, not one', () => {
    expect(paragraphs(['# Comments', '', 'We ask for a meeting.', '', ...SIGNATURE].join('\n'), 'markdown')).toEqual([
      'We ask for a meeting.',
      'Respectfully submitted,',
      'Helen Brookfield',
      'Executive Director',
      'Northern Plains Robotics Association',
    ]);
  });
  it('is three paragraphs in HTML with <br>, not one', () => {
    const html = `<html><body><h1>Comments</h1><p>We ask for a meeting.</p><p>${SIGNATURE.slice(2).join('<br/>\n')}</p></body></html>`;
    expect(paragraphs(html, 'html')).toEqual(['We ask for a meeting.', 'Helen Brookfield', 'Executive Director', 'Northern Plains Robotics Association']);
  });
  it('keeps a paragraph whose <br> a wrapper set as one paragraph', () => {
    const html = '<html><body><h1>T</h1><p>Our members fly inspection drones over pipelines under the Export<br>Administration Regulations.</p></body></html>';
    expect(paragraphs(html, 'html')).toEqual(['Our members fly inspection drones over pipelines under the Export Administration Regulations.']);
  });
  it('names its person and its association apart, and no body that runs from one line of an address into the next', () => {
    const found = names(['# Comments', '', 'We ask for a meeting.', '', ...SIGNATURE.slice(2), '', ...ADDRESS].join('\n'));
    expect(found).toContain('Helen Brookfield');
    expect(found).toContain('Northern Plains Robotics Association');
    expect(found).toContain('Office of Spectrum Policy and Equipment Authorization Review');
    expect(found.filter((n) => /Director|Review Federal|Commission 45/.test(n))).toEqual([]);
  });
  it('reads no body that runs from a signer\'s name into the title on the line below it', () => {
    const found = names(['# Letter', '', 'We ask the Bureau of Industry and Security to reply.', '', 'Sincerely,', '', 'Helen R. Brookfield', 'Member of Parliament', '', 'Owen T. Marsh', 'Member of Parliament'].join('\n'));
    expect(found.filter((n) => /Member of Parliament/.test(n) && /Brookfield|Marsh/.test(n))).toEqual([]);
  });
});

describe('a byline in bold over a dateline (helper-316)', () => {
  it('names the office apart from the dateline\'s label', () => {
    const found = names(['# Guidance on trade controls', '', '**Harrowgate County College · Office of Trade Compliance and Research Integrity**', 'Last revised: March 2026 · Contact: trade@harrowgate.example', '', 'The Office of Trade Compliance and Research Integrity screens shipments.'].join('\n'));
    expect(found.filter((n) => /Integrity Last/.test(n))).toEqual([]);
  });
});

describe('a letterhead in capitals over a line in mixed case', () => {
  const LETTERHEAD = ['NATIONAL HARBOUR AND INLAND WATERWAYS SERVICE', 'Division of Contracting and Grants'];
  it('is two groups, though the second line\'s first word would not have fitted on the first', () => {
    expect(lineGroups(LETTERHEAD)).toEqual([[LETTERHEAD[0]], [LETTERHEAD[1]]]);
  });
  it('keeps a name in capitals that a wrapper broke, and a line in capitals ending in a comma', () => {
    // Each first line is its paragraph's longest, so that the next word would not have fitted on it.
    expect(lineGroups(['NOW, THEREFORE, I, MARGARET ALEXANDRA', 'OYELARAN-WHITFIELD, Governor'])).toHaveLength(1);
    expect(lineGroups(['IN WITNESS WHEREOF, THE UNDERSIGNED,', 'Having been duly authorised'])).toHaveLength(1);
    expect(lineGroups(['TO ALL WHOM', 'these presents come, greetings.'])).toHaveLength(1);
  });
  it('reads no body that runs from the agency\'s line into its office\'s', () => {
    const found = names(['# Notice 4', '', ...LETTERHEAD, '', 'The Division buys dredging equipment.'].join('\n'));
    expect(found.filter((n) => /SERVICE Division/i.test(n))).toEqual([]);
  });
});

describe('a Markdown pipe table', () => {
  const TABLE = ['# Flows', '', '| Item | Origin | Destination |', '| --- | :---: | ---: |', '| Drone logs | Norway | Canada, United States |', '| Engine telemetry | Brazil | Japan |', '', 'After the table.'];
  it('is read cell by cell, each cell a paragraph, its delimiter row no text', () => {
    expect(paragraphs(TABLE.join('\n'), 'markdown')).toEqual(['Item', 'Origin', 'Destination', 'Drone logs', 'Norway', 'Canada, United States', 'Engine telemetry', 'Brazil', 'Japan', 'After the table.']);
  });
  it('keeps an escaped pipe inside its cell', () => {
    expect(paragraphs(['# T', '', '| A \\| B | C |', '| --- | --- |'].join('\n'), 'markdown')).toEqual(['A | B', 'C']);
  });
  it('reads no name that runs from one row\'s last cell into the next row\'s first', () => {
    const found = names(TABLE.join('\n'));
    expect(found.filter((n) => /States Engine|Japan After/.test(n))).toEqual([]);
  });
});
