// A body on a collective head that an instrument names alone on an article's title line is the public body its text calls
// "the ... network" (index.ts publicCollective): a heading drops the article. Own sentences.
import { describe, expect, it } from 'vitest';
import { recogniseMarkdown } from './helpers.ts';

const labels = (md: string): string[] =>
  recogniseMarkdown(md).sentences.flatMap((s) => s.mentions.filter((m) => m.surface === 'HARBs network').map((m) => m.label));

describe('a collective body named by a heading', () => {
  it('is a public body in an instrument', () => {
    expect(labels('# Directive (EU) 2031/7 on harbour safety\n\nThis Directive lays down rules.\n\nArticle 15\n\nHARBs network\n\nThe HARBs network shall be composed of representatives of the HARBs.')).toEqual(['Authority', 'Authority']);
  });
  it('is not made one by a sentence naming it without "the" in running text', () => {
    expect(labels('# Directive (EU) 2031/7 on harbour safety\n\nThis Directive lays down rules. Members of HARBs network shall meet.')).toEqual(['Organization']);
  });
});
