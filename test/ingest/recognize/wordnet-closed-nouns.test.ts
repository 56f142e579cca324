// Nouns of their own that only look like closed compounds of a head of things ("origin": ori + gin): the policy on a small
// dictionary of our own, the committed list against the package it says it comes from, and the reader that uses it.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { grammar } from '../../../ingest/recognize/grammar.ts';
import { deriveClosedNouns, serialiseClosedNouns, WORDNET_CLOSED_NOUNS_FILE } from '../../../ingest/recognize/wordnet-closed-nouns.ts';
import { wordnetPackage } from '../../../ingest/recognize/wordnet-heads.ts';
import { nounDictionary } from './wordnet-dictionary.ts';

const dictionary = nounDictionary('wordnet-closed-nouns');

describe('WordNet nouns that close over a noun of made things', () => {
  it('takes a noun of six letters or more ending in a made noun after three letters, whose main sense is none', () => {
    const dict = dictionary(
      [
        '00000001 06 n 01 gin 0 000 | a machine',
        '00000002 09 n 01 marigin 0 000 | a beginning',
        '00000003 06 n 01 dashgin 0 000 | a device',
        '00000004 09 n 01 atgin 0 000 | too short',
        '00000005 09 n 01 tarnish 0 000 | a dullness',
      ],
      ['gin n 1 0 1 0 00000001', 'marigin n 1 0 1 0 00000002', 'dashgin n 1 0 1 0 00000003', 'atgin n 1 0 1 0 00000004', 'tarnish n 1 0 1 0 00000005'],
      [],
    );
    // marigin: first no made thing, ends in gin; dashgin: itself a device; atgin: five letters; tarnish: ends in no made noun.
    expect(deriveClosedNouns(dict, 'ours').nouns).toEqual(['marigin']);
  });
  it('is the committed file, generated from the installed package', () => {
    const { dict, source } = wordnetPackage();
    expect(fs.readFileSync(WORDNET_CLOSED_NOUNS_FILE, 'utf8')).toBe(serialiseClosedNouns(deriveClosedNouns(dict, source.replace('wordnet-heads.ts', 'wordnet-closed-nouns.ts'))));
  });
  it('keeps such a word from being read as a closed compound of a head of things, and a word WordNet lacks still read so', () => {
    const heads = grammar().thingHeads;
    expect(['origin', 'origins', 'landscape', 'workload'].map((w) => heads.written(w))).toEqual([undefined, undefined, undefined, undefined]);
    expect(heads.written('dashcams')).toBe('Product');
  });
});
