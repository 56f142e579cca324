// 'The term "X" means A, B and C': a definition that lists things defines a class holding them all, so X is no other name
// of A (recognize/definitions.ts firstListed); a definition by one thing still names it ("means any A that ..."). Own
// sentences, invented terms.
import { describe, expect, it } from 'vitest';
import { recogniseMarkdown } from './helpers.ts';

const surfacesOf = (md: string, name: RegExp): string[] =>
  recogniseMarkdown(`# T\n\n${md}`).sentences.flatMap((s) => s.mentions.filter((m) => name.test(m.id)).map((m) => m.surface));

describe('a defined term of things', () => {
  it('is no name of the first thing its definition lists', () => {
    const md = 'The term "harbour automation equipment" means ship-to-shore cranes, remote operating systems and controllers used at a port.';
    expect(surfacesOf(md, /port-cranes/)).toEqual(['ship-to-shore cranes']);
    expect(surfacesOf('The term "quay machinery" means ship-to-shore cranes or drones.', /port-cranes/)).toEqual(['ship-to-shore cranes']);
  });
  it('is no name of the first thing of a definition whose items semicolons part', () => {
    // The statutory form: each item a thing with its makers, the items parted by semicolons.
    const md = 'The term "covered quay machinery" means ship-to-shore cranes produced by Kestrel Cranes Ltd.; drones and radar sensors produced by Marrowby Cable Co., Ltd.; and services that rely on them.';
    expect(surfacesOf(md, /port-cranes/)).toEqual(['ship-to-shore cranes']);
    // One item before a semicolon that opens another clause still names the thing it narrows.
    expect(surfacesOf('The term "listed cranes" means ship-to-shore cranes on the list; the list is kept by the Council.', /port-cranes/)).toEqual(['listed cranes', 'ship-to-shore cranes']);
  });
  it('is no name of the first thing of a list whose items each open with an article', () => {
    // '"X" means a drone, a camera, or any other device ...': the articles part the items as the commas do.
    const md = '(c) "Listed equipment" means a ship-to-shore crane, a drone, or any other machine that a port operates.';
    expect(surfacesOf(md, /port-cranes/)).toEqual(['ship-to-shore crane']);
    expect(surfacesOf('The term "quay machinery" means ship-to-shore cranes and any drones used at a quay.', /port-cranes/)).toEqual(['ship-to-shore cranes']);
  });
  it('is a name of the one thing its definition narrows', () => {
    expect(surfacesOf('The term "listed cranes" means any ship-to-shore cranes that are on the list.', /port-cranes/)).toEqual(['listed cranes', 'ship-to-shore cranes']);
  });
});

describe('a defined term of companies or bodies', () => {
  // An executive order's enumerative definition ('(d) The term "covered vendor" means A Co., Ltd., B Ltd., and any of
  // their affiliates') defines a class of companies: the term is no other name of A, so a later "a covered vendor" does
  // not stand for A alone.
  it('is no name of the first company its definition lists', () => {
    const md = 'The term "listed vendor" means Kestrel Cranes Ltd., Marrowby Cable Co., Ltd., and any of their affiliates. No agency may buy from a listed vendor.';
    expect(surfacesOf(md, /kestrel/)).toEqual(['Kestrel Cranes Ltd.']);
    expect(surfacesOf('The term "port regulators" means the Norland Maritime Administration and the Norland Trade Council.', /norland-maritime/)).toEqual(['Norland Maritime Administration']);
  });
  it('is a name of the one company it defines', () => {
    // The term used after ("The Vendor sells cranes") is that company too: its one surface is one of the company's
    // (index.ts subsumedNames), no second company "Vendor".
    expect(surfacesOf('The term "the Vendor" means Kestrel Cranes Ltd. and its subsidiaries. The Vendor sells cranes.', /kestrel/)).toEqual(['the Vendor', 'Kestrel Cranes Ltd.', 'Vendor']);
    expect(surfacesOf('The term "the Vendor" means Kestrel Cranes Ltd. and its subsidiaries. The Vendor sells cranes.', /company:~vendor/)).toEqual([]);
  });
});
