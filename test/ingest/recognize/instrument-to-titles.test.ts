// An act's title that runs on after "to" with a capitalised verb (instruments.ts TO_TITLE_TAIL), as translated
// continental titles do. Own sentences, invented acts.
import { describe, expect, it } from 'vitest';
import { recogniseMarkdown } from './helpers.ts';
import { mentionsOf, surfacesOf } from '../one-sentence.ts';

const laws = (md: string): string[] => surfacesOf(recogniseMarkdown(md), 'Law');

describe('an act titled "... Act to <Verb> ..."', () => {
  it('is one name, not cut at "to"', () => {
    expect(laws('# T\n\nThe Third Act to Improve the Resilience of Port Networks took effect in 2022.')).toEqual(['Third Act to Improve the Resilience of Port Networks']);
    expect(laws('# T\n\nThe Telecommunications Security Act to Protect Public Networks requires operators to replace old routers.')).toEqual(['Telecommunications Security Act to Protect Public Networks']);
  });
  it('names the act its bracketed short name names', () => {
    const r = recogniseMarkdown('# T\n\nSince the Third Act to Improve the Resilience of Port Networks (Port Resilience Act 3.0) took effect, operators must notify.');
    const ids = new Set(mentionsOf(r, 'Law').map((m) => m.id));
    expect(ids.size).toBe(1);
  });
  it('does not run on over "to" and a name or a noun', () => {
    expect(laws('# T\n\nThe committee sent the Data Act to Congress in May.')).toEqual(['Data Act']);
    expect(laws('# T\n\nThe agency applied the Data Act to Connected Products in May.')).toEqual(['Data Act']);
  });
});
