// Nouns of two words opened by a past participle, every sense a made thing (WordNet's "integrated circuit"): the policy on
// a small dictionary of our own, the committed list against the package it says it comes from, and the thing rule that
// keeps such a participle as a word of the name. Own sentences.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findThings } from '../../../ingest/recognize/things.ts';
import { wordnetPackage } from '../../../ingest/recognize/wordnet-heads.ts';
import { deriveParticipleCompounds, serialiseParticipleCompounds, WORDNET_PARTICIPLE_COMPOUNDS_FILE } from '../../../ingest/recognize/wordnet-participle-compounds.ts';
import { nounDictionary } from './wordnet-dictionary.ts';

const dictionary = nounDictionary('wordnet-participle-compounds');

describe('WordNet nouns opened by a past participle', () => {
  it('takes the lemmas "<past form> <word>" of a WordNet verb whose every sense is a made thing, written with a hyphen', () => {
    const dict = dictionary(
      [
        '00000001 06 n 01 bolted_hatch 0 000 | a hatch',
        '00000002 04 n 01 bolted_meal 0 000 | a meal eaten fast',
        '00000003 06 n 01 infrared_lamp 0 000 | a lamp',
        '00000004 06 n 01 hatch 0 000 | a door',
        '00000005 06 n 01 stitched_sail 0 000 | a sail',
        '00000006 04 n 01 stitched_sail 0 000 | a way of sailing',
      ],
      ['bolted_hatch n 1 0 1 0 00000001', 'bolted_meal n 1 0 1 0 00000002', 'infrared_lamp n 1 0 1 0 00000003', 'hatch n 1 0 1 0 00000004', 'stitched_sail n 2 0 2 0 00000005 00000006'],
      [],
    );
    fs.writeFileSync(path.join(dict, 'index.verb'), '  1 header line\nbolt v 1 0 1 0 00000010\nstitch v 1 0 1 0 00000011\n');
    expect(deriveParticipleCompounds(dict, 'ours').compounds).toEqual(['bolted-hatch']);
  });
  it('is the committed file, generated from the installed package', () => {
    const { dict, source } = wordnetPackage();
    expect(fs.readFileSync(WORDNET_PARTICIPLE_COMPOUNDS_FILE, 'utf8')).toBe(serialiseParticipleCompounds(deriveParticipleCompounds(dict, source.replace('wordnet-heads.ts', 'wordnet-participle-compounds.ts'))));
  });
  it('keeps such a participle as a word of the name, and a past form before any other head the verb', () => {
    const found = (t: string): string[] => findThings(t).map((f) => f.surface);
    expect(found('The notice covers the testing of legacy integrated circuits for satellites.')).toContain('legacy integrated circuits');
    expect(found('The notice covers the testing of legacy integrated circuits for satellites.')).not.toContain('circuits');
    expect(found('The port authority inspected legacy harbour cranes.')).toEqual(['legacy harbour cranes']);
  });
});
