// A company noun or a commercial tie right before a name (grammar/names.yaml company-nouns, company-links: company:cue)
// outranks compromise's lexicon, which knows many companies as organisations only (index.ts PRIORITY): "a partnership with
// Vodafone" names a company. Not an acronym the lexicon knows ("an agreement with NATO"), nor a name with no cue before it.
// Own sentences; the names must be ones the lexicon knows, so they are real firms' names in invented sentences.
import { describe, expect, it } from 'vitest';
import { recogniseMarkdown } from './helpers.ts';
import { mentionsOf } from '../one-sentence.ts';

const labelled = (sentence: string): string[] => mentionsOf(recogniseMarkdown(`# T\n\n${sentence}`)).map((m) => `${m.surface}=${m.label}`);

describe('a company cue before a name the lexicon knows as an organisation', () => {
  it.each([
    ['Harrow Optics signed an agreement with Vodafone in May.', 'Vodafone=Company'],
    ['Tessaly Radio announced a partnership with Vodafone.', 'Vodafone=Company'],
    ['Kestrel Cranes formed a joint venture with Siemens last year.', 'Siemens=Company'],
    ['The ministry approved the acquisition of Nokia by a fund.', 'Nokia=Company'],
  ])('makes it a company: %s', (sentence, want) => {
    expect(labelled(sentence)).toContain(want);
  });

  it('reads every name coordinated after the cue', () => {
    expect(labelled('Tessaly Radio announced a partnership with Vodafone and Nokia.')).toEqual(expect.arrayContaining(['Vodafone=Company', 'Nokia=Company']));
  });

  it.each([
    ['The ministry signed an agreement with NATO.', 'NATO=Organization'],
    ['Vodafone said the rules were clear.', 'Vodafone=Organization'],
  ])('but leaves the lexicon its acronyms and names with no cue: %s', (sentence, want) => {
    expect(labelled(sentence)).toContain(want);
  });
});
