// Heads of products and technologies that WordNet lacks or files under another sense first (grammar/things.yaml heads:
// transceiver, gateway, microelectronics, optoelectronics; the compounds base, ground, control, earth station), and the re-exporter among the maker nouns. Own
// sentences, invented companies and places.
import { describe, expect, it } from 'vitest';
import { grammar } from '../../../ingest/recognize/grammar.ts';
import { findThings } from '../../../ingest/recognize/things.ts';
import { recogniseMarkdown } from './helpers.ts';

const things = (text: string): string[] =>
  recogniseMarkdown(`# T\n\n${text}`).sentences.flatMap((s) =>
    s.mentions.filter((m) => m.label === 'Product' || m.label === 'Technology').map((m) => `${m.surface} (${m.label})`),
  );

describe('heads WordNet lacks or reads as something else first', () => {
  it('reads transceivers (not in WordNet) as products, singular and plural', () => {
    expect(things('The rule restricts satellite transceivers and marine radars.')).toContain('satellite transceivers (Product)');
    expect(grammar().thingHeads.get('transceiver')).toBe('Product');
  });
  it('reads gateways (an entrance to WordNet) as products', () => {
    expect(things('The agency certifies IoT gateways and smart meters.')).toContain('IoT gateways (Product)');
    expect(things('The ministry regulates industrial gateways.')).toEqual(['industrial gateways (Product)']);
  });
  it('reads the stations of this field\'s equipment (compounds WordNet lacks) as products, no other station', () => {
    expect(things('The order covers 5G base stations, routers and optical network terminals.')).toEqual([
      '5G base stations (Product)',
      'routers (Product)',
      'optical network terminals (Product)',
    ]);
    expect(things('The rule bans ground control stations made by Norvik.')).toEqual(['ground control stations (Product)']);
    expect(things('The regulator licenses satellite earth stations.')).toEqual(['satellite earth stations (Product)']);
    // "station" alone is a place, and so is what WordNet does not name: no head of things.
    expect(things('The rule covers duty stations and border stations.')).toEqual([]);
    expect(things('The agency inspects weather stations, research stations and monitoring stations.')).toEqual([]);
  });
  it('reads chipsets (not in WordNet) and gate arrays (an arrangement to WordNet) as products', () => {
    expect(things('The rule restricts exports of modem chipsets and field-programmable gate arrays.')).toEqual([
      'modem chipsets (Product)',
      'field-programmable gate arrays (Product)',
    ]);
    expect(grammar().thingHeads.get('chipset')).toBe('Product');
    // "array" alone heads nothing: an arrangement ("a wide array of goods").
    expect(things('The regulator restricts a wide array of goods.')).toEqual([]);
  });
  it('reads microelectronics and optoelectronics (sciences to WordNet) as technologies, alone in a list or traded', () => {
    expect(things('The rule covers satellite modems, microelectronics and machine tools.')).toContain('microelectronics (Technology)');
    expect(things('Exports of optoelectronics to Norland require a licence.')).toEqual(['optoelectronics (Technology)']);
  });
});

describe('maker nouns', () => {
  it('reads what a re-exporter re-exports as its line, as an exporter\'s', () => {
    expect(things('Norvik, a Hong Kong re-exporter of microelectronics, was fined.')).toEqual(['microelectronics (Technology)']);
    // The maker's line is its support (thing:made), a plural head alone too.
    expect(findThings('Two re-exporters of marine radars were fined.').map((f) => `${f.surface} [${f.rule}]`)).toEqual(['marine radars [thing:made]']);
    expect(findThings('Norvik, a re-exporter of radars, was fined.').map((f) => `${f.surface} [${f.rule}]`)).toEqual(['radars [thing:made]']);
  });
});
