// The ingest progress display: documents done of the total, rows per second and time left, from a
// fake clock; plain lines (at most one per interval) off a terminal, one redrawn line on a terminal.
import { describe, expect, it } from 'vitest';
import { createProgress, formatDuration } from '../../cli/progress.ts';

function fakeStream(tty: boolean) {
  const writes: string[] = [];
  return { writes, stream: { isTTY: tty, columns: 60, write: (t: string) => writes.push(t) } };
}

const sizes = new Map([
  ['a', 100],
  ['b', 100],
  ['c', 200],
  ['d', 100],
]);

describe('progress', () => {
  it('prints plain progress lines off a terminal, weighting time left by document size', () => {
    let now = 0;
    const { writes, stream } = fakeStream(false);
    const p = createProgress({ sizes, stream, now: () => now, everyMs: 1000 });
    now = 500;
    p.log('lawgraph: loaded a');
    p.document({ documentId: 'a', status: 'loaded', rows: 100 }); // within the interval: no line
    now = 2000;
    p.document({ documentId: 'b', status: 'loaded', rows: 300 });
    now = 2500;
    p.document({ documentId: 'catalog', status: 'loaded', rows: 50 }); // rows, but not a listed document
    now = 3200;
    p.document({ documentId: 'c', status: 'failed', rows: 0 });
    now = 4000;
    p.document({ documentId: 'd', status: 'unchanged', rows: 100 });
    p.finish();
    expect(writes).toEqual([
      'lawgraph: loaded a\n',
      'lawgraph: progress 2/4 documents, 200 rows/s, about 3 s left\n',
      'lawgraph: progress 3/4 documents, 141 rows/s, about 1 s left\n',
      'lawgraph: progress 4/4 documents, 138 rows/s, done\n',
    ]);
  });

  it('redraws one status line on a terminal, keeping log lines above it', () => {
    let now = 0;
    const { writes, stream } = fakeStream(true);
    const p = createProgress({ sizes, stream, now: () => now });
    now = 1000;
    p.document({ documentId: 'a', status: 'loaded', rows: 1000 });
    p.log('lawgraph: loaded a');
    p.finish();
    expect(writes).toEqual([
      'lawgraph: 1/4 documents, 1000 rows/s, about 4 s left',
      '\r\x1b[2Klawgraph: loaded a\n',
      'lawgraph: 1/4 documents, 1000 rows/s, about 4 s left',
      '\r\x1b[2K',
    ]);
    expect(Math.max(...writes.map((w) => w.length))).toBeLessThan(60);
  });

  it('formats durations for people', () => {
    expect([formatDuration(400), formatDuration(59_000), formatDuration(125_000), formatDuration(3_780_000)]).toEqual(['1 s', '59 s', '2 min 5 s', '1 h 3 min']);
  });
});
