// Strict parsing: a gap, a duplicate or an empty body is a DocumentError naming the file and reason.
import { describe, expect, it } from 'vitest';
import { DocumentError } from '../../../ingest/model.ts';
import type { Provision } from '../../../ingest/model.ts';
import { checkManifestParts, checkSequence } from '../../../ingest/statutes/guards.ts';
import { parseStatute } from '../../../ingest/statutes/index.ts';
import { fixtureSource } from './helpers.ts';
import { thrown } from '../../thrown.ts';

const failure = (fn: () => unknown): DocumentError => thrown(DocumentError, fn);

const art = (order: number, number = String(order)): Provision => ({
  locator: Number.isInteger(order) ? `art_${order}` : `art_${String(order).replace('.', '_')}`,
  kind: 'article',
  number,
  order,
  text: 'x',
  paragraphs: [],
});

describe('count guards', () => {
  it('rejects a gap in article numbers', () => {
    const src = fixtureSource('cn-gap.md', 'markdown');
    const e = failure(() => parseStatute(src));
    expect(e.file).toBe(src.path);
    expect(e.reason).toBe('article numbers jump from 2 to 4');
  });

  it('rejects a duplicate article', () => {
    const src = fixtureSource('cn-duplicate.md', 'markdown');
    const e = failure(() => parseStatute(src));
    expect(e.file).toBe(src.path);
    expect(e.reason).toBe('duplicate article 第二条');
  });

  it('rejects an empty body', () => {
    const src = fixtureSource('cn-empty.md', 'markdown');
    const e = failure(() => parseStatute(src));
    expect(e.file).toBe(src.path);
    expect(e.reason).toBe('no articles found');
  });

  it('rejects a gap in recitals', () => {
    const src = fixtureSource('eu-recital-gap.en.md', 'markdown (converted from EUR-Lex)', { language: 'en' });
    expect(failure(() => parseStatute(src)).reason).toBe('recital numbers jump from 1 to 3');
  });

  it('accepts inserted 之一 articles, which are not gaps', () => {
    expect(() => checkSequence('f', [art(1), art(2), art(2.1), art(3)], 'article', { startAt: 1 })).not.toThrow();
    expect(failure(() => checkSequence('f', [art(1), art(2.1), art(3)], 'article')).reason).toBe('article numbers jump from 1 to 2.1');
    expect(failure(() => checkSequence('f', [art(2), art(3)], 'article', { startAt: 1 })).reason).toBe('article numbers start at 2, expected 1');
    expect(failure(() => checkSequence('f', [art(1), art(3), art(2)], 'article')).reason).toBe('article numbers jump from 1 to 3');
  });

  it('checks the parse against the manifest parts', () => {
    const entry = { id: 'x', title: 'x', jurisdiction: 'cn', kind: 'statute', language: 'zh', format: 'markdown', file: 'x', complete: { value: true, parts: 'Arts. 1-3' } };
    expect(() => checkManifestParts('f', entry, [art(1), art(2), art(3)])).not.toThrow();
    expect(failure(() => checkManifestParts('f', entry, [art(1), art(2)])).reason).toBe('manifest says articles 1-3, parsed 1-2 (2)');
  });
});
