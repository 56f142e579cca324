import { describe, expect, it } from 'vitest';
import { formatPaired, median, pairedRatio, pool, roundOrder, sliceSchedule, summarize } from '../../bench/paired.ts';

describe('sliceSchedule', () => {
  it('runs every side once per round, rotating which goes first', () => {
    expect(sliceSchedule(['api', 'raw', 'peer'], 4)).toEqual([
      ['api', 'raw', 'peer'],
      ['raw', 'peer', 'api'],
      ['peer', 'api', 'raw'],
      ['api', 'raw', 'peer'],
    ]);
  });

  it('alternates two sides (ABBA...) and gives each the same number of first places over even rounds', () => {
    const rounds = sliceSchedule(['api', 'raw'], 6);
    expect(rounds.map((r) => r.join(''))).toEqual(['apiraw', 'rawapi', 'apiraw', 'rawapi', 'apiraw', 'rawapi']);
    expect(rounds.filter((r) => r[0] === 'api')).toHaveLength(3);
  });

  it('keeps one side, and no side, as they are', () => {
    expect(roundOrder(['api'], 5)).toEqual(['api']);
    expect(sliceSchedule([], 2)).toEqual([[], []]);
  });
});

describe('median', () => {
  it('takes the middle value, or the mean of the two middle ones, ignoring NaN', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([Number.NaN, 5, 1])).toBe(3);
    expect(median([])).toBeNaN();
  });
});

describe('pairedRatio', () => {
  it('divides round by round, so a load that moves both sides together cancels out', () => {
    // The raw side is 1 ms in a quiet round and 2 ms in a busy one; the API is always 1.2x it.
    const p = pairedRatio([1.2, 2.4, 1.2, 2.4, 1.2], [1, 2, 1, 2, 1]);
    expect(p).toEqual({ median: 1.2, min: 1.2, max: 1.2, rounds: 5 });
  });

  it('reports the median and the range of the per-round ratios', () => {
    const p = pairedRatio([2, 3, 4, 10], [2, 2, 2, 2]);
    expect(p).toEqual({ median: 1.75, min: 1, max: 5, rounds: 4 });
    expect(formatPaired(p)).toBe('1.75x (1-5x, 4 rounds)');
  });

  it('drops a round where a side has no figure, and says so in its count', () => {
    expect(pairedRatio([2, Number.NaN, 3], [1, 1, 0])).toEqual({ median: 2, min: 2, max: 2, rounds: 1 });
    const none = pairedRatio([Number.NaN], [1]);
    expect(none.rounds).toBe(0);
    expect(none.median).toBeNaN();
    expect(formatPaired(none)).toBe('n/a');
  });

  it('refuses figures from different numbers of rounds', () => {
    expect(() => pairedRatio([1, 2], [1])).toThrow(/rounds/);
  });
});

describe('summarize and pool', () => {
  it('gives percentiles and requests per second of a slice', () => {
    const l = summarize({ latencies: [5, 1, 4, 2, 3], seconds: 0.5, errors: 1 });
    expect(l).toEqual({ p50Ms: 3, p95Ms: 5, p99Ms: 5, rps: 10, requests: 5, errors: 1 });
  });

  it('pools slices into one sample: all requests over all seconds under load', () => {
    const pooled = pool([
      { latencies: [1, 1, 1, 1], seconds: 1, errors: 0 },
      { latencies: [3, 3], seconds: 1, errors: 2 },
    ]);
    expect(summarize(pooled)).toEqual({ p50Ms: 1, p95Ms: 3, p99Ms: 3, rps: 3, requests: 6, errors: 2 });
  });
});
