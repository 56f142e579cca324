// Product heads from WordNet: the policy on a small dictionary of our own in WordNet's file format, the committed
// list against the package it says it comes from, and the lookup the recognizer uses.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { grammar } from '../../../ingest/recognize/grammar.ts';
import { ThingHeads, readDerivedHeads } from '../../../ingest/recognize/thing-heads.ts';
import { findThings } from '../../../ingest/recognize/things.ts';
import { deriveHeads, handHeads, serialise, WORDNET_HEADS_FILE, wordnetMadeRoots, wordnetPackage, wordnetRoots } from '../../../ingest/recognize/wordnet-heads.ts';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lawgraph-wordnet-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** A dictionary in WordNet's format: synsets as [offset, lemmas, hypernym offsets], noun senses per lemma in
 *  order with their tagged counts, and the other parts of speech's counts by lemma. */
function dictionary(synsets: ([string, string[], string[]] | [string, string[], string[], string])[], senses: Record<string, [string, number][]>, otherUses: Record<string, number> = {}): string {
  const dir = fs.mkdtempSync(path.join(tmp, 'dict-'));
  // A synset's lexicographer file: 06 (noun.artifact) unless given ("14": noun.group).
  const data = synsets.map(([off, lemmas, hyp, lexfile = '06']) => {
    const words = lemmas.map((l) => `${l} 0`).join(' ');
    const pointers = hyp.map((h) => `@ ${h} n 0000`).join(' ');
    return `${off} ${lexfile} n ${lemmas.length.toString(16).padStart(2, '0')} ${words} ${String(hyp.length).padStart(3, '0')}${pointers ? ` ${pointers}` : ''} | a gloss of our own`;
  });
  fs.writeFileSync(path.join(dir, 'data.noun'), `  1 header line, as in the real files\n${data.join('\n')}\n`);
  const index = Object.entries(senses).map(([lemma, ss]) => `${lemma} n ${ss.length} 1 @ ${ss.length} 0 ${ss.map(([o]) => o).join(' ')}  `);
  fs.writeFileSync(path.join(dir, 'index.noun'), `  1 header line\n${index.join('\n')}\n`);
  const keys = [
    'entity%1:03:00:: 00000001 1 0',
    'artifact%1:03:00:: 00000002 1 0',
    'abstraction%1:03:00:: 00000003 1 0',
    'document%1:10:00:: 00000004 1 0',
    'device%1:06:00:: 00000005 1 0',
    ...Object.entries(senses).flatMap(([lemma, ss]) => ss.map(([o, c], i) => `${lemma}%1:06:0${i}:: ${o} ${i + 1} ${c}`)),
    ...Object.entries(otherUses).map(([lemma, c]) => `${lemma}%3:00:00:: 09999999 1 ${c}`),
  ];
  fs.writeFileSync(path.join(dir, 'index.sense'), `${keys.join('\n')}\n`);
  return dir;
}

