// English word classes from compromise: its lexicon, and its suffix patterns for words the lexicon lacks.
import { describe, expect, it } from 'vitest';
import { isLeadingVerb, isMostlyVerb, isPresentVerb, isRegularPast, presentForm, suffixTag, tagsOf, takesInfinitive } from '../../../ingest/recognize/lexicon.ts';

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
  it('knows the base forms read mostly as verbs, by WordNet\'s tagged senses or its verbs only', () => {
    expect(['reach', 'pose', 'contain', 'manipulate'].map(isMostlyVerb)).toEqual([true, true, true, true]);
    expect(['steel', 'tide', 'power', 'sensor'].map(isMostlyVerb)).toEqual([false, false, false, false]);
  });
  it('knows a verb\'s present form that it tags as a plural noun or does not know, and keeps the noun\'s tags', () => {
    // "The Act sets requirements", "it bans drones", "the Council designates", "the order embargoes": derived from the verbs.
    expect(['sets', 'bars', 'bans', 'places', 'names', 'designates', 'blacklists', 'embargoes', 'certifies', 'restricts'].map(isPresentVerb)).toEqual(Array(10).fill(true));
    expect(['set', 'ban', 'banned', 'vehicles', 'cameras', 'requirements', 'products'].map(isPresentVerb)).toEqual(Array(7).fill(false));
    expect(tagsOf('sets')).toEqual(['Plural']);
    expect(['tax', 'certify', 'veto', 'play', 'ban', 'designate'].map(presentForm)).toEqual(['taxes', 'certifies', 'vetoes', 'plays', 'bans', 'designates']);
  });
  it('knows a regular past form of a verb it calls an adjective or does not know', () => {
    // "certified", "classified" are adjectives to compromise; "designated", "seized" unknown words.
    expect(['certified', 'designated', 'seized', 'classified', 'blacklisted', 'tagged', 'restricted'].map(isRegularPast)).toEqual(Array(7).fill(true));
    expect(['agency', 'bred', 'red', 'speed', 'seed', 'certifies'].map(isRegularPast)).toEqual(Array(6).fill(false));
  });
  it('knows the forms of a verb that takes "to" and an infinitive, by WordNet\'s frame', () => {
    expect(['plan', 'plans', 'planned', 'planning', 'agreed', 'refuses', 'tries', 'aiming'].map(takesInfinitive)).toEqual(Array(8).fill(true));
    expect(['apply', 'applies', 'related', 'subject', 'exposure'].map(takesInfinitive)).toEqual(Array(5).fill(false));
  });
});

