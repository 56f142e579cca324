// The PDF and Word adapters on files real producers wrote from reports of our own (test/fixtures/printed/: headless
// Chromium's PDFs, pandoc's DOCX; print.sh). Each file is read against the HTML it was printed from
// (bench/pdf-fidelity.ts): the words, headings, notes, entities and relations should be the HTML's.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../ingest/catalog/index.ts';
import { fidelity, PRINTED } from '../../../bench/pdf-fidelity.ts';

const catalog = loadCatalog();
const read = (name: string) => fidelity(path.join(PRINTED, `${name.replace(/(?:\.header)?\.(?:pdf|docx)$/, '')}.html`), path.join(PRINTED, name), catalog);

describe('PDFs printed by headless Chromium', () => {
  it('joins a word broken at a line end with the hyphen Chromium writes there (U+2010)', async () => {
    const f = await read('justified-hyphenated.pdf');
    expect(f).toMatchObject({ lost: 0, added: 0, split: 0, joined: 0, moved: 0 });
  });
});
