// In a report, an acronym with "the" before it, coordinated with a public body the sentence names ("The HSA and the
// FCC"), names a public body too; after "The" it is no word of a name ("Annex VII" is). Own sentences, invented bodies.
import { describe, expect, it } from 'vitest';
import { recogniseMarkdown } from './helpers.ts';
import { mentionsOf } from '../one-sentence.ts';

const labelled = (sentence: string): string[] =>
  mentionsOf(recogniseMarkdown(`# Remarks\n\n${sentence}`)).map((m) => `${m.surface}=${m.label}`);

describe('an acronym coordinated with a public body in a report', () => {
  it('is a public body with "the" before it', () => {
    expect(labelled('The HSA and the FCC are not part of the tariff, but they matter.')).toEqual(['HSA=Authority', 'FCC=Authority']);
  });
  it('is none without "the", or beside no public body', () => {
    expect(labelled('HSA and the FCC met on Monday.')).toEqual(['FCC=Authority']);
    expect(labelled('The HSA and the harbour board met on Monday.')).toEqual([]);
  });
});
