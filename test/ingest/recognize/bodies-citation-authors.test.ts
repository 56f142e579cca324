// A body and its unit named as a citation's author, "<body>, <unit>" (names.ts inSeries): the comma after a name closed
// by its head separates two bodies, while a series of a name's words before or after its head stays one name. Own
// invented names.
import { describe, expect, it } from 'vitest';
import { findBodies } from '../../../ingest/recognize/bodies.ts';

const bodies = (text: string): string[] => findBodies(text).map((f) => f.surface);

describe("a citation's author, a body and its unit", () => {
  it('reads the body and the unit after its comma as two bodies', () => {
    expect(bodies('14. Norland Maritime Commission, Port Safety and Pilotage Bureau, press release (May 2, 2026).')).toEqual(['Norland Maritime Commission', 'Port Safety and Pilotage Bureau']);
  });
  it('still reads a series of words before a head, or after a head and its link, as one name', () => {
    expect(bodies('The Harbour Security, Reliability, and Pilotage Council met in May.')).toEqual(['Harbour Security, Reliability, and Pilotage Council']);
    expect(bodies('The Ministry of Ports, Fisheries and Shipping issued the notice.')).toEqual(['Ministry of Ports, Fisheries and Shipping']);
  });
});
