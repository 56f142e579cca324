// "Measures of the Norland Trade Council": a plural instrument word, "of the" and a body's name alone is what the body
// did, no instrument's name; the body is named on its own. Own sentences, invented bodies.
import { describe, expect, it } from 'vitest';
import { recogniseMarkdown } from './helpers.ts';
import { mentionsOf } from '../one-sentence.ts';

const mentions = (md: string): string[] =>
  mentionsOf(recogniseMarkdown(md)).map((m) => `${m.label}:${m.surface}`);

describe("a body's acts, a plural instrument word before 'of the' and the body's name", () => {
  it('is no instrument in a heading, and the body is named', () => {
    const m = mentions('# Week\n\n## Measures of the Norland Trade Council\n\nThe council met twice.\n');
    expect(m).toContain('Authority:Norland Trade Council');
    expect(m.filter((x) => x.startsWith('Law:'))).toEqual([]);
  });
  it('is none in a sentence either', () => {
    expect(mentions('# T\n\nThe Rules of the Harbour Board were tightened.\n')).toEqual(['Authority:Harbour Board']);
  });
  it('leaves instruments named by their subject', () => {
    expect(mentions('# T\n\nThe Measures for the Security Review of Harbour Cranes apply.\n')).toContain('Law:Measures for the Security Review of Harbour Cranes');
  });
});
