// A line in title case names a body after a state's prefix and goes on with what it says of it: "U.S. Harbour Department
// Crane List Ruling" names the "U.S. Harbour Department", its head ending the name (bodies.ts body; helper-340: a drone
// maker's press release headline read "U.S. Commerce Department Entity List Decision" as one Authority). Own sentences.
import { describe, expect, it } from 'vitest';
import { findBodies } from '../../../ingest/recognize/bodies.ts';
import { nameRuns } from '../../../ingest/recognize/names.ts';

const bodies = (text: string): string[] => findBodies(text, nameRuns(text)).filter((f) => f.label === 'Authority').map((f) => f.surface);

describe("a state's prefix, a body's head and words after it", () => {
  it('name the body up to its head', () => {
    expect(bodies('Kestrel Responds to U.S. Harbour Department Crane List Ruling')).toEqual(['U.S. Harbour Department']);
    expect(bodies('Norland Reacts to U.S. Maritime Safety Agency Port Crane Review')).toEqual(['U.S. Maritime Safety Agency']);
  });
  it('leave a prefixed body with no head, and one whose head ends it', () => {
    expect(bodies('U.S. Customs and Border Protection detained the cranes.')).toEqual(['U.S. Customs and Border Protection']);
    expect(bodies('The U.S. Harbour Department fined Kestrel.')).toEqual(['U.S. Harbour Department']);
  });
});
