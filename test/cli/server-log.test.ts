// The server's structured log: one pino JSON line per HTTP request, carrying the request id the API
// puts in its x-request-id header and in its errors; the level comes from LAWGRAPH_LOG_LEVEL.
import { Writable } from 'node:stream';
import type http from 'node:http';
import { describe, expect, it } from 'vitest';
import { listen } from '../../api/listen.ts';
import { createApi } from '../../api/server.ts';
import { serverLogger } from '../../cli/logger.ts';
import { loadConfig } from '../../config.ts';
import { useTestDb } from '../db.ts';

const db = useTestDb();

async function withServer(level: string, fn: (url: string) => Promise<void>): Promise<Record<string, unknown>[]> {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk, _enc, done) {
      for (const l of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(l));
      done();
    },
  });
  const logger = serverLogger(level, sink);
  const server: http.Server = await listen(createApi({ db, logger }), 0, '127.0.0.1', logger);
  try {
    await fn(`http://127.0.0.1:${(server.address() as { port: number }).port}/graphql`);
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
  await new Promise((resolve) => setTimeout(resolve, 50)); // the last 'close' events
  return lines;
}

const post = (url: string, query: string, headers: Record<string, string> = {}) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }) });

describe('server log', () => {
  it('writes one line per request with the request id of the response and its errors', async () => {
    const seen: { id: string | null; status: number; errorId?: string }[] = [];
    const lines = await withServer('info', async (url) => {
      const given = await post(url, '{ stats { documents } }', { 'x-request-id': 'client-id-1' });
      seen.push({ id: given.headers.get('x-request-id'), status: given.status });
      const made = await post(url, '{ stats { documents } }');
      seen.push({ id: made.headers.get('x-request-id'), status: made.status });
      const bad = await post(url, '{ nosuchfield }');
      seen.push({ id: bad.headers.get('x-request-id'), status: bad.status, errorId: (await bad.json()).errors[0].extensions.requestId });
    });
    const requests = lines.filter((l) => l.msg === 'request');
    expect(requests).toHaveLength(3);
    expect(seen[0]!.id).toBe('client-id-1');
    expect(seen[2]!.errorId).toBe(seen[2]!.id);
    requests.forEach((line, i) => {
      expect(line).toMatchObject({ name: 'lawgraph', level: 30, reqId: seen[i]!.id, method: 'POST', path: '/graphql', status: seen[i]!.status });
      expect(line.ms).toBeTypeOf('number');
    });
  });

  it('takes its level from LAWGRAPH_LOG_LEVEL: at warn, requests are not logged', async () => {
    const { logLevel } = loadConfig({ LAWGRAPH_LOG_LEVEL: 'warn' });
    const lines = await withServer(logLevel, async (url) => {
      await post(url, '{ stats { documents } }');
    });
    expect(lines).toEqual([]);
    expect(() => loadConfig({ LAWGRAPH_LOG_LEVEL: 'chatty' })).toThrow(/LAWGRAPH_LOG_LEVEL must be one of/);
  });
});
