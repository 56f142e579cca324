// A bill whose heading does not name the act (a state's bill number, a session) but whose short-title section does
// ("This act may be cited as the "X Act"", "Sections 1 to 9 may be cited as X") is X: its "this act" and the
// short title's name are one Law, not the heading's title beside a second law named X. Own sentences, invented
// states and bodies.
import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../ingest/catalog/index.ts';
import type { ManifestEntry, SourceFile } from '../../../ingest/model.ts';
import { parseReport } from '../../../ingest/reports/index.ts';
import { analyseReport } from '../../../ingest/reports/records.ts';
import { surfaceIdsOf } from '../one-sentence.ts';

const catalog = loadCatalog();

function read(markdown: string) {
  const e: ManifestEntry = { id: 'inline', title: 'inline', jurisdiction: 'intl', kind: 'report', language: 'en', format: 'markdown', file: 'inline.md' };
  const file: SourceFile = { path: 'inline.md', entry: e, text: markdown, sha256: crypto.createHash('sha256').update(markdown).digest('hex') };
  return analyseReport(parseReport(file), catalog, e);
}
const laws = (r: ReturnType<typeof read>): string[] =>
  [...new Set(surfaceIdsOf(r.rec, 'Law'))];

describe('a short title names the act itself', () => {
  const bill = (shortTitle: string) =>
    [
      '# State of Varn: House Bill 212 (2027 Session)',
      '',
      'Be it enacted by the General Assembly of the State of Varn:',
      '',
      `**Section 1.** ${shortTitle}`,
      '',
      '**Section 2.** A state agency may not buy harbour cameras made by Tollan Vision Ltd. This act takes effect on July 1, 2027.',
    ].join('\n');

  it('takes "This act may be cited as the "X Act"" as the act itself', () => {
    const r = read(bill('This act may be cited as the "Varn Harbour Camera Security Act."'));
    const id = 'law:~varn-harbour-camera-security-act';
    // The heading's bill by its number is the act it enacts.
    expect(laws(r).sort()).toEqual([`House Bill 212=${id}`, `This act=${id}`, `Varn Harbour Camera Security Act=${id}`]);
  });

  it('takes a cited range of sections the same way ("Sections 1 to 9 may be cited as ...")', () => {
    const r = read(bill('Sections 1 to 9 of this act may be cited as the Varn Harbour Camera Security Act.'));
    const id = 'law:~varn-harbour-camera-security-act';
    expect(laws(r)).toContain(`Varn Harbour Camera Security Act=${id}`);
    expect(laws(r)).toContain(`This act=${id}`);
    expect(laws(r).filter((l) => !l.endsWith(`=${id}`))).toEqual([]);
  });

  it('keeps a heading that names the act, and another act cited stays another', () => {
    const r = read(
      [
        '# Varn Harbour Camera Security Act',
        '',
        'Be it enacted by the General Assembly of the State of Varn:',
        '',
        '**Section 1.** This act may be cited as the "Varn Harbour Camera Security Act."',
        '',
        '**Section 2.** This act amends the Varn Ports Act of 2001.',
      ].join('\n'),
    );
    expect(laws(r).sort()).toEqual(['This act=law:~varn-harbour-camera-security-act', 'Varn Harbour Camera Security Act=law:~varn-harbour-camera-security-act', 'Varn Ports Act of 2001=law:~varn-ports-act']);
  });

  it('keeps the heading as the name where no short title is given, and where the sentence is another act\'s short title', () => {
    const r = read(bill('Definitions. In this act, "harbour camera" means a camera at a port.'));
    expect(laws(r).every((l) => l.endsWith('=law:~state-of-varn-house-bill-212-2027-session'))).toBe(true);
    const other = read(bill('The Varn Ports Act of 2001 may be cited as the Varn Harbour Camera Security Act.'));
    expect(laws(other)).toContain('This act=law:~state-of-varn-house-bill-212-2027-session');
  });
});