describe('WordNet product heads', () => {
  const dict = dictionary(
    [
      ['00000001', ['entity'], []],
      ['00000002', ['artifact'], ['00000001']],
      ['00000003', ['abstraction'], ['00000001']],
      ['00000004', ['document'], ['00000003']],
      ['00000005', ['device'], ['00000002']],
      ['00000010', ['sprocketeer'], ['00000005']],
      ['00000011', ['gizmo'], ['00000005']],
      ['00000012', ['gizmo'], ['00000003']],
      ['00000013', ['charter'], ['00000005']],
      ['00000014', ['charter'], ['00000004']],
      ['00000015', ['flange'], ['00000005']],
      ['00000016', ['flanges'], ['00000005']],
      ['00000017', ['glossy'], ['00000005']],
      ['00000018', ['idea'], ['00000003']],
      ['00000019', ['guild_sprocketeer'], ['00000003'], '14'],
      ['00000020', ['pocket_sprocketeer'], ['00000005']],
      ['00000021', ['flange_sprocketeer'], ['00000003'], '14'],
      ['00000022', ['lathe_rod'], ['00000005']],
      ['00000023', ['idea_rod'], ['00000003']],
    ],
    {
      sprocketeer: [['00000010', 0]],
      gizmo: [['00000011', 1], ['00000012', 5]],
      charter: [['00000013', 9], ['00000014', 0]],
      flange: [['00000015', 2]],
      flanges: [['00000016', 0]],
      glossy: [['00000017', 1]],
      idea: [['00000018', 4]],
      device: [['00000005', 3]],
      guild_sprocketeer: [['00000019', 0]],
      pocket_sprocketeer: [['00000020', 0]],
      flange_sprocketeer: [['00000021', 0]],
      lathe_rod: [['00000022', 0]],
      idea_rod: [['00000023', 0]],
    },
    { glossy: 7 },
  );
  const derived = deriveHeads(dict, { Product: ['device%1:06:00::'] }, 'our own dictionary');

  it('takes a noun with a sense below a root, whose tagged uses, if any, are mostly a made thing', () => {
    expect(derived.heads.Product).toEqual(['device', 'flange', 'sprocketeer']);
  });
  it('leaves out a word used mostly for an abstraction, one that may name a document, a plural lemma and an adjective', () => {
    for (const w of ['gizmo', 'charter', 'flanges', 'glossy', 'idea']) expect(derived.heads.Product).not.toContain(w);
  });
  it('lists a two-word compound on a head that names a group or an organ only, unless its first word is a head', () => {
    expect(derived.groups).toEqual(['guild sprocketeer']);
  });
  it('lists a two-word compound under a root whose second word is no head, by label', () => {
    expect(derived.compounds).toEqual({ Product: ['lathe rod'] });
  });
  it('lists a two-word compound of a made material, on a word that first names a substance, by label', () => {
    // material (noun.substance) <- weft (a substance first) <- loom_weft (a made thing, noun.artifact); weft_bolt is a made
    // thing on "bolt", whose first sense is a made thing, no substance; idea_weft no made thing (noun.cognition).
    const made = dictionary(
      [
        ['00000001', ['entity'], []],
        ['00000002', ['artifact'], ['00000001']],
        ['00000003', ['abstraction'], ['00000001']],
        ['00000004', ['document'], ['00000003']],
        ['00000005', ['device'], ['00000002']],
        ['00000030', ['material'], ['00000001'], '27'],
        ['00000031', ['weft'], ['00000030'], '27'],
        ['00000032', ['loom_weft'], ['00000031']],
        ['00000033', ['bolt'], ['00000030']],
        ['00000034', ['weft_bolt'], ['00000033']],
        ['00000035', ['idea_weft'], ['00000031'], '09'],
      ],
      { material: [['00000030', 0]], weft: [['00000031', 3]], loom_weft: [['00000032', 0]], bolt: [['00000033', 1]], weft_bolt: [['00000034', 0]], idea_weft: [['00000035', 0]] },
    );
    const keys = (d: string): string => `${d}\nmaterial%1:27:00:: 00000030 1 0\n`;
    fs.writeFileSync(path.join(made, 'index.sense'), keys(fs.readFileSync(path.join(made, 'index.sense'), 'utf8').trimEnd()));
    expect(deriveHeads(made, { Product: ['device%1:06:00::'] }, 'x', [], { Product: ['material%1:27:00::'] }).compounds).toEqual({ Product: ['loom weft'] });
    expect(deriveHeads(made, { Product: ['device%1:06:00::'] }, 'x', []).compounds).toEqual({ Product: [] });
  });
  it('lists a two-word compound that names a facility only, on a head that may name one, whatever its first word', () => {
    // facility <- depot (a place; also a device) <- bus_depot, a place though "bus" is a head; relay_depot a device;
    // yard_widget a place on a head that names none, so no place of "widget"s; boat_hangar a place on a place.
    const places = dictionary(
      [
        ['00000001', ['entity'], []],
        ['00000002', ['artifact'], ['00000001']],
        ['00000003', ['abstraction'], ['00000001']],
        ['00000004', ['document'], ['00000003']],
        ['00000005', ['device'], ['00000002']],
        ['00000040', ['facility'], ['00000002']],
        ['00000041', ['depot'], ['00000040']],
        ['00000042', ['depot'], ['00000005']],
        ['00000043', ['bus_depot'], ['00000041']],
        ['00000044', ['relay_depot'], ['00000042']],
        ['00000045', ['widget'], ['00000005']],
        ['00000046', ['yard_widget'], ['00000040']],
        ['00000047', ['hangar'], ['00000040']],
        ['00000048', ['boat_hangar'], ['00000047']],
      ],
      {
        depot: [['00000041', 2], ['00000042', 1]],
        bus_depot: [['00000043', 0]],
        relay_depot: [['00000044', 0]],
        widget: [['00000045', 1]],
        yard_widget: [['00000046', 0]],
        hangar: [['00000047', 1]],
        boat_hangar: [['00000048', 0]],
      },
    );
    fs.appendFileSync(path.join(places, 'index.sense'), 'facility%1:06:00:: 00000040 1 0\n');
    expect(deriveHeads(places, { Product: ['device%1:06:00::'] }, 'x', ['depot', 'bus', 'widget']).groups).toEqual(['bus depot']);
    // So on a word that heads things only in the grammar's compounds ("base station"): "hangar", a place only, no head.
    expect(deriveHeads(places, { Product: ['device%1:06:00::'] }, 'x', ['depot', 'bus', 'widget'], {}, ['hangar']).groups).toEqual(['boat hangar', 'bus depot']);
    // And the recognizer's: a station is a head of things, the places WordNet names on it are none.
    expect(findThings('The regulator licenses radio stations, police stations and 5G base stations.').map((f) => f.surface)).toEqual(['5G base stations']);
  });
  it('reads the second word of such a compound as a head after its first word only', () => {
    const h = new ThingHeads(new Map(), new Map(), new Set(), new Map([['lathe rod', 'Product']]));
    expect([h.compound('lathe', 'rods'), h.compound('fishing', 'rods'), h.get('rods')]).toEqual(['Product', undefined, undefined]);
  });
  it('names a root the dictionary does not have', () => {
    expect(() => deriveHeads(dict, { Product: ['contraption%1:06:00::'] }, 'x')).toThrow(/no noun sense contraption%1:06:00::/);
  });
  it('is the committed file, generated from the installed package with the roots of things.yaml', () => {
    const { dict: real, source } = wordnetPackage();
    expect(fs.readFileSync(WORDNET_HEADS_FILE, 'utf8')).toBe(serialise(deriveHeads(real, wordnetRoots(), source, handHeads(), wordnetMadeRoots())));
  });
});

