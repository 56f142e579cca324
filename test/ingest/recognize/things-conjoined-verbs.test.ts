// A verb coordinated with the verb before it is no modifier of the name on the head after it (things.ts conjoinedVerb).
// Own sentences, invented products.
import { describe, expect, it } from 'vitest';
import { findThings } from '../../../ingest/recognize/things.ts';

const surfaces = (t: string): string[] => findThings(t).map((f) => f.surface);

describe('a verb coordinated with the verb before it', () => {
  it('after a relative pronoun and a verb: "that assemble or trade harbour radar sensors"', () => {
    const s = surfaces('Firms that assemble or trade harbour radar sensors must register.');
    expect(s).toContain('harbour radar sensors');
    expect(s).not.toContain('trade harbour radar sensors');
  });
  it('after "to" and a verb: "to build and export tidal turbines"', () => {
    const s = surfaces('The firm agreed to build and export tidal turbines.');
    expect(s).toContain('tidal turbines');
    expect(s).not.toContain('export tidal turbines');
  });
  it('a verb before an adjective of the phrase: "or fit compliant remote tracking modules"', () => {
    const s = surfaces('The importer may return the buoys or fit compliant remote tracking modules within 60 days.');
    expect(s).toContain('remote tracking modules');
    expect(s.some((x) => x.startsWith('fit '))).toBe(false);
  });
  it('keeps a noun modifier after a coordinator: "routers and test equipment", "chargers and power electronic modules"', () => {
    expect(surfaces('The rule covers routers and test equipment.')).toContain('test equipment');
    expect(surfaces('The plant makes chargers and power electronic modules.')).toContain('power electronic modules');
  });
});
