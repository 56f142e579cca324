// Nouns of three words joined by "of" (WordNet's "line of sight"): the policy on a small dictionary of our own, the
// committed list against the package it says it comes from, and the thing rule that reads what follows "<noun> of".
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findThings } from '../../../ingest/recognize/things.ts';
import { wordnetPackage } from '../../../ingest/recognize/wordnet-heads.ts';
import { deriveOfCompounds, serialiseOfCompounds, WORDNET_OF_COMPOUNDS_FILE } from '../../../ingest/recognize/wordnet-of-compounds.ts';
import { nounDictionary } from './wordnet-dictionary.ts';

const dictionary = nounDictionary('wordnet-of-compounds');

describe('WordNet nouns of three words joined by "of"', () => {
  it('takes exactly the lemmas "<word> of <word>", written with hyphens', () => {
    const dict = dictionary(
      ['00000001 09 n 01 trail_of_dust 0 000 | a trail', '00000002 06 n 01 dust_trail 0 000 | a trail', '00000003 09 n 01 point_of_no_return 0 000 | a point'],
      ['trail_of_dust n 1 0 1 0 00000001', 'dust_trail n 1 0 1 0 00000002', 'point_of_no_return n 1 0 1 0 00000003'],
      [],
    );
    expect(deriveOfCompounds(dict, 'ours').compounds).toEqual(['trail-of-dust']);
  });
  it('is the committed file, generated from the installed package', () => {
    const { dict, source } = wordnetPackage();
    expect(fs.readFileSync(WORDNET_OF_COMPOUNDS_FILE, 'utf8')).toBe(serialiseOfCompounds(deriveOfCompounds(dict, source.replace('wordnet-heads.ts', 'wordnet-of-compounds.ts'))));
  });
  it('keeps the words after such a noun\'s "of" from being read as its complement: a product line is still one', () => {
    const found = (t: string): string[] => findThings(t).map((f) => `${f.surface} [${f.rule}]`);
    expect(found('The agency will approve beyond visual line of sight operations.')).toEqual([]);
    expect(found('Operators keep a clear line of fire drills on file.')).toEqual([]);
    expect(found('The group sold its line of fleet trackers in May.')).toEqual(['fleet trackers [thing:made]']);
  });
});
