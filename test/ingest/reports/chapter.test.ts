// Definitions a US Code section read as a report inherits from the sections of its folder (own fictional
// sections of a title 99, written to a temporary folder).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../ingest/catalog/index.ts';
import type { SourceFile } from '../../../ingest/model.ts';
import { inheritedDefinitions } from '../../../ingest/reports/chapter.ts';
import { parseReport } from '../../../ingest/reports/index.ts';
import { analyseReport } from '../../../ingest/reports/records.ts';
import { surfaceIdsOf } from '../one-sentence.ts';

const NS = 'http://xml.house.gov/schemas/uslm/1.0';
const credit = (law: string, sec: number): string => `<sourceCredit>(<ref href="/us/pl/${law}/s${sec}">Pub. L. ${law.replace('/', '–')}, § ${sec}</ref>.)</sourceCredit>`;
const section = (title: number, sec: number, law: string, body: string, notes = ''): string =>
  `<?xml version="1.0"?><section xmlns="${NS}" identifier="/us/usc/t${title}/s${sec}"><num>§ ${sec}.</num><heading> Section ${sec}</heading>${body}${credit(law, sec)}${notes}</section>`;
const definitions = (scope: string, term: string, name: string, sec: number, n: number): string =>
  `<chapeau>In this ${scope}:</chapeau><paragraph identifier="/us/usc/t99/s${sec}/${n}"><num>(${n})</num><content><p>The term “${term}” means the ${name}.</p></content></paragraph>`;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lawgraph-chapter-'));
const write = (name: string, xml: string): void => fs.writeFileSync(path.join(dir, name), xml);
write('s9.xml', section(99, 9, '201/5', definitions('chapter', 'Board', 'Norland Ports Board', 9, 1)));
write('s10.xml', section(99, 10, '201/5', '<content><p>In this section, the term “Office” means the Norland Rail Office.</p></content>'));
write('s11.xml', section(99, 11, '202/7', definitions('chapter', 'Registry', 'Norland Cargo Registry', 11, 1)));
write('s12.xml', section(99, 12, '203/1', definitions('title', 'Minister', 'Norland Minister of Ports', 12, 1)));
write('s13.xml', section(99, 13, '201/5', '', `<notes><note><p>In this chapter, the term “Council” means the Norland Ports Council.</p></note></notes>`));
write('s14.xml', section(98, 14, '201/5', definitions('chapter', 'Agency', 'Norland Cargo Agency', 14, 1)));
write('s1.xml', section(99, 1, '201/5', '<content><p>The Board shall publish a list, and the Office and the Registry shall keep it.</p></content>'));
// A chapter that defines a term by a description, and a section that names it once.
const described = fs.mkdtempSync(path.join(os.tmpdir(), 'lawgraph-chapter-'));
fs.writeFileSync(
  path.join(described, 's20.xml'),
  section(99, 20, '201/5', '<chapeau>In this chapter:</chapeau><paragraph identifier="/us/usc/t99/s20/1"><num>(1)</num><content><p>The term “tidal relay service” has the meaning given the term “tidal link” in section 7.</p></content></paragraph>'),
);
fs.writeFileSync(path.join(described, 's21.xml'), section(99, 21, '201/5', '<content><p>A grant may not be used to buy equipment for the provision of tidal relay service.</p></content>'));
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.rmSync(described, { recursive: true, force: true });
});

const source = (name: string): SourceFile => ({
  path: path.join(dir, name),
  entry: { id: name, title: name, jurisdiction: 'us', kind: 'report', language: 'en', format: 'xml', file: name },
  text: fs.readFileSync(path.join(dir, name), 'utf8'),
  sha256: '',
});

describe('inherited definitions', () => {
  it('takes chapter definitions from sections of the same title and enacting law, title definitions from the title', () => {
    expect(inheritedDefinitions(source('s1.xml')).map((d) => `${d.term}=${d.name} (${d.scope}, ${d.locator})`)).toEqual([
      'Minister=Norland Minister of Ports (title, s12.xml#/us/usc/t99/s12/1)',
      'Board=Norland Ports Board (chapter, s9.xml#/us/usc/t99/s9/1)',
    ]);
  });
  it('inherits nothing for a text that is no US Code section', () => {
    expect(inheritedDefinitions({ ...source('s1.xml'), text: '<?xml version="1.0"?><doc><p>The Board met.</p></doc>' })).toEqual([]);
  });
  it('takes a term defined by a description without a name, and keeps the phrase that names it once', () => {
    const file: SourceFile = { ...source('s1.xml'), path: path.join(described, 's21.xml'), text: fs.readFileSync(path.join(described, 's21.xml'), 'utf8') };
    expect(inheritedDefinitions(file).map((d) => `${d.term}=${d.name}`)).toEqual(['tidal relay service=undefined']);
    const { rec } = analyseReport(parseReport(file), loadCatalog(), file.entry);
    expect(rec.entities.map((e) => e.name)).toContain('tidal relay service');
  });
  it('resolves the term in the section read as a report', () => {
    const file = source('s1.xml');
    const { rec } = analyseReport(parseReport(file), loadCatalog(), file.entry);
    const mentions = surfaceIdsOf(rec);
    expect(mentions).toContain('Board=authority:~norland-ports-board');
    expect(mentions.filter((m) => /^(?:Office|Registry)=/.test(m))).toEqual([]);
  });
});
