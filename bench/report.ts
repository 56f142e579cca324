// The results as a Markdown page (docs/benchmarks.md) and as one flat JSON object (dotted keys).
import type { ScenarioResult } from './api-bench.ts';
import type { ExtractRun } from './extract-bench.ts';
import type { LoadFigures } from './load-bench.ts';
import type { Machine } from './machine.ts';
import type { MemoryPeak } from './memory.ts';
import { ratio, round } from './stats.ts';

export interface Results {
  mode: 'quick' | 'full';
  machine: Machine;
  /** Extract runs by corpus label ("reference", "synthetic 1x" …), one worker and all cores. */
  extract: { label: string; bytes: number; one: ExtractRun; all: ExtractRun }[];
  pipelineMs: number;
  load: LoadFigures;
  scale: { nodes: number; relationships: number };
  api: ScenarioResult[];
  api_settings: { connections: number; seconds: number };
  memory: Record<string, MemoryPeak>;
}

/** What bounds the figures (from profiles and query plans; independent of one run's numbers). */
export const NOTES = [
  '## What bounds the figures, and what would move them',
  '',
  '- **Extract**: norms now use one combined matcher per vocabulary and recognition builds the catalog automaton once',
  '  (warm in-process statute extraction measured 5.0-6.6 MB/s); this run includes cold start, module loading and GC.',
  '  What remains is spread over cheerio parsing (XHTML/Formex), sentence splitting and record building.',
  '- **Scale**: `--quick` loads ~100k synthetic relationships; the 1M-relationship figures need the full run',
  '  (`npm run bench`, ~100 documents of 10k relationships; about 30-40 min here at the measured load rates).',
  '- **All cores** gain little on 2 cores while Neo4j JVMs (ours and other processes) compete for them; see the load average above.',
  '- **Load** (graph/load.ts): one transaction per document, rows grouped by label/type (static in the statement),',
  '  `sources`/`evidence` kept ordered with list comprehensions, and the Document keeps the id lists so re-ingest and',
  '  removal touch only their own support. The gap to the CREATE baseline is the MERGE lookups and list upkeep that',
  '  idempotency and provenance need; a bulk path for first loads (CREATE when the Document is new) would narrow it.',
  '- **API**: lookups seek the indexed `nameKey` and reach aliases through the full-text index only when id and main',
  '  name miss (a gated fallback: before, it was planned as a full scan on every lookup, 174 ms p50 at 1M).',
  '  `exposure` is one query over the claims of one company; its cost is the per-item subqueries (bearers, authorities).',
  '  `paths` runs `allShortestPaths` and orders all shortest paths before `LIMIT`: with many passages mentioning both ends',
  '  the number of shortest paths drives its latency (`ALL SHORTEST … LIMIT` was tried and timed out at 1M).',
  '',
];

const mb = (b: number) => (b / 1e6).toFixed(1);
const ok = (pass: boolean) => (pass ? 'met' : '**missed**');

