// Two modifiers coordinated before a head share it (things.ts sharedHeads, thing:shared-head; index.ts reads the catalog
// name an adjective makes with the head). Own sentences, invented products.
import { describe, expect, it } from 'vitest';
import { findThings, sharedHeads } from '../../../ingest/recognize/things.ts';
import { recogniseMarkdown } from './helpers.ts';
import { surfacesOf } from '../one-sentence.ts';

const things = (md: string): string[] =>
  surfacesOf(recogniseMarkdown(md), ['Product', 'Technology']);
const shared = (t: string): string[] => sharedHeads(t).map((c) => `${c.surface}${c.named ? '' : ' (catalog only)'}`);

describe('shared heads', () => {
  it('names the first modifier with the head: a noun or an acronym by itself, an adjective only through the catalog', () => {
    expect(shared('The port restricts sonar and radar sensors.')).toEqual(['sonar sensors']);
    expect(shared('It bans TTX or QPL firmware.')).toEqual(['TTX firmware']);
    expect(shared('It bans weatherproof and floating sensors.')).toEqual(['weatherproof sensors (catalog only)']);
  });
  it('reads the first of two conjuncts, the second of two words, as sharing the head only through the catalog', () => {
    expect(shared('The port bans telecommunications and video surveillance equipment.')).toEqual(['telecommunications equipment (catalog only)']);
    expect(things('# T\n\nThe port bans telecommunications and video surveillance equipment.')).toEqual(['telecommunications equipment', 'video surveillance equipment']);
    // A name the catalog lacks is no shared head: the conjunct is a thing of its own.
    expect(things('# T\n\nThe port bans drones and video surveillance equipment.')).toEqual(['drones', 'video surveillance equipment']);
    // Not after a word of the noun phrase ("tidal telecommunications and ...": the modifiers may be the phrase's).
    expect(shared('The port bans tidal telecommunications and video surveillance equipment.')).toEqual([]);
    // A measure's participle, a generic word or an adjective before the list qualifies every conjunct, no word of the first's
    // name: the first still shares the head ("covered telecommunications equipment"), and no thing "covered telecommunications".
    expect(shared('The port bans covered telecommunications and video surveillance equipment.')).toEqual(['telecommunications equipment (catalog only)']);
    expect(things('# T\n\nThe port bans covered telecommunications and video surveillance equipment made by Norvik.')).toEqual(['telecommunications equipment', 'video surveillance equipment']);
    expect(shared('The port bans certain video surveillance and telecommunications equipment.')).toEqual(['video surveillance equipment (catalog only)']);
    expect(shared('The port bans advanced telecommunications and video surveillance equipment.')).toEqual(['telecommunications equipment (catalog only)']);
    // A noun there may be the phrase's own word ("harbour telecommunications"): no shared head.
    expect(shared('The port bans harbour telecommunications and video surveillance equipment.')).toEqual([]);
    // A gerund after a preposition is the verb that takes the phrase as its object, no word of it.
    expect(shared('The rule keeps ports from buying telecommunications and video surveillance equipment.')).toEqual(['telecommunications equipment (catalog only)']);
    expect(things('# T\n\nThe rule keeps ports from buying telecommunications and video surveillance equipment.')).toEqual(['telecommunications equipment', 'video surveillance equipment']);
    // The first of two conjuncts of two words, the second of one, shares the head too, only through the catalog.
    expect(shared('The tender excludes video surveillance and telecommunications equipment.')).toEqual(['video surveillance equipment (catalog only)']);
    expect(things('# T\n\nThe tender excludes video surveillance and telecommunications equipment.')).toEqual(['video surveillance equipment', 'telecommunications equipment']);
    expect(shared('The tender excludes office furniture and telecommunications equipment.')).toEqual(['office furniture equipment (catalog only)']);
    expect(things('# T\n\nThe tender excludes office furniture and telecommunications equipment.')).toEqual(['telecommunications equipment']);
    // A gerund that opens the phrase with no preposition before it may still be its modifier.
    expect(shared('The port bans processing telecommunications and video surveillance equipment.')).toEqual([]);
  });
  it('reads no list of things, generic word, measure participle, verb or name as a shared modifier', () => {
    expect(shared('It lists drones and radar sensors.')).toEqual([]);
    expect(shared('It lists beacons and radar sensors.')).toEqual([]);
    expect(shared('It taxes imported and exported sensors.')).toEqual([]);
    expect(shared('It names covered and listed sensors.')).toEqual([]);
    expect(shared('The port will ban and seize sensors.')).toEqual([]);
    expect(shared('Norvik and radar sensors.')).toEqual([]);
    expect(shared('a host device and radar sensors')).toEqual([]);
    expect(shared('a device and radar sensors')).toEqual([]);
  });
  it('reads no mass noun of goods, nor a head that modifies the head after it, as a shared modifier', () => {
    // A generic head or a noun in -ware before the coordinator is a thing of its own.
    expect(shared('BIS restricts software and radar sensors.')).toEqual([]);
    expect(shared('It bans firmware or lidar sensors.')).toEqual([]);
    expect(shared('It bans equipment and sonar sensors.')).toEqual([]);
    // "vehicle" modifies "hardware": the phrase's head is after it.
    expect(shared('The rule bars covered software and connected vehicle hardware.')).toEqual([]);
    expect(things('# T\n\nBIS restricts software and radar sensors made by Norvik Marine Ltd.')).toEqual(['radar sensors']);
    // A modifier that names a kind of the head still shares it.
    expect(shared('It bans lidar and radar sensors.')).toEqual(['lidar sensors']);
  });
  it('reads a head of things after a comma as a list item where the modifier after the coordinator is no head', () => {
    expect(shared('The vendor supplies hardware, firmware or cloud services.')).toEqual([]);
    expect(shared('Does any camera, router or cellular modem contain it?')).toEqual([]);
    expect(shared('The port restricts sonar, lidar or radar sensors.')).toEqual(['lidar sensors']);
    expect(shared('The port restricts beacons, sonar or VHF radios.')).toEqual(['sonar radios']);
  });
  it('adds the first conjunct to the things of the sentence', () => {
    expect(findThings('The port restricts sonar and radar sensors made by Norvik.').map((f) => `${f.surface} [${f.rule}]`)).toContain('sonar sensors [thing:shared-head]');
  });
  it('reads the catalog name an adjective makes with the head', () => {
    expect(things('# T\n\nThe agency bans connected and autonomous vehicles made by Norvik Marine Ltd.')).toEqual(['connected vehicles', 'autonomous vehicles']);
  });
});
