// A participle of making with adverbs before its "by" still names the maker's products (things.ts madeBy). Own sentences.
import { describe, expect, it } from 'vitest';
import { findThings } from '../../../ingest/recognize/things.ts';

const found = (t: string): string[] => findThings(t).map((f) => `${f.surface} [${f.rule}]`);

describe('made by, with adverbs between', () => {
  it('reads the phrase before "made almost exclusively by" as made', () => {
    expect(found('Ports rely on harbour cranes made almost exclusively by two firms.')).toEqual(['harbour cranes [thing:made]']);
    expect(found('Ports rely on harbour cranes supplied mostly by two firms.')).toEqual(['harbour cranes [thing:made]']);
    expect(found('Ports rely on harbour cranes made by two firms.')).toEqual(['harbour cranes [thing:made]']);
  });
  it('not with more than two words between, nor with a word that is no adverb', () => {
    expect(found('Ports rely on harbour cranes made very much more often by two firms.')).toEqual(['harbour cranes [thing:noun-phrase]']);
    expect(found('Ports rely on harbour cranes made abroad and by two firms.')).toEqual(['harbour cranes [thing:noun-phrase]']);
  });
});
