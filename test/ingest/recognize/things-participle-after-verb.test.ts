// A past form right after a lexical verb's present form ("the rule covers automated driving software") is no verb of its
// own, as two finite verbs do not follow each other: it is a participle modifying the noun after it, a word of the name;
// after an auxiliary ("has banned") or a subject ("the firm imported") it stays the verb (things.ts participleAfterVerb).
// Own sentences.
import { describe, expect, it } from 'vitest';
import { findThings } from '../../../ingest/recognize/things.ts';

const found = (t: string): string[] => findThings(t).map((f) => f.surface);

describe('a past form right after a present verb', () => {
  it('is a modifier of the name', () => {
    expect(found('The rule covers automated driving software.')).toEqual(['automated driving software']);
    expect(found('The harbour code bans modified survey drones.')).toEqual(['modified survey drones']);
  });
  it('stays a verb after an auxiliary or a subject', () => {
    expect(found('The order has banned imported drones.')).toEqual([]);
    expect(found('The firm imported drones.')).toEqual([]);
  });
});
