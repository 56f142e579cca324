// `node bench/extract-ab.ts --a TREE_A --b TREE_B --corpus DIR[,DIR2…] [--only statutes|reports] [--rounds 2]`:
// two trees' extraction (e.g. a worktree of HEAD and the working tree) paired in one process, document by
// document, in thread CPU time: each document is extracted by A and by B in turn (the order alternating), so
// both see the same load on the machine, which moves CPU time too on a shared 2-core machine. Each tree is its
// own module graph (its own memos, JIT code, data). Every corpus is one round of each listed round; the first
// round over the first corpus is the cold one. Prints per corpus and round the CPU ms of A and B and B/A, and
// the median of the documents' B/A, and whether their outputs (records and summary, the extractor fingerprint left out) were identical;
// at the end, over the warm rounds, each format family's MB per CPU second in A and B (bench/extract-worker.ts's families).
import path from 'node:path';
import { parseArgs } from 'node:util';
import { collectItems, readSource } from '../ingest/corpus.ts';
import { type Extracted, formatName } from '../ingest/extract.ts';
import type { SourceFile } from '../ingest/model.ts';
import { isStatute } from '../ingest/statutes/index.ts';

const { values } = parseArgs({
  options: { a: { type: 'string' }, b: { type: 'string' }, corpus: { type: 'string' }, only: { type: 'string' }, rounds: { type: 'string', default: '1' } },
});
if (!values.a || !values.b || !values.corpus) throw new Error('usage: node bench/extract-ab.ts --a TREE --b TREE --corpus DIR[,DIR2] [--only statutes|reports] [--rounds 1]');

interface Tree {
  extractFile: (s: SourceFile, c: unknown) => Extracted;
  catalog: unknown;
}
async function tree(root: string): Promise<Tree> {
  const { extractFile } = (await import(path.resolve(root, 'ingest/extract.ts'))) as { extractFile: Tree['extractFile'] };
  const { loadCatalog } = (await import(path.resolve(root, 'ingest/run.ts'))) as { loadCatalog: () => unknown };
  return { extractFile, catalog: loadCatalog() };
}
const trees = [await tree(values.a), await tree(values.b)] as const;
const wanted = (file: SourceFile) => !values.only || (values.only === 'statutes') === isStatute(file);
const corpora = values.corpus.split(',').map((dir) => ({ dir, sources: collectItems([dir]).map(readSource).filter(wanted) }));

const cpu = () => {
  const u = process.threadCpuUsage();
  return (u.user + u.system) / 1000;
};
const output = (t: Tree, s: SourceFile): { ms: number; out: string } => {
  const t0 = cpu();
  let out: string;
  try {
    const { extractor: _, ...doc } = t.extractFile(s, t.catalog);
    const ms = cpu() - t0;
    out = JSON.stringify(doc);
    return { ms, out };
  } catch (err) {
    const ms = cpu() - t0;
    out = JSON.stringify({ failed: s.entry.id, reason: (err as Error).message });
    return { ms, out };
  }
};
let flip = false;
/** Over every round but the first corpus's first (the cold one): CPU totals and every document's B/A. */
const warm = { a: 0, b: 0, ratios: [] as number[] };
/** Per format family, over the warm rounds: bytes and each tree's CPU ms. */
const families = new Map<string, { bytes: number; a: number; b: number }>();
let first = true;
for (let round = 1; round <= Number(values.rounds); round++) {
  for (const { dir, sources } of corpora) {
    const ms = [0, 0];
    const ratios: number[] = [];
    let same = true;
    for (const s of sources) {
      flip = !flip;
      const order = flip ? [0, 1] : [1, 0];
      const outs: string[] = [];
      const pair = [0, 0];
      for (const i of order) {
        const r = output(trees[i as 0 | 1], s);
        ms[i] = (ms[i] as number) + r.ms;
        pair[i] = r.ms;
        outs[i] = r.out;
      }
      if (outs[0] !== outs[1]) same = false;
      // A document too small for the clock (0 ms in A) has no ratio: a NaN or Infinity would spoil the sorted quartiles.
      const ratio = (pair[1] as number) / (pair[0] as number);
      if (Number.isFinite(ratio)) ratios.push(ratio);
      if (!first) {
        const fam = formatName(s);
        const f = families.get(fam) ?? { bytes: 0, a: 0, b: 0 };
        f.bytes += Buffer.byteLength(s.text);
        f.a += pair[0] as number;
        f.b += pair[1] as number;
        families.set(fam, f);
      }
    }
    const [a, b] = ms as [number, number];
    if (!first) {
      warm.a += a;
      warm.b += b;
      warm.ratios.push(...ratios);
    }
    first = false;
    const median = ratios.sort((x, y) => x - y)[Math.floor(ratios.length / 2)] ?? Number.NaN;
    console.log(`round ${round} ${path.basename(dir)}: A ${a.toFixed(0)} ms, B ${b.toFixed(0)} ms, B/A ${(b / a).toFixed(3)} (median per document ${median.toFixed(3)}), outputs ${same ? 'identical' : 'DIFFER'} (load ${(await import('node:os')).loadavg()[0]?.toFixed(1)})`);
  }
}
const sorted = warm.ratios.sort((x, y) => x - y);
const q = (f: number) => (sorted[Math.floor(f * (sorted.length - 1))] ?? Number.NaN).toFixed(3);
const mbs = (bytes: number, ms: number) => (ms > 0 ? (bytes / 1e6 / (ms / 1000)).toFixed(2) : '-');
for (const [fam, f] of [...families].sort((x, y) => y[1].bytes - x[1].bytes)) {
  console.log(`  ${fam}: A ${mbs(f.bytes, f.a)} MB/CPU s, B ${mbs(f.bytes, f.b)} MB/CPU s, B/A ${(f.b / f.a).toFixed(3)} (${(f.bytes / 1e6).toFixed(2)} MB)`);
}
if (sorted.length) console.log(`warm rounds: A ${warm.a.toFixed(0)} ms, B ${warm.b.toFixed(0)} ms, B/A ${(warm.b / warm.a).toFixed(3)}; per document B/A median ${q(0.5)} (quartiles ${q(0.25)}-${q(0.75)}, ${sorted.length} documents)`);
