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
  it('lists the verbs that are also another part of speech and that its tagged senses read mostly as verbs', () => {
    const dict = dictionary({ 'index.verb': ['sprocket', 'brisk', 'gimble'], 'index.noun': ['sprocket', 'brisk', 'gimble'] });
    // index.sense: "lemma%ss_type:..." (2 a verb), offset, sense number, tag count.
    const senses = ['brisk%1:04:00:: 00000001 1 1', 'brisk%2:30:00:: 00000002 1 5', 'gimble%2:30:00:: 00000003 1 2', 'sprocket%1:06:00:: 00000004 1 9', 'sprocket%2:35:00:: 00000005 1 9'];
    fs.writeFileSync(path.join(dict, 'index.sense'), `${senses.join('\n')}\n`);
    // brisk 5 verb to 1 other: mostly a verb; gimble too few tags (2); sprocket as often a noun.
    expect(deriveVerbs(dict, 'ours').mostlyVerbs).toEqual(['brisk']);
    fs.rmSync(path.join(dict, 'index.sense'));
  });
  it('lists the verbs that take "to" and an infinitive, by the frame a synset gives all its words or one', () => {
    const dict = dictionary({ 'index.verb': ['plot', 'scheme', 'relate'] });
    // data.verb: offset, file, type, word count (hex), words, pointer count, frame count, frames (+ frame word), gloss.
    const synsets = ['00000001 31 v 02 plot 0 scheme 0 000 01 + 28 00 | make plans', '00000002 31 v 01 relate 0 000 02 + 26 00 + 28 02 | tell', '00000003 31 v 02 aim 0 intend 0 001 @ 00000001 v 0000 01 + 28 02 | have in mind'];
    fs.writeFileSync(path.join(dict, 'data.verb'), `  1 header line\n${synsets.join('\n')}\n`);
    // Frame 28 for every word of plot's synset, for intend only of the third (its second word), none of relate's words
    // (word 02 of a synset of one word).
    expect(deriveVerbs(dict, 'ours').infinitiveVerbs).toEqual(['intend', 'plot', 'scheme']);
    fs.rmSync(path.join(dict, 'data.verb'));
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
