// A body whose name opens with a country's name, short name or demonym is keyed by the country's ISO code
// (recognize/keys.ts countryKeyed): "the British Ministry of Defence", "the UK Ministry of Defence" and "the United Kingdom
// Ministry of Defence" are one node in every document; a US body's leading "U.S." is dropped as before. Own sentences.
import { describe, expect, it } from 'vitest';
import { entityKey } from '../../../ingest/recognize/keys.ts';
import { readSentence } from '../reports/helpers.ts';

describe('a body named with its country', () => {
  it('is keyed by the country, however the text writes it', () => {
    const keys = ['British Ministry of Defence', 'UK Ministry of Defence', 'United Kingdom Ministry of Defence'].map((n) => entityKey('Authority', n));
    expect(new Set(keys)).toEqual(new Set(['gb defence ministry']));
    expect(entityKey('Authority', 'Norwegian Ministry of Fisheries')).toBe(entityKey('Authority', 'Norway Ministry of Fisheries'));
  });
  it('one node in a text that writes it three ways', () => {
    const { entities } = readSentence('The British Ministry of Defence bought drones; the UK Ministry of Defence later banned them, and the United Kingdom Ministry of Defence confirmed it.');
    expect(entities.filter((id) => id.startsWith('authority:'))).toEqual(['authority:~gb-defence-ministry']);
  });
  it('keeps other bodies and the US unmarked as before', () => {
    expect(entityKey('Authority', 'U.S. Department of Commerce')).toBe(entityKey('Authority', 'Department of Commerce'));
    expect(entityKey('Authority', 'Harbour Safety Agency')).toBe('harbour safety agency');
    expect(entityKey('Authority', 'British Ministry of Defence')).not.toBe(entityKey('Authority', 'Ministry of Defence'));
  });
});
