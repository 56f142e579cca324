// The line `lawgraph up` logs after checking the corpus of a loaded store says what the check did: "up to date"
// only when nothing was loaded again and nothing failed.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { checked, firstAnswered } from '../../cli/serve.ts';

const result = (documentId: string, status: 'loaded' | 'unchanged') => ({ documentId, status, nodes: 1, relationships: 0, ms: 1 });

describe('the corpus check of a loaded store', () => {
  it('is up to date when every document was unchanged', () => {
    expect(checked({ results: [result('a', 'unchanged'), result('b', 'unchanged')], failed: [] })).toBe('the store is up to date');
  });

  it('counts the documents loaded again and the failures', () => {
    expect(checked({ results: [result('a', 'loaded'), result('b', 'unchanged')], failed: [] })).toBe('1 document loaded again');
    expect(checked({ results: [result('a', 'loaded'), result('b', 'loaded')], failed: [{ file: 'c.md', reason: 'binary' }] })).toBe('2 documents loaded again, 1 failed (named above)');
    expect(checked({ results: [], failed: [{ file: 'c.md', reason: 'binary' }] })).toBe('0 documents loaded again, 1 failed (named above)');
  });
});

// The background work of a start (the first clicks' plans, the corpus check) waits for the server's first answer,
// or for a while when no request comes (cli/serve.ts firstAnswered).
describe('the first answer of a started server', () => {
  const serving = async (handler: http.RequestListener) => {
    const server = http.createServer(handler);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    return { server, url: `http://127.0.0.1:${port}/` };
  };

  it('settles once the first response is written, not when its request arrives', async () => {
    let arrived!: () => void;
    const came = new Promise<void>((resolve) => {
      arrived = resolve;
    });
    let answer!: () => void;
    const { server, url } = await serving((_req, res) => {
      answer = () => res.end('ok');
      arrived();
    });
    const events: string[] = [];
    const answered = firstAnswered(server, 60_000).then(() => events.push('settled'));
    const reply = fetch(url).then(async (r) => events.push(`reply ${await r.text()}`));
    try {
      await came;
      await new Promise((r) => setImmediate(r));
      expect(events).toEqual([]);
    } finally {
      answer();
      await Promise.all([answered, reply]);
      server.close();
    }
    expect(events).toContain('settled');
    expect(events).toContain('reply ok');
  });

  it('settles after the wait when no request comes', async () => {
    const { server } = await serving((_req, res) => res.end());
    try {
      let settled = false;
      const answered = firstAnswered(server, 30).then(() => {
        settled = true;
      });
      expect(settled).toBe(false);
      await answered;
      expect(settled).toBe(true);
    } finally {
      server.close();
    }
  });
});
