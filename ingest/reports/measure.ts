// Times report extraction (adapter + recognition + relations + records) over the corpus reports and the
// report-like US texts read as reports (run: npx node ingest/reports/measure.ts [rounds]). Throughput is
// MB/s of source text (UTF-8 bytes), by the process's CPU time (user + system, so that other work on a
// shared machine does not count) and by wall time; not a test, so timings never fail a build.
import { loadConfig } from '../../config.ts';
import { loadCatalog } from '../catalog/index.ts';
import { Emitter } from '../emit.ts';
import { readCorpusSource } from './evaluate.ts';
import { parseReport } from './index.ts';
import { emitReport } from './records.ts';

const IDS = [
  'report-creemers-lee-2024-drones-smart-vehicles',
  'report-uscc-2018-china-iot',
  'us-eo-14117',
  'us-eo-drone-dominance-2025',
];

const corpus = loadConfig().corpus;
const catalog = loadCatalog();
const files = IDS.map((id) => {
  const f = readCorpusSource(corpus, id);
  return { ...f, entry: { ...f.entry, kind: 'report', format: f.entry.format.startsWith('markdown') ? 'markdown' : f.entry.format } };
});
const bytes = files.reduce((n, f) => n + Buffer.byteLength(f.text, 'utf8'), 0);

const rounds = Number(process.argv[2] ?? 10);
let bestWall = Number.POSITIVE_INFINITY;
let bestCpu = Number.POSITIVE_INFINITY;
for (let r = 0; r < rounds; r++) {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  for (const f of files) {
    const emit = new Emitter(f.entry.id);
    emit.node(`doc:${f.entry.id}`, ['Document'], { title: f.entry.title });
    emitReport(emit, parseReport(f), catalog, f.entry);
  }
  const cpu = process.cpuUsage(c0);
  bestCpu = Math.min(bestCpu, (cpu.user + cpu.system) / 1000);
  bestWall = Math.min(bestWall, performance.now() - t0);
}
const rate = (ms: number): string => (bytes / 1e6 / (ms / 1000)).toFixed(2);
console.log(
  `best of ${rounds}: ${files.length} documents, ${(bytes / 1e6).toFixed(3)} MB: CPU ${bestCpu.toFixed(1)} ms -> ${rate(bestCpu)} MB/s; wall ${bestWall.toFixed(1)} ms -> ${rate(bestWall)} MB/s`,
);
