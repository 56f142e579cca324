// Nouns of made things and substances from WordNet by lexicographer file: the policy on a small dictionary of our own, the
// committed list against the package it says it comes from, and words of the field. Own sentences and words.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { singular } from '../../../ingest/recognize/lexicon.ts';
import { deriveArtifacts, isArtifactNoun, serialiseArtifacts, WORDNET_ARTIFACTS_FILE } from '../../../ingest/recognize/wordnet-artifacts.ts';
import { wordnetPackage } from '../../../ingest/recognize/wordnet-heads.ts';
import { nounDictionary } from './wordnet-dictionary.ts';

const dictionary = nounDictionary('wordnet-artifacts');

describe('WordNet nouns of made things and substances', () => {
  it('takes a noun with a made or substance sense whose main sense is no person, group, act, communication or place', () => {
    const dict = dictionary(
      [
        '00000001 09 n 01 recall 0 000 | a faculty of the mind',
        '00000002 06 n 01 recall 0 000 | a storage device',
        '00000003 27 n 01 tarnium 0 000 | a metal',
        '00000004 14 n 01 maker 0 000 | a business',
        '00000005 06 n 01 maker 0 000 | a machine',
        '00000006 18 n 01 runner 0 000 | a person',
        '00000007 06 n 01 runner 0 000 | a blade',
        '00000008 10 n 01 ledger 0 000 | a document',
        '00000009 04 n 01 ledger 0 000 | an act',
      ],
      ['recall n 2 0 2 0 00000001 00000002', 'tarnium n 1 0 1 0 00000003', 'maker n 2 0 2 0 00000004 00000005', 'runner n 2 0 2 0 00000006 00000007', 'ledger n 2 0 2 0 00000008 00000009'],
      ['recall%1:09:00:: 00000001 1 4', 'recall%1:06:00:: 00000002 2 0', 'maker%1:14:00:: 00000004 1 2', 'maker%1:06:00:: 00000005 2 0', 'runner%1:18:00:: 00000006 2 1', 'runner%1:06:00:: 00000007 1 3'],
    );
    // recall: first a faculty, a device too; tarnium: a substance; maker: a business most; runner: a blade counted most,
    // though listed second; ledger: no made sense.
    expect(deriveArtifacts(dict, 'ours').artifacts).toEqual(['recall', 'runner', 'tarnium']);
  });
  it('is the committed file, generated from the installed package', () => {
    const { dict, source } = wordnetPackage();
    expect(fs.readFileSync(WORDNET_ARTIFACTS_FILE, 'utf8')).toBe(serialiseArtifacts(deriveArtifacts(dict, source.replace('wordnet-heads.ts', 'wordnet-artifacts.ts'))));
  });
  it('reads made things and substances, singular and plural, no classes of companies or persons', () => {
    expect(['memory', 'modules', 'gallium', 'accelerators'].map((w) => isArtifactNoun(w, singular))).toEqual([true, true, true, true]);
    expect(['manufacturers', 'operator', 'regulation'].map((w) => isArtifactNoun(w, singular))).toEqual([false, false, false]);
  });
});
