// A fact sheet that announces an order and writes its title between commas after it ("signed an Executive Order,
// <Title>, that ...") binds its "the Order" to that order, named by the title, not by the fact sheet's own heading.
// Own sentences, an invented order.
import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../ingest/catalog/index.ts';
import type { ManifestEntry, SourceFile } from '../../../ingest/model.ts';
import { findInstruments } from '../../../ingest/recognize/instruments.ts';
import { parseReport } from '../../../ingest/reports/index.ts';
import { analyseReport } from '../../../ingest/reports/records.ts';

const catalog = loadCatalog();

function read(markdown: string) {
  const e: ManifestEntry = { id: 'inline', title: 'inline', jurisdiction: 'us', kind: 'report', language: 'en', format: 'markdown', file: 'inline.md' };
  const file: SourceFile = { path: 'inline.md', entry: e, text: markdown, sha256: crypto.createHash('sha256').update(markdown).digest('hex') };
  return analyseReport(parseReport(file), catalog, e);
}

describe("an announced order's title", () => {
  it('is an instrument after a capitalised "an Executive Order," with no number', () => {
    expect(findInstruments('The President signed an Executive Order, Protecting Harbour Cranes From Remote Access, that bans them.').map((f) => f.name)).toEqual([
      'Protecting Harbour Cranes From Remote Access',
    ]);
  });
  it("names the order the fact sheet's \"the Order\" refers to", () => {
    const r = read(
      [
        '# Fact Sheet: President Alder Protects Our Ports',
        '',
        'Today, President Alder signed an Executive Order, Protecting Harbour Cranes From Remote Access, that closes a gap.',
        '',
        'The Order:',
        '',
        '- Bans the purchase of remotely accessible harbour cranes by federal agencies.',
      ].join('\n'),
    );
    const laws = r.rec.entities.filter((e) => e.label === 'Law');
    expect(laws.map((e) => e.name)).toEqual(['Protecting Harbour Cranes From Remote Access']);
    const order = laws[0].id;
    const theOrder = r.rec.sentences.flatMap((s) => s.mentions).filter((m) => m.surface === 'The Order');
    expect(theOrder.map((m) => m.id)).toEqual([order]);
  });
});
