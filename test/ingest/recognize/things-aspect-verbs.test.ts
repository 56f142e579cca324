// A verb that starts or stops an activity before its gerund (grammar/things.yaml aspect-verbs: "to stop using drones") is
// no modifier of the name after it, nor is the gerund (things.ts aspectVerb): the candidate phrase starts at the goods.
// Own sentences; real bodies by their public names, fictional companies and goods.
import { describe, expect, it } from 'vitest';
import { findThings } from '../../../ingest/recognize/things.ts';

const phrases = (t: string): string[] => findThings(t).map((f) => f.surface);

describe('a verb of stopping or starting before a gerund', () => {
  it('opens no name of things', () => {
    expect(phrases('Florida required its state and local agencies to stop using drones.')).not.toContain('stop using drones');
    expect(phrases('The board ceased buying harbour cranes in May.').filter((p) => /ceased|buying/.test(p))).toEqual([]);
    expect(phrases('The ports began importing forklift trucks.').filter((p) => /began|importing/.test(p))).toEqual([]);
  });
  it('but a gerund after another word still modifies a name, and the verb before no gerund is left alone', () => {
    expect(phrases('The agency restricted remote sensing devices.')).toEqual(['remote sensing devices']);
    expect(phrases('Officials said the ports began using wireless charging stations.')).toEqual(['wireless charging stations']);
    expect(phrases('The ports stopped wireless charging stations.')).toEqual(['wireless charging stations']);
  });
});
