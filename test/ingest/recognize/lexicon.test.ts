// English word classes from compromise: its lexicon, and its suffix patterns for words the lexicon lacks.
import { describe, expect, it } from 'vitest';
import { isLeadingVerb, suffixTag, tagsOf } from '../../../ingest/recognize/lexicon.ts';

describe('lexicon', () => {
  it('guesses an unknown word by its ending, as compromise\'s tagger does', () => {
    // compromise's lexicon lacks "investigate"; WordNet has it only as a verb (wordnet-verbs.json).
    expect(tagsOf('investigate')).toEqual(['Infinitive']);
    expect(tagsOf('frobnicate')).toEqual([]);
    expect(suffixTag('investigate')).toBe('Infinitive');
    expect(suffixTag('photovoltaic')).toBe('Adjective');
    expect(suffixTag('lidar')).toBeUndefined();
  });
  it('takes gerunds and guessed verbs for verbs leading a phrase, but not hyphenated compounds or nouns', () => {
    expect(['using', 'investigate', 'scrutinize'].map(isLeadingVerb)).toEqual([true, true, true]);
    expect(['lane-keeping', 'semiconductor', 'steel', 'lidar'].map(isLeadingVerb)).toEqual([false, false, false, false]);
  });
});
