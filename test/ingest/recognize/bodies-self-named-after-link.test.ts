// A body named by its own word ("Congress") after "for" or "to" ends a capitalised run: a heading's words, no body's name.
import { describe, expect, it } from 'vitest';
import { recogniseMarkdown } from './helpers.ts';
import { mentionsOf } from '../one-sentence.ts';

const mentions = (md: string): string[] =>
  mentionsOf(recogniseMarkdown(md)).map((m) => `${m.surface}=${m.label}:${m.id}`);

describe('a legislature named by its own word after "for" or "to"', () => {
  it('ends a heading\'s run, no body\'s name, and keeps "of" names', () => {
    const authorities = (md: string): string[] => mentions(md).filter((m) => m.includes('=Authority:')).map((m) => m.split('=')[0]);
    expect(authorities('Harbour Cranes: Federal Restrictions and Issues for Congress')).toEqual(['Congress']);
    expect(authorities('The Annual Report to Congress was published.')).toEqual(['Congress']);
    expect(authorities('She works at the Library of Congress.')).toEqual(['Library of Congress']);
  });
});
