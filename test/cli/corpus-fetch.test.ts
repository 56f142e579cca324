// `lawgraph corpus fetch` against a local HTTP server standing in for the public repositories
// (LAWGRAPH_CORPUS_BASE_URL), serving this folder's own fixture documents: files are verified by
// sha256 (a bad hash is refused), a second run skips what is there, failures are named, and the
// fetched corpus extracts and loads exactly as its source.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchCorpus, MANIFEST, downloadUrl, readFetchManifest } from '../../cli/corpus.ts';
import { repoRoot } from '../../config.ts';
import type { Database } from '../../graph/database.ts';
import { loadDocument, removeDocument } from '../../graph/load.ts';
import { extractPaths, loadCatalog } from '../../ingest/run.ts';
import type { Extracted } from '../../ingest/extract.ts';
import { connectTestDb } from '../db.ts';

const source = path.join(import.meta.dirname, 'fixtures', 'corpus-source');
const sourceManifest = path.join(source, 'manifest.json');
const COMMIT = '0123456789abcdef0123456789abcdef01234567';
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lawgraph-fetch-'));
const requests: string[] = [];
let server: http.Server;
let base: string;

/** GET /example-org/fixture-laws/<commit>/<path>: the fixture file; anything else 404. */
function serve(req: http.IncomingMessage, res: http.ServerResponse): void {
  const url = decodeURIComponent(req.url ?? '');
  requests.push(url);
  const prefix = `/example-org/fixture-laws/${COMMIT}/`;
  const file = url.startsWith(prefix) ? path.join(source, url.slice(prefix.length)) : '';
  if (!file?.startsWith(source + path.sep) || !fs.existsSync(file)) return void res.writeHead(404).end('not found');
  res.writeHead(200).end(fs.readFileSync(file));
}

/** A variant of the fixture manifest, written to a temporary file. */
function manifestWith(change: (docs: Record<string, unknown>[]) => Record<string, unknown>[]): string {
  const { documents } = JSON.parse(fs.readFileSync(sourceManifest, 'utf8'));
  const file = path.join(tmp, `manifest-${Math.random().toString(36).slice(2)}.json`);
  fs.writeFileSync(file, JSON.stringify({ documents: change(documents) }));
  return file;
}

const fetchInto = (dir: string, manifest = sourceManifest) => fetchCorpus({ manifest, to: path.join(tmp, dir), baseUrl: base });

beforeAll(async () => {
  server = http.createServer(serve);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});

