// `node bench/relation-model-export.ts [--check]`: the learned relation model (b0: the words and word classes alone, no
// feature of what the rules made) trained on every development gold file with the bench's features, seed and epochs
// (bench/relation-model.ts, bench/logistic.ts DEFAULTS), written to ingest/reports/relation-model.json for extraction's
// suggested relations (ingest/reports/relation-suggestions.ts). Its head records the gold files and the hash of their
// contents, the feature set's version, the gate (g2) and the threshold: the median of the g2 folds' thresholds at first
// sight, read from the generated table of docs/relation-model.md (never chosen on a score of today's dev). Deterministic:
// the same gold, code and page give the same file. `--check` writes nothing and fails when the file would change.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { repoRoot } from '../config.ts';
import { GOLD_SETS } from '../ingest/reports/evaluate.ts';
import { FEATURE_VERSION } from '../ingest/reports/relation-candidates.ts';
import { goldHash, MODEL_FILE, type RelationModel } from '../ingest/reports/relation-model.ts';
import { DEFAULTS, type Example, train } from './logistic.ts';
import { CLASSES, examplesOf, RULE_FEATURE, readDocuments } from './relation-model.ts';

const GATE = 'g2';
const PAGE = path.join(repoRoot, 'docs', 'relation-model.md');
/** The generated table's row: (e), the rules at first sight plus (b0)'s adds through gate g2, all documents. */
const SECTION = '#### all, at first sight';
const ROW = '| (e) rules at first sight + (b0) adds, gate g2 (cue, no veto of meaning) |';

/** The median of the row's per-fold thresholds, as the page prints it ("..., median 0.15; ..."). */
export function thresholdFromPage(text: string): number {
  const section = text.split(SECTION)[1]?.split('\n####')[0];
  const row = section?.split('\n').find((l) => l.startsWith(ROW));
  const median = row?.match(/median (\d+(?:\.\d+)?)/)?.[1];
  if (median === undefined) throw new Error(`${PAGE}: no "${ROW}" row with a median under "${SECTION}" (run bench/relation-model.ts --first-sight ... --write)`);
  return Number(median);
}

export function exportModel(): RelationModel {
  const docs = readDocuments();
  const index = new Map<string, number>();
  const examples: Example[] = [];
  let positives = 0;
  for (const d of docs) {
    for (const c of d.candidates) {
      const features = c.features.filter((f) => !RULE_FEATURE.test(f)).map((f) => {
        if (!index.has(f)) index.set(f, index.size);
        return index.get(f) as number;
      });
      const xs = examplesOf(c, features);
      if (xs.some((x) => x.target !== 0)) positives++;
      examples.push(...xs);
    }
  }
  const m = train(examples, CLASSES.length, index.size, DEFAULTS);
  const weights: Record<string, number[]> = {};
  for (const [f, i] of [...index].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const w = CLASSES.map((_, c) => m.weights[c * index.size + i] as number);
    if (w.some((x) => x !== 0)) weights[f] = w;
  }
  return {
    head: {
      trainedOn: GOLD_SETS.dev.map((f) => path.basename(f)),
      goldSha256: goldHash(GOLD_SETS.dev),
      featureVersion: FEATURE_VERSION,
      threshold: thresholdFromPage(fs.readFileSync(PAGE, 'utf8')),
      gate: GATE,
      thresholdFrom: `docs/relation-model.md, "${SECTION.replace(/^#+ /, '')}": the median of the per-fold thresholds of gate ${GATE}`,
      training: { ...DEFAULTS, examples: examples.length, positives },
    },
    classes: [...CLASSES],
    bias: [...m.bias],
    weights,
  };
}

/** The head and classes pretty, one feature's weights a line: a re-export reads as a diff. */
export function format(m: RelationModel): string {
  const weights = Object.entries(m.weights).map(([f, w]) => `  ${JSON.stringify(f)}: ${JSON.stringify(w)}`);
  const head = JSON.stringify(m.head, null, 2).replace(/\n/g, '\n ');
  return `{\n "head": ${head},\n "classes": ${JSON.stringify(m.classes)},\n "bias": ${JSON.stringify(m.bias)},\n "weights": {\n${weights.join(',\n')}\n }\n}\n`;
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { check: { type: 'boolean', default: false } } });
  const text = format(exportModel());
  if (values.check) {
    const same = fs.existsSync(MODEL_FILE) && fs.readFileSync(MODEL_FILE, 'utf8') === text;
    console.log(same ? `${MODEL_FILE}: up to date` : `${MODEL_FILE}: differs from a fresh export`);
    process.exitCode = same ? 0 : 1;
  } else {
    fs.writeFileSync(MODEL_FILE, text);
    console.log(`wrote ${MODEL_FILE}`);
  }
}
