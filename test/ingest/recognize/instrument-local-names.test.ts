// Names that identify an instrument only inside their document (grammar/instruments.yaml `local`): "Annex IV" (of which
// act?), "Order No. 3 of 2024" (whose?), "H.R. 3919" (of which Congress?) get an id of their document, so two documents'
// annexes are never one node by the name; a name that identifies its act everywhere keeps one id. Own sentences.
import { describe, expect, it } from 'vitest';
import { recognise } from '../../../ingest/recognize/index.ts';
import { Matcher } from '../../../ingest/recognize/matcher.ts';
import { parseReport } from '../../../ingest/reports/index.ts';
import { textSource } from '../reports/helpers.ts';
import { mentionsOf } from '../one-sentence.ts';

const empty = new Matcher([], []);
/** surface -> id of the Law mentions a markdown text makes, read as the document `documentId`. */
const laws = (md: string, documentId: string): Map<string, string> =>
  new Map(
    mentionsOf(recognise(parseReport(textSource(md, 'markdown', documentId)), empty, { documentId }), 'Law').map((m) => [m.surface, m.id]),
  );

const TEXT = '# Note\n\nThe Council added Harrow Optics Ltd to Annex IV. The Ministry issued Order No. 3 of 2024, and Regulation (EU) 2019/881 applies.\n';

describe('a name that identifies its instrument only inside its document', () => {
  it('is one node within the document and another in another document', () => {
    const a = laws(TEXT, 'report-a');
    const b = laws(TEXT, 'report-b');
    for (const surface of ['Annex IV', 'Order No. 3 of 2024']) {
      expect(a.get(surface)).toMatch(/^law:~/);
      expect(b.get(surface)).toMatch(/^law:~/);
      expect(a.get(surface)).not.toBe(b.get(surface));
    }
    const again = laws(`${TEXT}\nIt later added Kestrel Trading to Annex IV.\n`, 'report-a');
    expect(again.get('Annex IV')).toBe(a.get('Annex IV'));
  });
  it('is local where the group that would identify it is missing: a Chinese announcement without its issuer', () => {
    const zh = '# 通知\n\n根据公告2023年第27号，有关物项实施出口管制。根据商务部公告2023年第28号，另有物项实施出口管制。\n';
    const a = laws(zh, 'report-a');
    const b = laws(zh, 'report-b');
    expect(a.get('公告2023年第27号')).toMatch(/^law:~/);
    expect(a.get('公告2023年第27号')).not.toBe(b.get('公告2023年第27号'));
    expect(a.get('商务部公告2023年第28号')).toMatch(/^law:~/);
    expect(a.get('商务部公告2023年第28号')).toBe(b.get('商务部公告2023年第28号'));
  });
  it('leaves a name that identifies its act everywhere one node across documents', () => {
    const id = laws(TEXT, 'report-a').get('Regulation (EU) 2019/881');
    expect(id).toMatch(/^law:/);
    expect(laws(TEXT, 'report-b').get('Regulation (EU) 2019/881')).toBe(id);
  });
});
