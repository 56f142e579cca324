// A named list whose capitalised name holds a catalog thing's word or acronym is one instrument, the thing a word of its
// name (instruments.ts thingLists). Own sentences, invented lists and firms.
import { describe, expect, it } from 'vitest';
import { recogniseMarkdown } from './helpers.ts';
import { mentionsOf } from '../one-sentence.ts';

const mentions = (md: string): string[] => mentionsOf(recogniseMarkdown(md)).map((m) => `${m.label}:${m.surface}`);

describe('a named list holding a thing in its name', () => {
  it('is one instrument, in lower case or as a registry', () => {
    expect(mentions('# T\n\nThe ministry added the Osprey to its Blue UAS list in March.')).toContain('Law:Blue UAS list');
    expect(mentions('# T\n\nThe city buys only from makers on the Blue UAS list.')).not.toContain('Product:UAS');
    expect(mentions('# T\n\nThe agency keeps the Green Drone Registry and the Trusted IoT Label list.')).toEqual(['Law:Green Drone Registry', 'Law:Trusted IoT Label list']);
    expect(mentions("# T\n\nBuyers check the Commission's Safe Drone register first.")).toContain('Law:Safe Drone register');
  });
  it('leaves a generic list of things, a thing alone before "list" and a thing beside a named list as they are', () => {
    expect(mentions('# T\n\nThe office publishes a list of drones and the drones list every year.')).toEqual(['Product:drones', 'Product:drones']);
    expect(mentions('# T\n\nThe office updates the UAS list every year.')).toContain('Product:UAS');
    expect(mentions('# T\n\nThe firm sold UAS on the Covered List.')).toEqual(['Product:UAS', 'Law:Covered List']);
  });
});
