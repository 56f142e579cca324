// The name right after a product's noun and "from" (a participle of buying maybe between) is the product's supplier, a
// company, where it names no place. Own sentences, invented names.
import { describe, expect, it } from 'vitest';
import { recogniseMarkdown } from './helpers.ts';
import { surfacesOf } from '../one-sentence.ts';

const companies = (md: string): string[] =>
  surfacesOf(recogniseMarkdown(md), 'Company');

describe("a product's supplier after 'from'", () => {
  it('is a company', () => {
    expect(companies('The sensors use laser chips from Tarrow Guangrui Optoelectronics, it said.')).toEqual(['Tarrow Guangrui Optoelectronics']);
    expect(companies('About a third of the units use cellular modems bought from Velm Quanlu Electronics.')).toEqual(['Velm Quanlu Electronics']);
  });
  it('is no place, and needs a product before "from"', () => {
    expect(companies('The plant buys drones from Shenzhen and chips imported from China.')).toEqual([]);
    expect(companies('Officials from Harrow Port Holdings met.')).toEqual(['Harrow Port Holdings']);
    expect(companies('Visitors from Tarrow Velmwood came.')).toEqual([]);
    expect(companies('The sensors use laser chips from Tarrow Velmwood, it said.')).toEqual(['Tarrow Velmwood']);
  });
  it('is no date: "from April 2027" says when', () => {
    expect(companies('The carrier will stop buying Velmtek routers from April 2027.')).toEqual([]);
    expect(companies('Orders of cellular modems from June onward were cancelled.')).toEqual([]);
  });
});

describe("a supplier after a compound product's noun", () => {
  // "flash memory" is a WordNet compound of things whose second word alone heads none ("memory" is first a faculty).
  it('is a company, after a noun that closes a compound of things', () => {
    expect(companies('The routers carry flash memory from Zentrovia, the audit found.')).toEqual(['Zentrovia']);
    expect(companies('The routers carry flash memory bought from Varnby Semiconductor.')).toEqual(['Varnby Semiconductor']);
  });
  it('but not after that noun alone or in no compound, nor a place', () => {
    expect(companies('Investors recalled their memory from Zentrovia.')).toEqual([]);
    expect(companies('The routers carry old memory from Zentrovia.')).toEqual([]);
    expect(companies('The routers carry flash memory from Shenzhen.')).toEqual([]);
  });
});

describe('the suppliers coordinated after the first', () => {
  it('are companies too', () => {
    expect(companies('The council banned cameras from Tarrow Optics Ltd., Varnby and Osterholm.')).toEqual(['Tarrow Optics Ltd.', 'Varnby', 'Osterholm']);
  });
  it('but a place or a country', () => {
    expect(companies('Ports bought cranes from Tarrow Cranes Ltd. and Norway.')).toEqual(['Tarrow Cranes Ltd.']);
  });
});
