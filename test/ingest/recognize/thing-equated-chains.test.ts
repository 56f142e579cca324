// A thing name joined to another that a sentence equates with a third joins where that one went (index.ts, the loop over
// thing-aliases.ts equatedThings, genericVariants and the rest): "harbour survey aircraft" beside "harbour survey
// aircraft systems (drones)" is the drones. Own sentences, invented goods.
import { describe, expect, it } from 'vitest';
import { recogniseMarkdown } from './helpers.ts';
import { surfaceIdsOf } from '../one-sentence.ts';

const things = (md: string): string[] => surfaceIdsOf(recogniseMarkdown(md), ['Product', 'Technology']);

describe('a join to an equated name', () => {
  it('goes where the equated name went', () => {
    const md = '# T\n\nThe authority restricts harbour survey aircraft systems (drones) made by Acme Ltd.\n\nPorts must not lease harbour survey aircraft or docking stations from Acme Ltd.';
    const ids = things(md).filter((t) => /aircraft|drones/.test(t)).map((t) => t.split('=')[1]);
    expect(new Set(ids).size).toBe(1);
  });
});
