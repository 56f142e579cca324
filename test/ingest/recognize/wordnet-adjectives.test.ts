// Words WordNet has only as adjectives, in use ("visible"): the policy on a small dictionary of our own, the committed list
// against the package it says it comes from, and where it is read (thing-aliases.ts describes, through genericVariants).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { genericVariants } from '../../../ingest/recognize/thing-aliases.ts';
import { deriveAdjectives, isWordNetAdjective, serialiseAdjectives, WORDNET_ADJECTIVES_FILE } from '../../../ingest/recognize/wordnet-adjectives.ts';
import { wordnetPackage } from '../../../ingest/recognize/wordnet-heads.ts';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lawgraph-wordnet-adjectives-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('WordNet words that are only adjectives', () => {
  it('takes a one-word adjective the tagged corpus uses that is no noun or verb', () => {
    fs.writeFileSync(path.join(tmp, 'index.adj'), ['  1 header line', 'glossy a 1 1 & 1 1 00000001', 'murky a 1 1 & 1 0 00000002', 'square a 1 0 1 1 00000003', 'tidy a 1 0 1 2 00000004', 'well_made a 1 0 1 1 00000005', ''].join('\n'));
    fs.writeFileSync(path.join(tmp, 'index.noun'), ['  1 header line', 'square n 1 0 1 1 00000006', ''].join('\n'));
    fs.writeFileSync(path.join(tmp, 'index.verb'), ['  1 header line', 'tidy v 1 0 1 1 00000007', ''].join('\n'));
    // murky: never tagged; square: a noun too; tidy: a verb too; well_made: two words.
    expect(deriveAdjectives(tmp, 'ours').adjectives).toEqual(['glossy']);
  });
  it('is the committed file, generated from the installed package', () => {
    const { dict, source } = wordnetPackage();
    expect(fs.readFileSync(WORDNET_ADJECTIVES_FILE, 'utf8')).toBe(serialiseAdjectives(deriveAdjectives(dict, source.replace('wordnet-heads.ts', 'wordnet-adjectives.ts'))));
    expect(['visible', 'adjacent', 'camera', 'cable'].map(isWordNetAdjective)).toEqual([true, true, false, false]);
  });
  it('describes the goods before a name the document writes shorter: "visible dockside camera systems" are the dockside cameras', () => {
    const m = (id: string, surface: string) => ({ id, label: 'Product', surface });
    const found = (id: string): boolean => id.startsWith('p:');
    expect([...genericVariants([m('p:cam', 'dockside cameras'), m('p:sys', 'visible dockside camera systems')], found)]).toEqual([['p:sys', 'p:cam']]);
    // A noun before the name names a kind: "harbour dockside camera systems" stay apart.
    expect([...genericVariants([m('p:cam', 'dockside cameras'), m('p:sys', 'harbour dockside camera systems')], found)]).toEqual([]);
  });
});
