// A measure only floated, recommended or called possible, an act the actor only signals it may take (relation-rules.yaml
// proposal), and what a rumour, a possibility or reports without "that" put forward (clauses undecided) state no relation.
// Own sentences (helper-254's probes, issue 15), invented companies.
import { describe, expect, it } from 'vitest';
import { BIS, FCC, OFAC } from './ids.ts';
import { statedRelations } from './helpers.ts';

const COMMERCE = 'authority:us-commerce';
const USTR = 'authority:~united-states-trade-representative';

describe('a measure not taken, an act not stated', () => {
  it.each([
    'The Federal Communications Commission floated a ban on lidar sensors.',
    'The Department of Commerce sought public comment on possible restrictions on harbour cranes.',
    'The United States Trade Representative recommended tariffs on forklift trucks.',
    'The Bureau of Industry and Security has signalled that it may add Kestrel Cranes Ltd. to the Entity List.',
    'Rumours that the Federal Communications Commission would ban drones proved false.',
    'Clients should prepare for the possibility that the Office of Foreign Assets Control designates Kestrel Cranes Ltd.',
    'Media reports claimed the Office of Foreign Assets Control had sanctioned Veldry Trawl Ltd.',
  ])('%s: none', (sentence) => {
    expect(statedRelations(sentence)).toEqual([]);
  });
  it('keeps the act taken in the close variants', () => {
    expect(statedRelations('The Federal Communications Commission enacted a ban on lidar sensors.')).toEqual([`${FCC} RESTRICTS product:~lidar-sensor`]);
    expect(statedRelations('The Department of Commerce announced restrictions on harbour cranes.')).toEqual([`${COMMERCE} RESTRICTS product:~harbour-crane`]);
    expect(statedRelations('The United States Trade Representative finalised tariffs on forklift trucks.')).toEqual([`${USTR} RESTRICTS product:~forklift-truck`]);
    expect(statedRelations('The Bureau of Industry and Security has confirmed that it added Kestrel Cranes Ltd. to the Entity List.')).toEqual([`${BIS} ADDS_TO_LIST company:~kestrel-cranes-ltd`]);
    expect(statedRelations('The Office of Foreign Assets Control said it had sanctioned Veldry Trawl Ltd.')).toEqual([`${OFAC} RESTRICTS company:~veldry-trawl-ltd`]);
  });
});
