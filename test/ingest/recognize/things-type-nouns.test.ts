// A plural type noun right after a singular head of things names the head's class by its kinds (grammar/things.yaml
// type-nouns); one opening a list of things is its classification, no item; a scope statement's lead reaches it past
// generic words; an apposition after a comma is no list item.
// Own sentences, invented classes.
import { describe, expect, it } from 'vitest';
import { entityKey } from '../../../ingest/recognize/keys.ts';
import { findMembers } from '../../../ingest/recognize/members.ts';
import { findThings } from '../../../ingest/recognize/things.ts';

const found = (t: string): string[] => findThings(t).map((f) => `${f.surface} [${f.rule}]`);

describe('a type noun after a head of things', () => {
  it('names the head\'s class, in a scope statement past generic words too', () => {
    expect(found('The code applies to new turbine types through type approval.')).toEqual(['turbine types [thing:scope]']);
    expect(found('The decree applies to tidal turbine categories.')).toEqual(['tidal turbine categories [thing:scope]']);
  });
  it('is one thing with the head\'s class', () => {
    const [f] = findThings('The code applies to new turbine types.');
    expect(entityKey(f.label, f.name)).toBe(entityKey('Product', 'turbines'));
  });
  it('names it in the singular too, type approval\'s unit, one thing with the class', () => {
    const [f] = findThings('The Approval Authority regulates the turbine type.');
    expect(`${f.surface} [${f.rule}]`).toBe('turbine type [thing:regulated]');
    expect(entityKey(f.label, f.name)).toBe(entityKey('Product', 'turbines'));
  });
  it('names one type in the singular, no class whose members follow a link', () => {
    const text = 'Test results applied to the turbine type, including design information and operating manuals.';
    expect(findMembers(text, findThings(text)).map((m) => m.surface)).toEqual([]);
    const plural = 'Test results applied to the turbine types, including offshore turbines and tidal turbines.';
    expect(findMembers(plural, findThings(plural)).map((m) => m.surface)).toEqual(['offshore turbines', 'tidal turbines']);
  });
  it('names no item of a list where a word that heads no thing opens it: the list\'s classification', () => {
    // "three product families, drones, ... and ...": the kinds follow; "product" alone heads no class (post-linked heads).
    const text = 'The study covers three product families, turbines, buoy radars and tidal sensors.';
    expect(findThings(text).map((f) => f.surface)).not.toContain('product families');
    expect(findThings('The study covers three product categories, turbines and buoy radars.').map((f) => f.surface)).not.toContain('product categories');
    // After a head of things, a type noun still names the head's class.
    expect(findThings('The study covers three turbine families.').map((f) => f.surface)).toEqual(['turbine families']);
  });
  it('is no type noun after a plural or a word that heads no thing', () => {
    expect(found('The code applies to new contract types.')).toEqual([]);
    expect(found('Three camera models were sold by Brightwater.')).toEqual([]);
  });
});

describe('a type noun and "of" before a head of things written alone', () => {
  it('names the head\'s class with the head alone, one thing with "turbine type"', () => {
    const text = 'If the operator stops running a type of turbine licensed under this Code, it shall tell the board.';
    const [f] = findThings(text);
    expect(`${f.surface} [${f.rule}]`).toBe('turbine [thing:regulated]'); // "licensed under": its support
    expect(entityKey(f.label, f.name)).toBe(entityKey('Product', 'turbines'));
    // The mention is the head: "categories of" stays where the relation rules read it.
    expect(found('The port keeps two categories of turbines in service.')).toEqual(['turbines [thing:noun-phrase]']);
  });
  it('names none where the head modifies a noun after it, is a generic head, or names persons first', () => {
    expect(found('The board keeps the type of turbine data it needs.')).toEqual([]);
    expect(found('The board lists the categories of equipment it checks.')).toEqual([]);
    // "controller" is first a person to WordNet (wordnet-persons.json): alone, no class of things.
    expect(found('The board lists the categories of controllers it audits.')).toEqual([]);
  });
});

describe('a scope statement\'s lead past generic words', () => {
  it('names the class after a demonym or another generic word', () => {
    expect(found('A tariff applies to Chinese tidal turbines.')).toEqual(['tidal turbines [thing:scope]']);
  });
  it('takes no apposition after a comma for an item of the list', () => {
    expect(found('A tariff applies to tidal turbines, the large machines that power the port.')).toEqual(['tidal turbines [thing:scope]']);
  });
});
