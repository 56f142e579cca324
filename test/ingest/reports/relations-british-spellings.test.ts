// British spellings of the cues (issue 15): UK, EU, Australian, Hong Kong and Singapore texts write "licence" for the
// noun and "authorised", "finalised", "organised" for the verbs in -ize. A cue accepts both spellings: the regulates
// cue's licensing words, and every -ize verb of a verb list through its -ise forms (recognize/verb-forms.ts). Own
// sentences, invented names; each US sentence is the control the British one must read the same as.
import { describe, expect, it } from 'vitest';
import { relations } from './helpers.ts';

describe('a licensing cue in British spelling', () => {
  it('reads licences granted or issued for goods, and a licence regime, as it reads the US spelling', () => {
    for (const [us, uk] of [
      ['The Norland Vehicle Agency grants licenses for harbour cranes.', 'The Norland Vehicle Agency grants licences for harbour cranes.'],
      ['The Norland Vehicle Agency issues operating licenses to harbour cranes.', 'The Norland Vehicle Agency issues operating licences to harbour cranes.'],
      ['The Norland Vehicle Agency is responsible for the license regime for harbour cranes.', 'The Norland Vehicle Agency is responsible for the licence regime for harbour cranes.'],
    ]) {
      expect(relations(us), us).toEqual(['authority:~norland-vehicle-agency REGULATES product:~harbour-crane']);
      expect(relations(uk), uk).toEqual(['authority:~norland-vehicle-agency REGULATES product:~harbour-crane']);
    }
  });
  it('reads a licence or license required, and licence requirements, as no regulation in either spelling (the US one read one)', () => {
    for (const text of [
      'The Norland Vehicle Agency requires an operating license for harbour cranes.',
      'The Norland Vehicle Agency requires an operating licence for harbour cranes.',
      'The Norland Road Safety Act requires a license for harbour cranes.',
      'The Norland Road Safety Act requires a licence for harbour cranes.',
      'The Norland Vehicle Agency imposed license requirements to protect harbour cranes.',
      'The Norland Vehicle Agency imposed licence requirements to protect harbour cranes.',
    ]) {
      expect(relations(text).filter((r) => r.includes('REGULATES')), text).toEqual([]);
    }
  });
});
