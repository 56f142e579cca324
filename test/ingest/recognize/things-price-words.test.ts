// A word of price says what goods cost, not what kind they are: "low-cost sensors", "affordable chargers" name sensors and
// chargers, as "cheap drones" names drones (grammar/things.yaml generic). Own sentences, invented firms.
import { describe, expect, it } from 'vitest';
import { findThings } from '../../../ingest/recognize/things.ts';

const surfaces = (t: string): string[] => findThings(t).map((f) => f.surface);

describe('words of price before a class of goods', () => {
  it('are no words of the name', () => {
    expect(surfaces('Startups rely on low-cost sonar sensors.')).toContain('sonar sensors');
    expect(surfaces('Startups rely on low-cost sonar sensors.').some((s) => /low-cost/.test(s))).toBe(false);
    expect(surfaces('Norvik sells affordable tidal turbines and inexpensive harbour cranes.').some((s) => /affordable|inexpensive/.test(s))).toBe(false);
  });
});
