// The data files' value cache (ingest/data.ts): a text read before gives the same value from the cache as from the
// YAML reader, its problems are still reported at their lines, and what JSON cannot give back exactly is not kept.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';

type DataModule = typeof import('../../ingest/data.ts');

let dir: string;
/** A fresh copy of ingest/data.ts (its cache directory is read when it loads, its in-process memo empty). */
async function fresh(cacheDir: string): Promise<DataModule> {
  vi.resetModules();
  vi.stubEnv('LAWGRAPH_DATA_CACHE', cacheDir);
  return (await import('../../ingest/data.ts')) as DataModule;
}
const cached = () => fs.readdirSync(dir).filter((f) => f.endsWith('.json'));

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lawgraph-data-cache-'));
});
afterAll(() => {
  vi.unstubAllEnvs();
  fs.rmSync(dir, { recursive: true, force: true });
});

const schema = z.strictObject({ tools: z.array(z.strictObject({ id: z.string(), weight: z.number().positive() })) });

describe('the data value cache', () => {
  it('gives a text read before the same value, from the cache, in a fresh process', async () => {
    const text = 'tools:\n  - id: hammer\n    weight: 2\n  - id: saw\n    weight: 1.5 # light\n';
    const first = (await fresh(dir)).parseData('a.yaml', text, schema);
    expect(cached()).toHaveLength(1);
    const file = path.join(dir, cached()[0] as string);
    // What the next process reads is the file: a value written there is the one it gets.
    fs.writeFileSync(file, JSON.stringify({ tools: [{ id: 'from-cache', weight: 3 }] }));
    const again = await fresh(dir);
    expect(again.parseData('a.yaml', text, schema)).toEqual({ tools: [{ id: 'from-cache', weight: 3 }] });
    fs.writeFileSync(file, JSON.stringify(first));
    expect((await fresh(dir)).parseData('a.yaml', text, schema)).toEqual({ tools: [{ id: 'hammer', weight: 2 }, { id: 'saw', weight: 1.5 }] });
  });

  it('reports a problem of a cached text at its line and column', async () => {
    const text = 'tools:\n  - id: hammer\n    weight: 2\n  - id: saw\n    weight: -1\n';
    const loader = await fresh(dir);
    const once = () => new loader.DataFile('b.yaml', text);
    const read = once();
    read.check(schema);
    const fromCache = (await fresh(dir)).DataFile;
    const again = new fromCache('b.yaml', text);
    again.check(schema);
    expect(again.issues).toEqual(read.issues);
    expect(again.issues.map((i) => [i.line, i.col])).toEqual([[5, 13]]);
  });

  it('keeps no text whose YAML has errors, and no value JSON would not give back exactly', async () => {
    const before = cached().length;
    const loader = await fresh(dir);
    expect(new loader.DataFile('c.yaml', 'a: [1, 2\n').valid).toBe(false);
    expect(new loader.DataFile('d.yaml', 'a: .inf\nb: -0.0\n').value).toEqual({ a: Number.POSITIVE_INFINITY, b: -0 });
    expect(cached()).toHaveLength(before);
  });

  it('reads the YAML again when a cache file is torn', async () => {
    const text = 'tools:\n  - id: drill\n    weight: 4\n';
    (await fresh(dir)).parseData('e.yaml', text, schema);
    const written = cached().map((f) => path.join(dir, f));
    for (const f of written) fs.writeFileSync(f, fs.readFileSync(f, 'utf8').slice(0, 5));
    expect((await fresh(dir)).parseData('e.yaml', text, schema)).toEqual({ tools: [{ id: 'drill', weight: 4 }] });
  });

  it('is off with LAWGRAPH_DATA_CACHE=off', async () => {
    const before = cached().length;
    const loader = await fresh('off');
    expect(loader.parseData('f.yaml', 'tools: []\n', schema)).toEqual({ tools: [] });
    expect(cached()).toHaveLength(before);
  });
});