export function flat(r: Results): Record<string, number | string> {
  const out: Record<string, number | string> = { mode: r.mode };
  const oneCore = r.extract.find((e) => e.label.startsWith('synthetic')) ?? r.extract[0]!;
  out['extract.mbPerSec'] = oneCore.one.mbPerSec;
  out['extract.allCoresMbPerSec'] = oneCore.all.mbPerSec;
  out['extract.parallelSpeedup'] = ratio(oneCore.all.mbPerSec, oneCore.one.mbPerSec);
  for (const e of r.extract) {
    for (const [fam, f] of Object.entries(e.one.families)) {
      if (e.label === 'reference' || e.label === oneCore.label) out[`extract.${e.label === 'reference' ? 'reference' : 'synthetic'}.${fam}.mbPerSec`] = f.mbPerSec;
    }
  }
  out['load.rowsPerSec'] = r.load.first.rowsPerSec;
  out['load.baselineRowsPerSec'] = r.load.baseline.rowsPerSec;
  out['load.ratio'] = ratio(r.load.first.rowsPerSec, r.load.baseline.rowsPerSec);
  out['load.unchangedRowsPerSec'] = r.load.unchanged.rowsPerSec;
  out['load.forcedRowsPerSec'] = r.load.forced.rowsPerSec;
  out['load.forcedRatio'] = ratio(r.load.forced.rowsPerSec, r.load.forcedFirst.rowsPerSec);
  out['pipeline.referenceMs'] = round(r.pipelineMs, 0);
  for (const s of r.api) {
    for (const side of ['api', 'raw'] as const) {
      const l = s[side];
      const pre = side === 'api' ? '' : 'raw';
      const key = (k: string) => `api.${s.name}.${pre ? pre + k[0]!.toUpperCase() + k.slice(1) : k}`;
      out[key('p50Ms')] = l.p50Ms;
      out[key('p95Ms')] = l.p95Ms;
      out[key('p99Ms')] = l.p99Ms;
      out[key('rps')] = l.rps;
    }
    out[`api.${s.name}.p50Ratio`] = s.p50Ratio;
    out[`api.${s.name}.p95Ratio`] = s.p95Ratio;
  }
  out['scale.relationships'] = r.scale.relationships;
  out['scale.nodes'] = r.scale.nodes;
  for (const [stage, m] of Object.entries(r.memory)) {
    out[`memory.${stage}.rssMb`] = m.rssMb;
    out[`memory.${stage}.heapMb`] = m.heapMb;
    out[`memory.${stage}.otherRssMb`] = m.otherRssMb;
  }
  return out;
}

