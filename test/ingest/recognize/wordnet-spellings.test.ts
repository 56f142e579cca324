// British and American spellings from WordNet (wordnet-spellings.ts): the alternations, the policy on a small dictionary
// of our own in WordNet's file format, the committed list against the package, and thing names spelt both ways in one
// document (thing-aliases.ts spelledAlike). Own sentences, invented companies.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { spelledAlike } from '../../../ingest/recognize/thing-aliases.ts';
import { wordnetPackage } from '../../../ingest/recognize/wordnet-heads.ts';
import { alternation, americanSpelling, deriveSpellings, serialiseSpellings, WORDNET_SPELLINGS_FILE } from '../../../ingest/recognize/wordnet-spellings.ts';
import { recogniseMarkdown } from './helpers.ts';
import { surfaceIdsOf } from '../one-sentence.ts';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lawgraph-spellings-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('spelling alternations', () => {
  it('reads the regular British and American alternations in their place', () => {
    for (const [b, a] of [['fibre', 'fiber'], ['colour', 'color'], ['digitise', 'digitize'], ['analyse', 'analyze'], ['defence', 'defense'], ['catalogue', 'catalog'], ['modelling', 'modeling'], ['programme', 'program'], ['haemoglobin', 'hemoglobin']]) expect([b, alternation(b, a)]).toEqual([b, true]);
  });
  it('reads no other difference as one', () => {
    for (const [b, a] of [['telephony', 'telephone'], ['metrical', 'metric'], ['alike', 'like'], ['homely', 'homey'], ['tyre', 'tire']]) expect([b, alternation(b, a)]).toEqual([b, false]);
  });
});

describe('spellings from WordNet', () => {
  it('pairs only the lemmas one synset holds', () => {
    const dir = fs.mkdtempSync(path.join(tmp, 'dict-'));
    const synset = (off: string, lemmas: string[]): string => `${off} 06 n ${lemmas.length.toString(16).padStart(2, '0')} ${lemmas.map((l) => `${l} 0`).join(' ')} 000 | a gloss of our own`;
    fs.writeFileSync(path.join(dir, 'data.noun'), `  1 header line\n${[synset('00000001', ['fibre', 'fiber', 'fibril']), synset('00000002', ['four']), synset('00000003', ['for'])].join('\n')}\n`);
    fs.writeFileSync(path.join(dir, 'data.adj'), `  1 header line\n${synset('00000004', ['colourful', 'colorful'])}\n`);
    fs.writeFileSync(path.join(dir, 'data.verb'), '  1 header line\n');
    expect(deriveSpellings(dir)).toEqual({ colourful: 'colorful', fibre: 'fiber' });
  });
  it('is the committed file, generated from the installed package', () => {
    const { dict, source } = wordnetPackage();
    expect(fs.readFileSync(WORDNET_SPELLINGS_FILE, 'utf8')).toBe(serialiseSpellings(source.replace('wordnet-heads.ts', 'wordnet-spellings.ts'), deriveSpellings(dict)));
  });
  it('spells a word and its inflections the American way', () => {
    expect(['fibre', 'fibres', 'digitised', 'colour', 'modelling', 'fiber', 'cable'].map(americanSpelling)).toEqual(['fiber', 'fibers', 'digitized', 'color', 'modeling', 'fiber', 'cable']);
  });
});

const things = (md: string): string[] =>
  surfaceIdsOf(recogniseMarkdown(md), ['Product', 'Technology']);

describe('a thing spelt the British and the American way in one document', () => {
  it('is one thing', () => {
    expect(things('# T\n\nThe Department restricted imports of fiber-optic cables from Norland. Fibre optic cables made by Tarnwick Link were also named.')).toEqual([
      'fiber-optic cables=product:~fiber-optic-cable',
      'Fibre optic cables=product:~fiber-optic-cable',
    ]);
    expect(things('# T\n\nThe Commission regulates digitised tide sensors. Digitized tide sensors made by Lisk are covered.')).toEqual([
      'digitised tide sensors=product:~digitised-tide-sensor',
      'Digitized tide sensors=product:~digitised-tide-sensor',
    ]);
  });
  it('joins names spelt apart by a word, not by a different word', () => {
    const m = (id: string, surface: string) => ({ id, label: 'Product', surface });
    expect([...spelledAlike([m('p:a', 'colour cameras'), m('p:b', 'color cameras')], () => true)]).toEqual([['p:b', 'p:a']]);
    expect([...spelledAlike([m('p:a', 'colour cameras'), m('p:b', 'collar cameras')], () => true)]).toEqual([]);
  });
});
