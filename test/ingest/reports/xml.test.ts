// XML read as a report (the text content of any vocabulary), declared as such by a manifest.
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../ingest/reports/index.ts';
import { textSource } from './helpers.ts';

describe('XML text adapter', () => {
  it('reads headings and blocks with their number labels', () => {
    const xml = `<?xml version="1.0"?><section><num>§ 9.</num><heading> Fictional rules</heading><subsection><num>(a)</num><content><p>The Norland Trade Commission shall publish a list.</p></content></subsection><subsection><num>(b)</num><chapeau>The list shall name—</chapeau><paragraph><num>(1)</num><content>lidar sensors; and</content></paragraph></subsection></section>`;
    const r = parseReport({ ...textSource(xml, 'xml'), entry: { ...textSource(xml, 'xml').entry, kind: 'report' } });
    expect(r.sections[0].heading).toBe('§ 9. Fictional rules');
    expect(r.sections.flatMap((s) => s.paragraphs.map((p) => p.text))).toEqual(['(a) The Norland Trade Commission shall publish a list.', '(b) The list shall name—', '(1) lidar sensors; and']);
  });
  it('is not a report format for a loose XML file that no statute format reads', () => {
    const source = textSource('<?xml version="1.0"?><x><p>text</p></x>', 'xml');
    expect(() => parseReport({ ...source, entry: { ...source.entry, kind: 'unknown' } })).toThrow(/not a report format/);
  });
});
