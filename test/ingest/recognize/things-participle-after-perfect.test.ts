// A past form right after a perfect's participle modifies the object ("has shipped integrated circuits"): two verbs'
// past forms do not follow each other in one verb phrase (things.ts participleAfterVerb). Own sentences.
import { describe, expect, it } from 'vitest';
import { recogniseMarkdown } from './helpers.ts';
import { surfacesOf } from '../one-sentence.ts';

const things = (md: string): string[] => surfacesOf(recogniseMarkdown(`# T\n\n${md}`), ['Product', 'Technology']);

describe('a past form after a perfect', () => {
  it('is a word of the object\'s name', () => {
    expect(things('Qarlo Trading has shipped integrated circuits and GNSS receivers to Norland.')).toContain('integrated circuits');
    expect(things('The broker had exported refurbished drones to Norland.')).toContain('refurbished drones');
  });
  it('stays the verb after the auxiliary itself', () => {
    expect(things('The agency has certified harbour radar units.')).not.toContain('certified harbour radar units');
  });
});
