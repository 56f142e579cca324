// `node bench/extract-cpu.ts --corpus DIR [--warm DIR2] [--only statutes|reports] [--passes 4]`: extraction's CPU time in one process,
// for A/B pairs of two trees run alternately (a worktree of HEAD and the working tree). Reads every document
// into memory first (the catalog too), then extracts them all `passes` times, and prints one JSON line: the
// first pass's CPU time (cold: what the bench's fresh worker pays, lazy compilation and JIT warm-up included)
// and the later passes' (warm), in ms of this thread's CPU time, with MB per CPU second. The later passes read
// DIR2 when given (another seed of the synthetic corpus: `node bench/generate.ts --seed 8`), so that they are
// not flattered by the answers remembered from the first (ingest/norms/memo.ts); each pass over DIR2 after
// its first is flattered so, so give DIR2 with --passes 2. --only statutes (or reports) reads that kind of
// document alone. Reading and generating are not timed.
import { parseArgs } from 'node:util';
import { collectItems, readSource } from '../ingest/corpus.ts';
import { extractFile } from '../ingest/extract.ts';
import type { SourceFile } from '../ingest/model.ts';
import { loadCatalog } from '../ingest/run.ts';
import { isStatute } from '../ingest/statutes/index.ts';

const { values } = parseArgs({ options: { corpus: { type: 'string' }, warm: { type: 'string' }, only: { type: 'string' }, passes: { type: 'string', default: '4' } } });
if (!values.corpus) throw new Error('usage: node bench/extract-cpu.ts --corpus DIR [--warm DIR2] [--only statutes|reports] [--passes 4]');
const wanted = (file: SourceFile) => !values.only || (values.only === 'statutes') === isStatute(file);
const read = (dir: string): SourceFile[] => collectItems([dir]).map(readSource).filter(wanted);
const cold = read(values.corpus);
const warmSources = values.warm ? read(values.warm) : cold;
const size = (xs: SourceFile[]) => xs.reduce((s, x) => s + Buffer.byteLength(x.text), 0);
const catalog = loadCatalog();
const passes: number[] = [];
let records = 0;
for (let i = 0; i < Number(values.passes); i++) {
  const c0 = process.threadCpuUsage();
  records = 0;
  for (const source of i === 0 ? cold : warmSources) {
    try {
      records += extractFile(source, catalog).records.length;
    } catch {
      // a document that fails fails in both trees alike
    }
  }
  const c = process.threadCpuUsage(c0);
  passes.push((c.user + c.system) / 1000);
}
const warm = passes.slice(1).sort((a, b) => a - b);
const median = warm.length ? (warm[Math.floor((warm.length - 1) / 2)] as number) : Number.NaN;
const mbPerCpuSec = (ms: number, bytes: number) => Math.round((bytes / 1e6 / (ms / 1000)) * 100) / 100;
console.log(JSON.stringify({ bytes: size(cold), records, coldMs: Math.round(passes[0] as number), warmMedianMs: Math.round(median), coldMbPerCpuSec: mbPerCpuSec(passes[0] as number, size(cold)), warmMbPerCpuSec: mbPerCpuSec(median, size(warmSources)), passes: passes.map(Math.round) }));
