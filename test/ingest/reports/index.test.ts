import { describe, expect, it } from 'vitest';
import { DocumentError } from '../../../ingest/model.ts';
import { parseReport, sniff } from '../../../ingest/reports/index.ts';
import { CREEMERS, USCC, corpusSource, textSource } from './helpers.ts';

const paragraphCounts = (id: string): number[] => parseReport(corpusSource(id)).sections.map((s) => s.paragraphs.length);

describe('plain-text adapter: Creemers & Lee report', () => {
  const r = parseReport(corpusSource(CREEMERS));
  it('finds the title and the three short headings', () => {
    expect(r.title).toBe('Evaluating Data Security in Chinese Drones and Smart Vehicles');
    expect(r.sections.map((s) => s.heading)).toEqual([
      'Evaluating Data Security in Chinese Drones and Smart Vehicles',
      'About the authors',
      'China Knowledge Network',
      'LeidenAsiaCentre',
    ]);
    expect(paragraphCounts(CREEMERS)).toEqual([5, 3, 1, 1]);
  });
  it('has no footnotes (the source dropped its marks)', () => {
    expect(r.footnotes).toEqual([]);
    expect(r.warnings).toEqual([]);
  });
  it('gives stable sentence locators', () => {
    const s = r.sections[0].paragraphs[2].sentences;
    expect(s[6].locator).toBe('sec_1.p_3.s_7');
    expect(s[6].text).toMatch(/^At the time of writing, the Countering CCP Drones Act/);
    expect(s[7].text).toMatch(/^This would, amongst others, ban new DJI UAVs/);
    expect(parseReport(corpusSource(CREEMERS))).toEqual(r);
  });
});

describe('markdown adapter: USCC report', () => {
  const r = parseReport(corpusSource(USCC));
  it('reads headings of all levels and counts body paragraphs without footnotes', () => {
    expect(r.sections).toHaveLength(8);
    expect(r.sections[0].heading).toBe("China's Internet of Things");
    expect(r.sections[4]).toMatchObject({ heading: "China's Race to Set International Technical Standards", level: 4 });
    expect(paragraphCounts(USCC)).toEqual([5, 3, 4, 7, 7, 8, 13, 2]);
    const all = r.sections.flatMap((s) => s.paragraphs.map((p) => p.text)).join('\n');
    expect(all).not.toMatch(/Dan Littmann|Spending Guide|sup>|&lt;|\\_/);
  });
  it('parses the escaped footnote bodies with their URLs', () => {
    expect(r.footnotes.map((f) => f.mark)).toEqual(['1', '2']);
    expect(r.footnotes[0].urls).toEqual([
      'https://www2.deloitte.com/content/dam/Deloitte/us/Documents/technology-media-telecommunications/us-tmt-5g-deployment-imperative.pdf?mod=article_inline',
    ]);
    expect(r.footnotes[1].urls).toEqual(['https://www.idc.com/getdoc.jsp?containerId=IDC_P29475']);
  });
  it('attaches footnote marks to the sentence they follow', () => {
    const find = (loc: string) => r.sections.flatMap((s) => s.paragraphs.flatMap((p) => p.sentences)).find((s) => s.locator === loc);
    expect(find('sec_3.p_3.s_6')?.footnotes).toEqual(['1']);
    expect(find('sec_3.p_3.s_6')?.text).toMatch(/lead early 5G deployment\.$/);
    expect(find('sec_4.p_1.s_5')?.footnotes).toEqual(['2']);
  });
  it('re-joins the paragraph split by a page break and says so', () => {
    const p = r.sections[2].paragraphs[3];
    expect(p.text).toMatch(/The Chinese government is unlikely to show much consideration/);
    expect(r.warnings).toEqual([expect.stringMatching(/re-joined a paragraph/)]);
  });
  it('keeps "U.S." and "approx." inside sentences', () => {
    const s = r.sections[2].paragraphs[0].sentences;
    expect(s[5].text).toBe('How will U.S. consumer data be used and protected here and abroad?');
  });
});

