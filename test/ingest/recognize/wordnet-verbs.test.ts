// Words WordNet has only as verbs: the policy on a small dictionary of our own, the committed list against the
// package it says it comes from, and the lexicon's use of it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isPastVerb, mayModify, tagsOf } from '../../../ingest/recognize/lexicon.ts';
import { findThings } from '../../../ingest/recognize/things.ts';
import { wordnetPackage } from '../../../ingest/recognize/wordnet-heads.ts';
import { deriveVerbs, serialiseVerbs, WORDNET_VERBS_FILE } from '../../../ingest/recognize/wordnet-verbs.ts';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lawgraph-wordnet-verbs-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** Index files in WordNet's format: a header line, then one lemma a line. */
function dictionary(parts: Record<string, string[]>): string {
  for (const [file, lemmas] of Object.entries(parts)) fs.writeFileSync(path.join(tmp, file), `  1 header line\n${lemmas.map((l) => `${l} x 1 0 1 0 00000001  `).join('\n')}\n`);
  return tmp;
}

describe('WordNet verbs', () => {
  it('takes one-word verbs that are no noun, adjective or adverb', () => {
    const dict = dictionary({
      'index.verb': ['frobnicate', 'sprocket', 'brisk', 'swiftly', 'look_up', 'defrob'],
      'index.noun': ['sprocket'],
      'index.adj': ['brisk'],
      'index.adv': ['swiftly'],
    });
    expect(deriveVerbs(dict, 'ours').verbs).toEqual(['defrob', 'frobnicate']);
    // The verbs that are also another part of speech are listed apart.
    expect(deriveVerbs(dict, 'ours').alsoVerbs).toEqual(['brisk', 'sprocket', 'swiftly']);
  });
  it('is the committed file, generated from the installed package', () => {
    const { dict, source } = wordnetPackage();
    expect(fs.readFileSync(WORDNET_VERBS_FILE, 'utf8')).toBe(serialiseVerbs(deriveVerbs(dict, source.replace('wordnet-heads.ts', 'wordnet-verbs.ts'))));
  });
  it('gives a word compromise does not know, and WordNet has only as a verb, the tag of a verb\'s base form', () => {
    expect(tagsOf('manipulate')).toEqual(['Infinitive']);
    expect(mayModify('manipulate')).toBe(false);
    expect(findThings('Attackers may try to manipulate vehicle software.').map((f) => f.surface)).toEqual(['vehicle software']);
    // Its participle stays what compromise makes of it: often an adjective ("connected", "unmanned").
    expect(isPastVerb('unmanned')).toBe(false);
    expect(findThings('It restricts unmanned aircraft systems.').map((f) => f.surface)).toContain('unmanned aircraft systems');
    // A word compromise knows keeps its tags.
    expect(tagsOf('track')).toEqual(['Singular']);
  });
});