describe('thing head lookup', () => {
  const heads = new ThingHeads(new Map([['terminal', 'Product']]), new Map([['receiver', 'Product'], ['corrective', 'Product'], ['terminal', 'Technology']]));

  it('reads a plural through its singular, and the hand list first', () => {
    expect(heads.get('receivers')).toBe('Product');
    expect(heads.get('terminal')).toBe('Product');
    expect(heads.has('gateways')).toBe(false);
  });
  it('takes no word the lexicon reads as something other than a noun', () => {
    expect(heads.get('corrective')).toBeUndefined();
  });
  it('reads a closed compound the lexicon does not know, written in lower case, by its head after a word it knows', () => {
    // "dash" + "receivers": the head's label, in the plural too.
    expect(heads.written('dashreceivers')).toBe('Product');
    expect(heads.written('dashreceiver')).toBe('Product');
    expect(heads.written('receivers')).toBe('Product');
    // Not after letters that are no word, nor on a word that is no head, nor a capitalised word (a name), nor by get.
    expect(heads.written('xqzreceivers')).toBeUndefined();
    expect(heads.written('dashboards')).toBeUndefined();
    expect(heads.written('Dashreceivers')).toBeUndefined();
    expect(heads.get('dashreceivers')).toBeUndefined();
    expect(grammar().thingHeads.written('dashcams')).toBe('Product');
    expect(grammar().thingHeads.written('Bluefin')).toBeUndefined();
  });
  it('drops the words the grammar reads as heads of bodies or instruments', () => {
    const file = path.join(tmp, 'heads.json');
    fs.writeFileSync(file, JSON.stringify({ heads: { Product: ['board', 'winch'] } }));
    expect([...readDerivedHeads(file, new Set(['board']))]).toEqual([['winch', 'Product']]);
    expect(grammar().thingHeads.has('board')).toBe(false);
  });
  it('finds a class of devices no hand list names', () => {
    expect(findThings('Exporters of marine GNSS receivers and shortwave transmitters must register.').map((f) => `${f.surface} [${f.label}]`)).toEqual([
      'marine GNSS receivers [Product]',
      'shortwave transmitters [Product]',
    ]);
  });
});
