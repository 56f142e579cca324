// Paired measurement: the sides of a comparison (API, raw driver, peer) take turns in short slices,
// so each round's figures share the machine's load of the same few seconds. A ratio is then taken
// per round and summarised by its median and its range, instead of dividing two figures measured
// in windows tens of seconds apart (on a shared machine the load moves by half between them).
import { percentile, round } from './stats.ts';

/** Round `r`'s order of the sides: rotated by one each round, so no side always goes first or last. */
export function roundOrder<T>(sides: readonly T[], r: number): T[] {
  const k = sides.length ? r % sides.length : 0;
  return [...sides.slice(k), ...sides.slice(0, k)];
}

/** The order of every slice: `rounds` rounds, each side once per round. */
export function sliceSchedule<T>(sides: readonly T[], rounds: number): T[][] {
  return Array.from({ length: rounds }, (_, r) => roundOrder(sides, r));
}

export function median(xs: readonly number[]): number {
  const s = xs.filter(Number.isFinite).sort((a, b) => a - b);
  if (s.length === 0) return Number.NaN;
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** A ratio over paired rounds: the median of the per-round ratios and their range. */
export interface PairedRatio {
  median: number;
  min: number;
  max: number;
  /** Rounds where both sides had a figure (a side without requests in a round drops that round). */
  rounds: number;
}

/** numerator[i] / denominator[i] for each round i, summarised (3 decimals, as stats.ts ratio). */
export function pairedRatio(numerator: readonly number[], denominator: readonly number[]): PairedRatio {
  if (numerator.length !== denominator.length) throw new Error(`paired figures differ in rounds: ${numerator.length} against ${denominator.length}`);
  const ratios = numerator.map((a, i) => a / denominator[i]!).filter((x) => Number.isFinite(x) && x > 0);
  if (ratios.length === 0) return { median: Number.NaN, min: Number.NaN, max: Number.NaN, rounds: 0 };
  return { median: round(median(ratios), 3), min: round(Math.min(...ratios), 3), max: round(Math.max(...ratios), 3), rounds: ratios.length };
}

/** "1.12x (0.98-1.31x, 6 rounds)": a paired ratio as the report writes it. */
export function formatPaired(p: PairedRatio): string {
  return p.rounds ? `${p.median}x (${p.min}-${p.max}x, ${p.rounds} rounds)` : 'n/a';
}

/** One slice's (or several slices' pooled) requests: latency percentiles and throughput. */
export interface Sample {
  /** Each request's latency in ms. */
  latencies: number[];
  /** Seconds the side was under load. */
  seconds: number;
  errors: number;
}

export interface Latency {
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  rps: number;
  requests: number;
  errors: number;
}

export function summarize(s: Sample): Latency {
  const sorted = [...s.latencies].sort((a, b) => a - b);
  return {
    p50Ms: round(percentile(sorted, 50)),
    p95Ms: round(percentile(sorted, 95)),
    p99Ms: round(percentile(sorted, 99)),
    rps: s.seconds > 0 ? round(sorted.length / s.seconds) : Number.NaN,
    requests: sorted.length,
    errors: s.errors,
  };
}

/** Every slice's requests together: the pooled figures reported beside the paired ratios. */
export function pool(samples: readonly Sample[]): Sample {
  return {
    latencies: samples.flatMap((s) => s.latencies),
    seconds: samples.reduce((t, s) => t + s.seconds, 0),
    errors: samples.reduce((t, s) => t + s.errors, 0),
  };
}
