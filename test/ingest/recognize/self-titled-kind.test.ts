// A document titled by its kind ("EXPORT LICENSING NOTICE") that calls itself "this Notice" is that instrument, named by
// its title, so its own statements have their actor (self.ts titledKind, grammar/instruments.yaml self `titled-kinds`); a
// report titled otherwise, or one saying "this notice" of a notice it discusses, is none. helper-412 (issue 15). Own
// text, an invented notice.
import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../ingest/catalog/index.ts';
import type { ManifestEntry, SourceFile } from '../../../ingest/model.ts';
import { parseReport } from '../../../ingest/reports/index.ts';
import { analyseReport } from '../../../ingest/reports/records.ts';

const catalog = loadCatalog();

function read(text: string) {
  const e: ManifestEntry = { id: 'inline', title: 'inline', jurisdiction: 'gb', kind: 'report', language: 'en', format: 'text', file: 'inline.txt' };
  const file: SourceFile = { path: 'inline.txt', entry: e, text, sha256: crypto.createHash('sha256').update(text).digest('hex') };
  return analyseReport(parseReport(file), catalog, e);
}

const body = (self: string) =>
  ['1. Introduction', '', `1.1 The entities listed in the Annex to ${self} are subject to an asset freeze.`, '', `1.2 ${self[0].toUpperCase()}${self.slice(1)} also restricts exports of gyroscopes.`];

describe('a document titled by its kind', () => {
  it('is the instrument its title names when it calls itself "this Notice"', () => {
    const r = read(['EXPORT LICENSING NOTICE', '', ...body('this Notice')].join('\n'));
    const notice = r.rec.entities.find((e) => e.label === 'Law' && e.name === 'EXPORT LICENSING NOTICE');
    expect(notice).toBeDefined();
    expect(r.relations.some((x) => x.type === 'RESTRICTS' && x.start === notice?.id)).toBe(true);
  });
  it('is none when the text says "this notice" in lower case, or its title ends in no kind word', () => {
    expect(read(['EXPORT LICENSING NOTICE', '', ...body('this notice')].join('\n')).rec.entities.filter((e) => e.label === 'Law').map((e) => e.name)).not.toContain('EXPORT LICENSING NOTICE');
    expect(read(['EXPORT LICENSING UPDATE', '', ...body('this Notice')].join('\n')).rec.entities.filter((e) => e.label === 'Law').map((e) => e.name)).not.toContain('EXPORT LICENSING UPDATE');
  });
});
