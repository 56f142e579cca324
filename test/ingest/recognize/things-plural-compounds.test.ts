// A compound opened by a plural noun ("communications networks") and a classifying "public" (issue 15, the legal classes
// of the development golds: "providers of public electronic communications networks"). Own sentences, invented bodies.
import { describe, expect, it } from 'vitest';
import { settleTentative } from '../../../ingest/recognize/index.ts';
import { findThings } from '../../../ingest/recognize/things.ts';
import { recogniseMarkdown } from './helpers.ts';
import { surfaceIdsOf } from '../one-sentence.ts';

const found = (t: string): string[] => findThings(t).map((f) => `${f.surface} [${f.rule}]`);
const kept = (md: string): string[] => {
  const rec = settleTentative(recogniseMarkdown(md), new Set());
  return surfaceIdsOf(rec, ['Product', 'Technology']);
};

describe('a head the lexicon reads as a verb, after a plural that opens a compound', () => {
  it('ends the phrase a maker noun names, with "public" in it', () => {
    expect(found('The Norland Board supervises providers of public maritime communications networks.')).toContain('public maritime communications networks [thing:made]');
    expect(kept('# T\n\nThe Norland Board supervises providers of public maritime communications networks.')).toEqual([
      'public maritime communications networks=technology:~public-maritime-communications-network',
    ]);
  });
  it('leaves a compound after a singular noun as it was', () => {
    expect(kept('# T\n\nThe Norland Board supervises makers of drone communications networks.')).toEqual(['drone communications networks=technology:~drone-communications-network']);
  });
});