afterAll(() => {
  server.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('corpus fetch', () => {
  it('downloads each file from its recorded repository and commit, verified, and resumes', async () => {
    const first = await fetchInto('resume');
    expect(first.failed).toEqual([]);
    expect(first.fetched.sort()).toEqual(['fixture-fetch-report', 'fixture-fetch-statute']);
    expect(requests.some((r) => r.endsWith('statutes/测试数据条例.zh.md'))).toBe(true);
    for (const d of readFetchManifest(sourceManifest).documents as { file: string }[]) {
      expect(fs.readFileSync(path.join(first.dir, d.file))).toEqual(fs.readFileSync(path.join(source, d.file)));
    }
    const asked = requests.length;
    const second = await fetchInto('resume');
    expect([second.fetched, second.kept.sort(), requests.length]).toEqual([[], ['fixture-fetch-report', 'fixture-fetch-statute'], asked]);

    // A file changed on disk is not "done": it is fetched again.
    fs.appendFileSync(path.join(first.dir, 'reports/fixture-report.en.md'), 'tampered\n');
    const third = await fetchInto('resume');
    expect([third.fetched, third.kept]).toEqual([['fixture-fetch-report'], ['fixture-fetch-statute']]);
  });

  it('refuses a file whose sha256 differs from the manifest, and names every document it could not get', async () => {
    const manifest = manifestWith((docs) => [
      { ...docs[0], sha256: 'f'.repeat(64) },
      { ...docs[1], id: 'gone', source: { repo: 'example-org/fixture-laws', commit: COMMIT, path: 'nowhere.md' } },
      { ...docs[1], id: 'seed', source: 'seed document given with the mission' },
      { ...docs[1], id: 'escape', file: '../outside.md' },
      { ...docs[1], id: 'official', file: 'official/report.md', source: { url: `${base}/example-org/fixture-laws/${COMMIT}/${docs[1]!.file}` } },
    ]);
    const r = await fetchInto('bad', manifest);
    const reasons = Object.fromEntries(r.failed.map((f) => [f.id, f.reason]));
    expect(Object.keys(reasons).sort()).toEqual(['escape', 'fixture-fetch-statute', 'gone', 'seed']);
    expect(reasons['fixture-fetch-statute']).toMatch(/sha256 [0-9a-f]{64} of .* does not match the manifest's f{64}; not saved/);
    expect(reasons.gone).toMatch(/HTTP 404/);
    expect(reasons.seed).toMatch(/no public download recorded/);
    expect(reasons.escape).toMatch(/outside the corpus folder/);
    expect(r.fetched).toEqual(['official']);
    expect(fs.existsSync(path.join(r.dir, 'statutes'))).toBe(false); // nothing of the refused file, no .part
    expect(fs.existsSync(path.join(tmp, 'outside.md'))).toBe(false);
    const own = JSON.parse(fs.readFileSync(path.join(r.dir, 'manifest.json'), 'utf8'));
    expect(own.documents.map((d: { id: string }) => d.id)).toEqual(['official']);
  });

  it('is the `lawgraph corpus fetch` command: exit 0 when all arrived, 2 when some did not', async () => {
    // Asynchronous: the stand-in server runs in this process.
    const cli = (...args: string[]) =>
      new Promise<{ status: number | null; stderr: string }>((resolve) => {
        const env = { ...process.env, LAWGRAPH_CORPUS_BASE_URL: base };
        const child = spawn(process.execPath, [path.join(repoRoot, 'bin', 'lawgraph.js'), 'corpus', 'fetch', ...args], { env });
        let stderr = '';
        child.stderr.on('data', (d) => (stderr += d));
        child.on('close', (status) => resolve({ status, stderr }));
      });
    const ok = await cli('--manifest', sourceManifest, '--to', path.join(tmp, 'cli'));
    expect([ok.status, ok.stderr]).toEqual([0, expect.stringMatching(/2 fetched, 0 already there, 0 failed/)]);
    const bad = await cli('--manifest', manifestWith((docs) => [{ ...docs[0], sha256: '0'.repeat(64) }]), '--to', path.join(tmp, 'cli-bad'));
    expect([bad.status, bad.stderr]).toEqual([2, expect.stringMatching(/not fetched: fixture-fetch-statute: sha256/)]);
  });

  it('the repository manifest agrees with ../shared/corpus where it exists, and names a download for each repository source', () => {
    const repo = readFetchManifest(MANIFEST).documents as { id: string; file: string; sha256: string; source: unknown }[];
    const shared = path.join(repoRoot, '..', 'shared', 'corpus', 'manifest.json');
    if (fs.existsSync(shared)) {
      const key = (d: { id: string; file: string; sha256: string }) => `${d.id} ${d.file} ${d.sha256}`;
      expect(repo.map(key).sort()).toEqual((readFetchManifest(shared).documents as typeof repo).map(key).sort());
    }
    for (const d of repo) {
      const url = downloadUrl(d.source, 'https://raw.githubusercontent.com');
      // Either a file at a pinned commit, or a text saying where it came from (reported, not fetched).
      if (url) expect(url).toMatch(/^https:\/\/raw\.githubusercontent\.com\/[\w.-]+\/[\w.-]+\/[0-9a-f]{40}\/.+/);
      else expect(typeof d.source).toBe('string');
    }
  });
});

describe('a fetched corpus', () => {
  let db: Database;
  const ids = ['fixture-fetch-statute', 'fixture-fetch-report'];
  beforeAll(async () => {
    db = await connectTestDb();
    for (const id of ids) await removeDocument(db, id);
  });
  afterAll(async () => {
    for (const id of ids) await removeDocument(db, id);
    await db.close();
  });

  async function extracted(dir: string): Promise<Extracted[]> {
    const docs: Extracted[] = [];
    const { failed } = await extractPaths([dir], loadCatalog(), { onDocument: (d) => void docs.push(d) });
    expect(failed).toEqual([]);
    return docs;
  }

  it('extracts and loads exactly as its source', async () => {
    const r = await fetchInto('same');
    const [fromSource, fromFetched] = [await extracted(source), await extracted(r.dir)];
    expect(fromFetched.map((d) => d.records)).toEqual(fromSource.map((d) => d.records));
    for (const doc of fromSource) expect((await loadDocument(db, doc)).status).toBe('loaded');
    // Same bytes, same extractor: the loader sees the fetched documents as the ones already loaded.
    for (const doc of fromFetched) expect((await loadDocument(db, doc)).status).toBe('unchanged');
  });
});