describe('strictness and format choice', () => {
  it('rejects an empty document naming the file', () => {
    expect(() => parseReport(textSource('  \n', 'text', 'empty'))).toThrow(DocumentError);
    expect(() => parseReport(textSource('  \n', 'text', 'empty'))).toThrow(/empty\.text: empty document/);
  });
  it('rejects a document with headings but no paragraphs', () => {
    expect(() => parseReport(textSource('# Title\n\n## Part\n', 'markdown', 'bare'))).toThrow(/no body paragraphs/);
    expect(() => parseReport(textSource('<html><body><h1>T</h1></body></html>', 'html', 'bare'))).toThrow(/no body paragraphs/);
  });
  it('refuses a non-report format', () => {
    expect(() => parseReport(textSource('{}', 'json', 'j'))).toThrow(/not a report format/);
  });
  it('sniffs the format when the manifest does not say', () => {
    expect(sniff('<!doctype html><p>x</p>')).toBe('html');
    expect(sniff('# Title\n\nText.')).toBe('markdown');
    expect(sniff('Title\n\nText.')).toBe('text');
  });
  it('reads Markdown [^n] footnotes and plain-text Notes sections', () => {
    const md = parseReport(textSource('# T\n\nA claim.[^1] Another.\n\n[^1]: See https://example.org/a.\n', 'markdown', 'm'));
    expect(md.footnotes).toEqual([{ mark: '1', text: 'See https://example.org/a.', urls: ['https://example.org/a'] }]);
    expect(md.sections[0].paragraphs[0].sentences[0].footnotes).toEqual(['1']);
    const txt = parseReport(textSource('Title\n\nA long claim that goes on.[1] Then more.\n\nNotes\n\n1 Source at https://example.org/b\n', 'text', 't'));
    expect(txt.footnotes).toEqual([{ mark: '1', text: 'Source at https://example.org/b', urls: ['https://example.org/b'] }]);
    expect(txt.sections.map((s) => s.heading)).toEqual(['Title', 'Notes']);
    expect(txt.sections[1].paragraphs).toEqual([]);
  });
  it('reads a plain-text line that opens in lower case as the rest of the paragraph before it, after an abbreviation too', () => {
    // Own text: a block of long lines (one paragraph a line), one broken after "Ltd." before "and".
    const long = 'The Norland Maritime Administration has issued a notice under the Valdmark Crane Safety Act that requires every port operator to remove the harbour cranes';
    const txt = parseReport(textSource(`Title\n\n${long}\nmade by Kestrel Cranes Ltd.\nand Orvik Hoists Inc. from its quays by the end of the year.\nA second paragraph follows.\n`, 'text', 't'));
    expect(txt.sections[0].paragraphs.map((p) => p.text)).toEqual([`${long} made by Kestrel Cranes Ltd. and Orvik Hoists Inc. from its quays by the end of the year.`, 'A second paragraph follows.']);
  });
  it('reads a caret note "^N text" on a line of its own and its "^N" mark after a word as a footnote, no body text', () => {
    const md = parseReport(textSource('# T\n\nThe Harbour Agency issued its order on quay cranes.^1 It covers 40 m^2 of quay.\n\n---\n\n^1 91 FR 10234 (Mar. 2, 2031).\n', 'markdown', 'm'));
    expect(md.footnotes.map((f) => [f.mark, f.text])).toEqual([['1', '91 FR 10234 (Mar. 2, 2031).']]);
    const [p] = md.sections[0].paragraphs;
    expect(md.sections[0].paragraphs).toHaveLength(1);
    expect(p.sentences.map((s) => s.text)).toEqual(['The Harbour Agency issued its order on quay cranes.', 'It covers 40 m^2 of quay.']);
    expect(p.sentences[0].footnotes).toEqual(['1']);
    // With no caret note, a caret stays text ("m^2", a formula's "x^3").
    const plain = parseReport(textSource('# T\n\nThe hall covers 40 m^2 and x^3 grows.\n', 'markdown', 'm'));
    expect(plain.sections[0].paragraphs[0].text).toBe('The hall covers 40 m^2 and x^3 grows.');
    expect(plain.footnotes).toEqual([]);
  });
  it('reads a link to a note in the same file whose text is its number as a footnote mark', () => {
    const md = parseReport(textSource('# T\n\nActs A 1/2 [(4)](#ntr4-x) and B 3/4 [(5)](#ntr5-x) apply. See [the annex](#annex).\n\n[(4)](#ntc4-x)  Act A.\n\n[(5)](#ntc5-x)  Act B.\n', 'markdown', 'm'));
    const s = md.sections[0].paragraphs[0].sentences;
    expect(s.map((x) => x.text)).toEqual(['Acts A 1/2 and B 3/4 apply.', 'See the annex.']);
    expect(s[0].footnotes).toEqual(['4', '5']);
    // The notes linked back stay paragraphs of text (a cut of an act's last article holds them).
    expect(md.sections[0].paragraphs.slice(1).map((p) => p.text)).toEqual(['Act A.', 'Act B.']);
  });
  it('reads a consolidated call-out "( [N](#E…) )" as a mark, its parentheses with it, starred or not', () => {
    const md = parseReport(textSource('# T\n\nActs of the Council ( [3](#E0005) ) and of the Commission ( [\\*1](#E0003) ) apply.\n', 'markdown', 'm'));
    const [s] = md.sections[0].paragraphs[0].sentences;
    expect(s.text).toBe('Acts of the Council and of the Commission apply.');
    expect(s.footnotes).toEqual(['3', '*1']);
  });
  it('reads a note that opens with its own printed mark without the mark, the id naming the same mark', () => {
    const html = parseReport(
      textSource('<html><body><h1>T</h1><p>Drones.<sup>2</sup></p><div class="notes"><p id="fn-2"><sup>2</sup> Order of the Council, section 4.</p></div></body></html>', 'html', 'h'),
    );
    expect(html.footnotes.map((f) => [f.mark, f.text])).toEqual([['2', 'Order of the Council, section 4.']]);
  });
  it('takes soft hyphens out of an HTML report\'s words', () => {
    const html = parseReport(textSource('<html><body><h1>T</h1><p>A sig&shy;nif&shy;i&shy;cant number of drones.</p></body></html>', 'html', 'h'));
    expect(html.sections[0].paragraphs[0].text).toBe('A significant number of drones.');
  });
  it('marks the list items of Markdown and HTML as items', () => {
    const md = parseReport(textSource('# T\n\nThe Act:\n\n- Bans X.\n2. Bans Y.\n\nAfter.\n', 'markdown', 'm'));
    expect(md.sections[0].paragraphs.map((p) => p.item ?? false)).toEqual([false, true, true, false]);
    const html = parseReport(textSource('<html><body><h1>T</h1><p>The Act:</p><ul><li>Bans X.</li></ul></body></html>', 'html', 'h'));
    expect(html.sections[0].paragraphs.map((p) => p.item ?? false)).toEqual([false, true]);
  });
});

describe('markdown adapter: EUR-Lex list points', () => {
  it('keeps an enumerator alone on its line with its point, whatever the point opens with', () => {
    const r = parseReport(textSource('# T\n\nThe Act does not apply to harbour cranes to which the following acts apply:\n\n(a)\u00a0\n\nRegulation (EU) 2017/745;\n\n(b)\u00a0\n\nthe Valdmark Crane Safety Act.\n', 'markdown'));
    expect(r.sections[0].paragraphs.map((p) => p.text)).toEqual([
      'The Act does not apply to harbour cranes to which the following acts apply:',
      '(a) Regulation (EU) 2017/745;',
      '(b) the Valdmark Crane Safety Act.',
    ]);
  });
});