export function markdown(r: Results): string {
  const m = r.machine;
  const f = flat(r);
  const api = (n: string) => r.api.find((s) => s.name === n);
  const lines = [
    '# Benchmarks',
    '',
    `Generated by \`npm run bench${r.mode === 'quick' ? ' -- --quick' : ''}\` (bench/run.ts) on ${m.date}. Re-run to refresh; the last line of its output is the same figures as one JSON object.`,
    '',
    `Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGb} GiB; load average at start ${m.loadAverage} (1/5/15 min; other work on the machine inflates every figure). Node ${m.node}, ${m.java}, ${m.neo4j}.`,
    '',
    '## Targets',
    '',
    '| target | measured | |',
    '| --- | --- | --- |',
    `| extract >= 5 MB/s on one core | ${f['extract.mbPerSec']} MB/s | ${ok(Number(f['extract.mbPerSec']) >= 5)} |`,
    `| load >= 0.8x plain-driver baseline | ${f['load.ratio']}x (${f['load.rowsPerSec']} vs ${f['load.baselineRowsPerSec']} rows/s) | ${ok(Number(f['load.ratio']) >= 0.8)} |`,
    `| forced reload no slower than first load | ${f['load.forcedRatio']}x (${f['load.forcedRowsPerSec']} rows/s) | ${ok(Number(f['load.forcedRatio']) >= 1)} |`,
    `| unchanged reload no slower than first load | ${f['load.unchangedRowsPerSec']} rows/s | ${ok(r.load.unchanged.rowsPerSec >= r.load.first.rowsPerSec)} |`,
    `| entity lookup p50 within 1.5x raw driver | ${api('entity')?.p50Ratio}x | ${ok((api('entity')?.p50Ratio ?? 99) <= 1.5)} |`,
    `| exposure p95 < 50 ms | ${api('exposure')?.api.p95Ms} ms | ${ok((api('exposure')?.api.p95Ms ?? 1e9) < 50)} |`,
    `| paths (maxHops 4) p95 < 200 ms | ${api('paths')?.api.p95Ms} ms | ${ok((api('paths')?.api.p95Ms ?? 1e9) < 200)} |`,
    `| at 1M relationships | ${r.scale.relationships} relationships, ${r.scale.nodes} nodes | ${ok(r.scale.relationships >= 1_000_000)} |`,
    '',
    '## Extract (MB/s of source text)',
    '',
    '| corpus | MB | documents | one worker | all cores | speed-up | failures |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...r.extract.map((e) => `| ${e.label} | ${mb(e.bytes)} | ${e.one.documents} | ${e.one.mbPerSec} | ${e.all.mbPerSec} (${e.all.workers} workers) | ${ratio(e.all.mbPerSec, e.one.mbPerSec)}x | ${e.one.failures} |`),
    '',
    'Per format, one worker:',
    '',
    '| corpus | format | MB | MB/s | records |',
    '| --- | --- | --- | --- | --- |',
    ...r.extract.flatMap((e) => Object.entries(e.one.families).map(([fam, s]) => `| ${e.label} | ${fam} | ${mb(s.bytes)} | ${s.mbPerSec} | ${s.records} |`)),
    '',
    '## Load (rows = nodes + relationships)',
    '',
    '| run | documents | rows | seconds | rows/s | vs first load |',
    '| --- | --- | --- | --- | --- | --- |',
    `| graph/load.ts, first load | ${r.load.first.documents} | ${r.load.first.rows} | ${(r.load.first.ms / 1000).toFixed(1)} | ${r.load.first.rowsPerSec} | 1 |`,
    `| plain driver CREATE baseline (:BenchNode) | ${r.load.baseline.documents} | ${r.load.baseline.rows} | ${(r.load.baseline.ms / 1000).toFixed(1)} | ${r.load.baseline.rowsPerSec} | ${ratio(r.load.baseline.rowsPerSec, r.load.first.rowsPerSec)} |`,
    `| reload, unchanged (sha256 skip) | ${r.load.unchanged.documents} | ${r.load.unchanged.rows} | ${(r.load.unchanged.ms / 1000).toFixed(1)} | ${r.load.unchanged.rowsPerSec} | ${ratio(r.load.unchanged.rowsPerSec, r.load.first.rowsPerSec)} |`,
    `| reload, forced (retract + assert) | ${r.load.forced.documents} | ${r.load.forced.rows} | ${(r.load.forced.ms / 1000).toFixed(1)} | ${r.load.forced.rowsPerSec} | ${f['load.forcedRatio']} (vs the same documents' first load, ${r.load.forcedFirst.rowsPerSec} rows/s) |`,
    '',
    `The reference corpus pipeline (extract, load, derive; \`ingestPaths\`) took ${(r.pipelineMs / 1000).toFixed(1)} s before the synthetic documents were loaded.`,
    '',
    `## API (${r.api_settings.connections} connections, ${r.api_settings.seconds} s each, loopback; graph of ${r.scale.relationships} relationships)`,
    '',
    '| request | answer | p50 ms | p95 ms | p99 ms | req/s | raw p50 | raw p95 | raw p99 | raw req/s | p50 ratio | p95 ratio |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...r.api.map((s) => `| ${s.name}${s.error ? ` (error: ${s.error.slice(0, 80)})` : ''} | ${s.answer} | ${s.api.p50Ms} | ${s.api.p95Ms} | ${s.api.p99Ms} | ${s.api.rps} | ${s.raw.p50Ms} | ${s.raw.p95Ms} | ${s.raw.p99Ms} | ${s.raw.rps} | ${s.p50Ratio} | ${s.p95Ratio} |`),
    '',
    '"raw" is neo4j-driver `executeQuery` (READ routing, same timeout) of the same named queries from `queries/` with the same parameters and concurrency, in the same process as the idle server.',
    '',
    '## Peak memory per stage',
    '',
    '| stage | bench process RSS MB | V8 heap MB | JVM (Neo4j) RSS MB |',
    '| --- | --- | --- | --- |',
    ...Object.entries(r.memory).map(([stage, x]) => `| ${stage} | ${x.rssMb} | ${x.heapMb} | ${x.otherRssMb || '-'} |`),
    '',
    ...NOTES,
  ];
  return lines.join('\n');
}
