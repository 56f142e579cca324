// `node bench/extract-only.ts [--scales 1,10 | --scales ''] [--no-reference] [--repeat 2] [--workers 1]`:
// the bench's extract stage alone (no database; docs/benchmarks.md is left as it is), for measuring
// extraction while working on it. Each run is a fresh worker, as in the bench; besides wall-clock MB/s it
// prints MB per second of the workers' own CPU time, which other work on the machine moves far less, overall
// and per format family.
// With node's --cpu-prof (and --cpu-prof-dir) each worker thread writes its own profile.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.ts';
import { runExtract } from './extract-bench.ts';
import { generateCorpus, referenceBytes } from './generate.ts';

const { values } = parseArgs({
  options: {
    scales: { type: 'string', default: '1' },
    'no-reference': { type: 'boolean', default: false },
    repeat: { type: 'string', default: '1' },
    workers: { type: 'string', default: '1' },
  },
});
const config = loadConfig(process.env);
const load = () => os.loadavg().map((x) => x.toFixed(1)).join(' / ');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lawgraph-extract-'));
try {
  const corpora: [string, string][] = values['no-reference'] ? [] : [['reference', config.corpus]];
  const base = referenceBytes(config.corpus);
  for (const scale of values.scales.split(',').filter(Boolean).map(Number)) {
    const dir = path.join(tmp, `corpus-${scale}x`);
    generateCorpus(dir, scale, base);
    corpora.push([`synthetic ${scale}x`, dir]);
  }
  for (let i = 1; i <= Number(values.repeat); i++) {
    for (const [label, dir] of corpora) {
      const run = await runExtract(dir, Number(values.workers));
      const families = Object.entries(run.families).map(([f, s]) => `${f} ${s.mbPerSec} (${s.mbPerCpuSec} per CPU second)`).join(', ');
      console.log(`${label} #${i}: ${run.mbPerSec} MB/s on ${run.workers} worker(s) (${run.mbPerCpuSec} per CPU second), ${(run.bytes / 1e6).toFixed(1)} MB in ${run.wallMs} ms (load ${load()}); ${families}`);
    }
  }
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
