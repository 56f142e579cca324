import { describe, expect, it } from 'vitest';
import { DocumentError } from '../../../ingest/model.ts';
import { chooseFormat, parseStatute } from '../../../ingest/statutes/index.ts';
import { parseCnMarkdown } from '../../../ingest/statutes/cn-markdown.ts';
import { parseEurlexMarkdown } from '../../../ingest/statutes/eurlex-markdown.ts';
import { parseFormex } from '../../../ingest/statutes/formex.ts';
import { fixtureSource } from './helpers.ts';

describe('adapter choice', () => {
  it('sniffs Chinese vs EUR-Lex Markdown under the same format', () => {
    expect(chooseFormat(fixtureSource('cn-inserted.md', 'markdown')).parse).toBe(parseCnMarkdown);
    expect(chooseFormat(fixtureSource('eu-recital-gap.en.md', 'markdown')).parse).toBe(parseEurlexMarkdown);
  });

  it('parses a standalone Formex annex, dropping notes and rendering quotes', () => {
    const src = fixtureSource('eu-annex.fmx.xml', 'xml (Formex)', { language: 'en' });
    expect(chooseFormat(src).parse).toBe(parseFormex);
    const [annex] = parseStatute(src).provisions;
    expect(annex).toMatchObject({ locator: 'anx_II', kind: 'annex', number: 'II', order: 2, heading: 'TEST SECTORS' });
    expect(annex.text).toBe('— Testing undertakings as defined in ‘tests’');
  });

  it('rejects an unknown format and content that does not match its format', () => {
    expect(() => parseStatute(fixtureSource('cn-inserted.md', 'docx'))).toThrow(DocumentError);
    expect(() => parseStatute(fixtureSource('cn-inserted.md', 'docx'))).toThrow(/unknown statute format "docx"/);
    expect(() => parseStatute(fixtureSource('cn-inserted.md', 'xml (Formex)'))).toThrow(/not Formex/);
    expect(() => parseStatute(fixtureSource('cn-inserted.md', 'json'))).toThrow(/invalid JSON/);
    expect(() => parseStatute(fixtureSource('cn-inserted.md', 'markdown', { kind: 'report' }))).toThrow(/not a statute/);
  });
});
