// Where a thing's name ends and starts next to a name's verb and a noun it modifies (things.ts verbAfterSubject after a
// name, singularBeforeNoun). Own sentences, invented products.
import { describe, expect, it } from 'vitest';
import { findThings } from '../../../ingest/recognize/things.ts';

const found = (t: string): string[] => findThings(t).map((f) => f.surface);

describe('a name and its verb before a thing', () => {
  it('takes no capitalised name and the plural after it, its verb, into the thing', () => {
    expect(found('Beijing dominates global tide sensors.')).toEqual(['global tide sensors']);
    expect(found('Norland designs tide sensors.')).toEqual(['tide sensors']);
  });
  it('keeps a plural the lexicon knows as a noun after a capitalised word', () => {
    expect(found('Harbour tide sensors are cheap.')).toEqual(['Harbour tide sensors']);
  });
});

describe('a singular head before a noun it modifies', () => {
  it('names no thing ending at the head', () => {
    expect(found('Buyers watch the global tide sensor supply.')).toEqual([]);
    expect(found('A harbour smart meter program started.')).toEqual([]);
  });
  it('keeps one before another head or a verb', () => {
    expect(found('It restricts the harbour tide sensor.')).toEqual(['harbour tide sensor']);
  });
});
