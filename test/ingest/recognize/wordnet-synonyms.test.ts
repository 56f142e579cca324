// Names of one made thing from WordNet (wordnet-synonyms.ts): the policy on a small dictionary of our own in WordNet's
// file format, the committed list against the package, and the names a document gives one class of goods
// (thing-aliases.ts synonymThings). Own sentences, invented companies.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../ingest/catalog/index.ts';
import { synonymThings } from '../../../ingest/recognize/thing-aliases.ts';
import { wordnetPackage } from '../../../ingest/recognize/wordnet-heads.ts';
import { deriveSynonyms, serialiseSynonyms, synonymGroup, WORDNET_SYNONYMS_FILE } from '../../../ingest/recognize/wordnet-synonyms.ts';
import { Matcher } from '../../../ingest/recognize/matcher.ts';
import { recogniseMarkdown } from './helpers.ts';
import { mentionsOf } from '../one-sentence.ts';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lawgraph-synonyms-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('names of one made thing from WordNet', () => {
  it('keeps a synset of made things with a name of two words, each name where the synset is its first made-thing sense', () => {
    const dir = fs.mkdtempSync(path.join(tmp, 'dict-'));
    // `similar`: offsets of similar adjectives (WordNet's "&").
    const synset = (off: string, lexfile: string, pos: string, lemmas: string[], similar: string[] = []): string =>
      `${off} ${lexfile} ${pos} ${lemmas.length.toString(16).padStart(2, '0')} ${lemmas.map((l) => `${l} 0`).join(' ')} ${String(similar.length).padStart(3, '0')}${similar.map((o) => ` & ${o} a 0000`).join('')} | a gloss of our own`;
    fs.writeFileSync(
      path.join(dir, 'data.noun'),
      `  1 header line\n${[
        synset('00000001', '05', 'n', ['hummer']), // a bird, the word's first sense
        synset('00000002', '06', 'n', ['hummer', 'crewless_glider', 'flying_hummer']),
        synset('00000003', '06', 'n', ['machine']),
        synset('00000004', '06', 'n', ['wagon', 'machine', 'motor_wagon']),
        synset('00000005', '06', 'n', ['kettle', 'boiler']),
        synset('00000006', '06', 'n', ['wild_card', 'joker']),
      ].join('\n')}\n`,
    );
    fs.writeFileSync(
      path.join(dir, 'index.noun'),
      `  1 header line\n${[
        'boiler n 1 0 1 0 00000005',
        'crewless_glider n 1 0 1 0 00000002',
        'flying_hummer n 1 0 1 0 00000002',
        'hummer n 2 0 2 0 00000001 00000002',
        'joker n 1 0 1 0 00000006',
        'kettle n 1 0 1 0 00000005',
        'machine n 2 0 2 0 00000003 00000004',
        'motor_wagon n 1 0 1 0 00000004',
        'wagon n 1 0 1 0 00000004',
        'wild_card n 1 0 1 0 00000006',
      ].join('\n')}\n`,
    );
    fs.writeFileSync(
      path.join(dir, 'data.adj'),
      `  1 header line\n${[
        synset('00000010', '00', 'a', ['crewless', 'uncrewed'], ['00000011']),
        synset('00000011', '00', 's', ['driverless']),
        synset('00000012', '00', 'a', ['wild']),
        synset('00000013', '00', 'a', ['wild', 'fierce']),
      ].join('\n')}\n`,
    );
    fs.writeFileSync(path.join(dir, 'index.adj'), `  1 header line\n${['crewless a 1 1 & 1 0 00000010', 'driverless a 1 0 1 0 00000011', 'fierce a 1 0 1 0 00000013', 'uncrewed a 1 1 & 1 0 00000010', 'wild a 2 0 2 0 00000012 00000013'].join('\n')}\n`);
    expect(deriveSynonyms(dir)).toEqual([
      // "hummer" is first a bird, but its first made thing is the glider; an adjective of one sense stands with its synonym
      // and the adjective WordNet links to it.
      ['crewless glider', 'driverless glider', 'flying hummer', 'hummer', 'uncrewed glider'],
      // "wild" has two senses: no "fierce card".
      ['joker', 'wild card'],
      // "machine" is first another made thing: no name of the wagon.
      ['motor wagon', 'wagon'],
    ]);
    // "kettle" and "boiler": two one-word names, left to the catalog.
  });
  it('is the committed file, generated from the installed package', () => {
    const { dict, source } = wordnetPackage();
    expect(fs.readFileSync(WORDNET_SYNONYMS_FILE, 'utf8')).toBe(serialiseSynonyms(source.replace('wordnet-heads.ts', 'wordnet-synonyms.ts'), deriveSynonyms(dict)));
  });
  it('groups the names WordNet gives drones and mobile phones, not a hypernym', () => {
    expect(synonymGroup('unmanned aircraft')).toBe(synonymGroup('drone'));
    expect(synonymGroup('mobile phone')).toBe(synonymGroup('cellular telephone'));
    expect(synonymGroup('aircraft')).not.toBe(synonymGroup('drone'));
  });
});

describe('two names of one class of goods in a document', () => {
  const m = (id: string, surface: string) => ({ id, label: 'Product', surface });
  const found = (id: string): boolean => id.startsWith('p:');
  it('makes "small unmanned aircraft" the drones the document names', () => {
    expect([...synonymThings([m('p:drone', 'drones'), m('p:ua', 'small unmanned aircraft'), m('p:ua', 'aircraft')], found)]).toEqual([['p:ua', 'p:drone']]);
    // A catalog entry keeps its id; two catalog entries stay apart.
    expect([...synonymThings([m('p:ua', 'unmanned aircraft'), m('product:drones', 'drones')], found)]).toEqual([['p:ua', 'product:drones']]);
    expect([...synonymThings([m('product:a', 'unmanned aircraft'), m('product:drones', 'drones')], found)]).toEqual([]);
  });
  it('leaves a hypernym, a head alone and kinds on one head apart', () => {
    expect([...synonymThings([m('p:car', 'passenger cars'), m('p:mv', 'motor vehicles')], found)]).toEqual([]);
    expect([...synonymThings([m('p:drone', 'drones'), m('p:air', 'aircraft')], found)]).toEqual([]);
    // Describing words are not left out down to the head: "body-worn cameras" and "outdoor cameras" are kinds.
    expect([...synonymThings([m('p:a', 'body-worn cameras'), m('p:b', 'outdoor cameras'), m('p:c', 'photographic cameras')], found)]).toEqual([]);
    // "consumer drones" and "military drones": no name WordNet has.
    expect([...synonymThings([m('p:a', 'consumer drones'), m('p:b', 'military drones')], found)]).toEqual([]);
  });
  it('reads one thing in sentences, with the catalog and without it', () => {
    const md = '# Notice\n\nThe Ministry restricted imports of drones made by Tarnwick Aero. Harbour police forces use small unmanned aircraft made by Lisk Avionics for survey work.';
    const ids = (matcher?: Matcher): string[] => [...new Set(mentionsOf(recogniseMarkdown(md, matcher), 'Product').map((x) => x.id))];
    expect(ids()).toEqual(['product:drones']);
    const withheld = Matcher.fromCatalog(loadCatalog().entries.filter((e) => e.label === 'Jurisdiction'));
    expect(ids(withheld)).toHaveLength(1);
  });
});
