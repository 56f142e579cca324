// A size word right after the determiners narrows a class (grammar/things.yaml evaluative), read both ways as the
// evaluative words are; not after "a", where it describes one item. Own sentences, invented companies.
import { describe, expect, it } from 'vitest';
import { findThings } from '../../../ingest/recognize/things.ts';

const found = (t: string): string[] => findThings(t).map((f) => `${f.surface} [${f.rule}]${f.plain ? ` plain: ${f.plain.surface}` : ''}`);

describe('a size word before a class', () => {
  it('narrows it, the plain class inside', () => {
    expect(found('Harlow Systems Inc. is a distributor of small piston engines for harbour drones.')).toContain('small piston engines [thing:made] plain: piston engines');
    expect(found('The ministry restricted exports of large lithium batteries.')).toEqual(['large lithium batteries [thing:narrowed] plain: lithium batteries']);
  });
  it('describes one item after "a"', () => {
    expect(found('The camera keeps its keys in a small encryption chip.')).toEqual(['encryption chip [thing:noun-phrase]']);
  });
});
