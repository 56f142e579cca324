// "the United States Secretary of Commerce", "the U.S. Secretary of Harbours": a state's prefix before a title that names
// its department (bodies.ts statedTitle) is that department, one body with it where the document names it, not a body of
// its own read from the prefix (body:state-prefix). Own sentences.
import { describe, expect, it } from 'vitest';
import { findBodies } from '../../../ingest/recognize/bodies.ts';
import { recogniseMarkdown } from './helpers.ts';
import { surfaceIdsOf } from '../one-sentence.ts';

const authorities = (md: string): string[] => [...new Set(surfaceIdsOf(recogniseMarkdown(`# T\n\n${md}`), 'Authority'))];

describe("a state's prefix before a department's title", () => {
  it('reads the title as the department, written with the prefix', () => {
    const f = findBodies('A supplier is one the United States Secretary of Harbours has named under the order.');
    expect(f.map((x) => [x.surface, x.name, x.rule])).toEqual([['United States Secretary of Harbours', 'United States Department of Harbours', 'title:of']]);
    const g = findBodies('The U.S. Secretary of Harbours signed the notice.');
    expect(g.map((x) => [x.surface, x.name])).toEqual([['U.S. Secretary of Harbours', 'U.S. Department of Harbours']]);
  });
  it('is the department the document names', () => {
    const got = authorities('A foreign adversary is a government the United States Secretary of Commerce has named under the rule. The Department of Commerce keeps the list.');
    expect(got).toEqual(['United States Secretary of Commerce=authority:us-commerce', 'Department of Commerce=authority:us-commerce']);
    const own = authorities('The U.S. Secretary of Harbours signed the notice. The Department of Harbours published it in May.');
    expect(new Set(own.map((x) => x.split('=')[1])).size).toBe(1);
  });
  it('leaves a prefixed title with no department of its own as it was', () => {
    const f = findBodies('The U.S. Trade Representative announced the tariffs.');
    expect(f.map((x) => x.rule)).not.toContain('title:of');
  });
});
