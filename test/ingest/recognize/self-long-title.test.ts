// A bill's long title opens with its own words in capitals ("AN ACT relating to ...; prohibiting X ...", "A BILL To
// prohibit ..."): those name the act itself, so what the title says it does is the act's (grammar/instruments.yaml
// self.enacting title). Not "An act" in running text. Own sentences, an invented state.
import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../ingest/catalog/index.ts';
import type { ManifestEntry, SourceFile } from '../../../ingest/model.ts';
import { parseReport } from '../../../ingest/reports/index.ts';
import { analyseReport } from '../../../ingest/reports/records.ts';

const catalog = loadCatalog();
function read(markdown: string) {
  const e: ManifestEntry = { id: 'inline', title: 'inline', jurisdiction: 'intl', kind: 'report', language: 'en', format: 'markdown', file: 'inline.md' };
  const file: SourceFile = { path: 'inline.md', entry: e, text: markdown, sha256: crypto.createHash('sha256').update(markdown).digest('hex') };
  return analyseReport(parseReport(file), catalog, e);
}
const bill = (longTitle: string) =>
  [
    '# State of Varn: House Bill 12 (2027 Session)',
    '',
    longTitle,
    '',
    'Be it enacted by the Legislature of the State of Varn:',
    '',
    '**Section 1.** This act may be cited as the "Varn Harbour Technology Act."',
  ].join('\n');
const id = 'law:~varn-harbour-technology-act';
const selfMentions = (r: ReturnType<typeof read>): string[] => r.rec.sentences.flatMap((s) => s.mentions.filter((m) => m.via === 'self-reference').map((m) => m.surface));

describe("a bill's long title", () => {
  it('names the act itself, and what it says the act does is the act\'s', () => {
    const r = read(bill('AN ACT relating to harbour security; prohibiting port authorities from buying harbour cranes made by Tollan Heavy Industries Ltd.; providing an effective date.'));
    // The heading's bill by its number is the act too ("House Bill 12" enacts it).
    expect(selfMentions(r)).toEqual(['AN ACT', 'This act', 'House Bill 12']);
    const restricted = r.relations.filter((x) => x.start === id && x.type === 'RESTRICTS').map((x) => x.end);
    expect(restricted.length).toBeGreaterThan(0);
  });
  it('does the same for "A BILL To ..."', () => {
    expect(selfMentions(read(bill('A BILL To prohibit port authorities from buying harbour cranes made by Tollan Heavy Industries Ltd.')))).toEqual(['A BILL', 'This act', 'House Bill 12']);
  });
  it('names the act in a session law\'s sentence-case title too, across its citations of the state\'s code ("creating s. 311.44, V.S.;")', () => {
    const r = read(bill('An act relating to harbour security; creating s. 311.44, V.S.; prohibiting port authorities from buying harbour cranes made by Tollan Heavy Industries Ltd.; providing an effective date.'));
    expect(selfMentions(r)).toEqual(['An act', 'This act', 'House Bill 12']);
    const restricted = r.relations.filter((x) => x.start === id && x.type === 'RESTRICTS').map((x) => x.end);
    expect(restricted).toContain('company:~tollan-heavy-industries-ltd');
    expect(selfMentions(read(bill('An Act concerning harbour security and prohibiting port authorities from buying harbour cranes.')))).toEqual(['An Act', 'This act', 'House Bill 12']);
  });
  it('is no self-reference in lower case or without an enacting formula', () => {
    expect(selfMentions(read(bill('An act of the Legislature in 2020 prohibited port authorities from buying harbour cranes.')))).toEqual(['This act', 'House Bill 12']);
    expect(selfMentions(read('# A report\n\nAN ACT relating to harbour security was passed in 2020.'))).toEqual([]);
  });
});
