// Nouns of persons from WordNet: the policy on a small dictionary of our own, the committed list against the package it
// says it comes from, and the reading it serves (a thing's name before such a noun names people). Own sentences.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../ingest/catalog/index.ts';
import { singular } from '../../../ingest/recognize/lexicon.ts';
import { Matcher } from '../../../ingest/recognize/matcher.ts';
import { wordnetPackage } from '../../../ingest/recognize/wordnet-heads.ts';
import { derivePersons, isPersonNoun, serialisePersons, WORDNET_PERSONS_FILE } from '../../../ingest/recognize/wordnet-persons.ts';
import { recogniseMarkdown } from './helpers.ts';
import { nounDictionary } from './wordnet-dictionary.ts';
import { surfacesOf } from '../one-sentence.ts';

const dictionary = nounDictionary('wordnet-persons');

describe('WordNet nouns of persons', () => {
  it('takes a noun whose main sense is a class of persons, tagged as a noun at least as often as otherwise', () => {
    const dict = dictionary(
      [
        '00000001 18 n 01 steward 0 000 | one who manages',
        '00000002 06 n 01 gimbal 0 000 | a device',
        '00000003 18 n 01 pilot 0 000 | one who flies',
        '00000004 06 n 01 pilot 0 000 | a test model',
        '00000005 18 n 01 sprocket 0 000 | a person',
        '00000006 06 n 01 sprocket 0 000 | a wheel',
        '00000007 18 n 01 tarnwell 0 001 @i 00000001 n 0000 | a named steward',
        '00000008 18 n 01 boss 0 000 | one in charge',
      ],
      ['steward n 1 0 1 1 00000001', 'gimbal n 1 0 1 0 00000002', 'pilot n 2 0 2 2 00000004 00000003', 'sprocket n 2 0 2 2 00000005 00000006', 'tarnwell n 1 0 1 0 00000007', 'boss n 1 0 1 1 00000008'],
      ['steward%1:18:00:: 00000001 1 3', 'pilot%1:18:00:: 00000003 2 5', 'pilot%1:06:00:: 00000004 1 1', 'sprocket%1:18:00:: 00000005 1 1', 'sprocket%1:06:00:: 00000006 2 4', 'boss%1:18:00:: 00000008 1 1', 'boss%2:41:00:: 00000009 1 3'],
    );
    // pilot: its person sense counted most, though listed second; sprocket: a wheel most; tarnwell: a named person; boss:
    // tagged as a verb more often; gimbal: a device.
    expect(derivePersons(dict, 'ours').persons).toEqual(['pilot', 'steward']);
  });
  it('is the committed file, generated from the installed package', () => {
    const { dict, source } = wordnetPackage();
    expect(fs.readFileSync(WORDNET_PERSONS_FILE, 'utf8')).toBe(serialisePersons(derivePersons(dict, source.replace('wordnet-heads.ts', 'wordnet-persons.ts'))));
  });
  it('reads singular and plural nouns of persons, no goods', () => {
    expect(['stewards', 'steward', 'pilots', 'owners'].map((w) => isPersonNoun(w, singular))).toEqual([true, true, true, true]);
    expect(['cameras', 'modules', 'software'].map((w) => isPersonNoun(w, singular))).toEqual([false, false, false]);
  });
});

describe('a thing before a noun of persons', () => {
  const matcher = Matcher.fromCatalog(loadCatalog().entries);
  const things = (md: string): string[] =>
    surfacesOf(recogniseMarkdown(md, matcher), ['Product', 'Technology']);
  it('names people, no class of things', () => {
    expect(things('# T\n\nOpen-source firmware stewards shall publish a security policy.')).toEqual([]);
    expect(things('# T\n\nThe rule applies to cargo buoy pilots and their employers.')).toEqual([]);
  });
  it('keeps the thing before a company noun, whose compound names what the firms make or provide, and a thing alone', () => {
    expect(things('# T\n\nThe rule applies to open-source firmware developers.')).toEqual(['open-source firmware']);
    expect(things('# T\n\nThe rule applies to open-source firmware and its stewards.')).toEqual(['open-source firmware']);
  });
});
