// A document's shorter name for a thing it names in full (thing-aliases.ts), and origin words that name no new class.
// Own sentences, invented products.
import { describe, expect, it } from 'vitest';
import { catalogShortened, describedThings, extendedCatalogThings, historyThings, shortThingNames } from '../../../ingest/recognize/thing-aliases.ts';
import { findThings } from '../../../ingest/recognize/things.ts';
import type { Ambiguity } from '../../../ingest/recognize/entities.ts';
import { recogniseMarkdown } from './helpers.ts';
import { surfaceIdsOf } from '../one-sentence.ts';

const things = (md: string): string[] =>
  surfaceIdsOf(recogniseMarkdown(md), ['Product', 'Technology']);
const m = (id: string, surface: string) => ({ id, label: 'Product', surface });

describe('short names of things', () => {
  it('names the one longer phrase whose words it keeps, head and order', () => {
    const amb: Ambiguity[] = [];
    const mentions = [m('p:long', 'buoy radio modules'), m('p:short', 'radio modules'), m('p:ctl', 'harbour control units'), m('p:unit', 'harbour units')];
    expect([...shortThingNames(mentions, () => true, () => true, amb)]).toEqual([
      ['p:short', 'p:long'],
      ['p:unit', 'p:ctl'],
    ]);
  });
  it('leaves a bare head, a phrase two longer ones keep (reported), and an adjective left out', () => {
    const amb: Ambiguity[] = [];
    const two = [m('p:a', 'engine control units'), m('p:b', 'harbour control units'), m('p:c', 'control units')];
    expect([...shortThingNames(two, () => true, () => true, amb)]).toEqual([]);
    expect(amb.map((a) => a.candidates)).toEqual([['p:a', 'p:b']]);
    expect([...shortThingNames([m('p:a', 'buoy modules'), m('p:b', 'modules')], () => true, () => true, [])]).toEqual([]);
    expect([...shortThingNames([m('p:a', 'reliable 5G networks'), m('p:b', '5G networks')], () => true, () => true, [])]).toEqual([]);
    // Only a phrase the grammar found moves, and only to one that stays on its own (or, both plural, a class named twice:
    // below); an item named in the singular does not.
    expect([...shortThingNames([m('p:a', 'buoy radio modules'), m('p:b', 'radio modules')], (id) => id !== 'p:b', () => true, [])]).toEqual([]);
    expect([...shortThingNames([m('p:a', 'a buoy radio module'), m('p:b', 'radio module')], () => true, () => false, [])]).toEqual([]);
    expect([...shortThingNames([m('p:a', 'buoy radio modules'), m('p:b', 'radio module')], () => true, () => false, [])]).toEqual([]);
  });
  it('names the one thing two longer phrases name where one of them shortens the other (no ambiguity)', () => {
    // "harbour battery storage units" shortens "harbour battery energy storage units": the two are one thing, so
    // "battery storage units", which shortens both, names that one.
    const amb: Ambiguity[] = [];
    const one = [m('p:full', 'harbour battery energy storage units'), m('p:mid', 'harbour battery storage units'), m('p:short', 'battery storage units')];
    expect(new Map(shortThingNames(one, () => true, () => true, amb))).toEqual(
      new Map([
        ['p:mid', 'p:full'],
        ['p:short', 'p:full'],
      ]),
    );
    expect(amb).toEqual([]);
    // Two longer phrases that stay two things (neither shortens the other) keep the shorter one apart, and it is reported.
    const two: Ambiguity[] = [];
    const apart = [m('p:a', 'harbour battery storage units'), m('p:b', 'depot battery storage units'), m('p:short', 'battery storage units')];
    expect([...shortThingNames(apart, () => true, () => true, two)]).toEqual([]);
    expect(two.map((a) => a.candidates)).toEqual([['p:a', 'p:b']]);
    // Where the longer of the two cannot take the middle one (no support, not both plural), they stay two: ambiguous.
    const unsupported: Ambiguity[] = [];
    const single = [m('p:full', 'a harbour battery energy storage unit'), m('p:mid', 'harbour battery storage units'), m('p:short', 'battery storage units')];
    expect([...shortThingNames(single, () => true, () => false, unsupported)]).toEqual([]);
    expect(unsupported.map((a) => a.candidates)).toEqual([['p:full', 'p:mid']]);
  });
  it('names a longer phrase that has no support of its own where both are written in the plural: a class named twice', () => {
    expect([...shortThingNames([m('p:a', '400G buoy transceivers'), m('p:b', 'buoy transceivers')], () => true, () => false, [])]).toEqual([['p:b', 'p:a']]);
    expect(things('Harbours buy 400G buoy transceivers from Kestrel. The port also fits buoy transceivers on its piers.')).toEqual(['400G buoy transceivers=product:~400g-buoy-transceiver', 'buoy transceivers=product:~400g-buoy-transceiver']);
  });
  it('names the one longer phrase whose tail it is, describing words and a noun left out', () => {
    // A noun among the words left out names the kind; the describing word with it does not stop the reference.
    const tail = (long: string, short: string): string[][] => [...shortThingNames([m('p:long', long), m('p:short', short)], () => true, () => true, [])];
    expect(tail('connected buoy telematics units', 'telematics units')).toEqual([['p:short', 'p:long']]);
    expect(tail('marine satellite navigation modules', 'navigation modules')).toEqual([['p:short', 'p:long']]);
    // Describing words alone (describedThings reads those), a measure's participle, an evaluative word: no.
    expect(tail('reliable buoy navigation modules', 'navigation modules')).toEqual([['p:short', 'p:long']]);
    expect(tail('reliable navigation modules', 'navigation modules')).toEqual([]);
    expect(tail('covered buoy navigation modules', 'navigation modules')).toEqual([]);
    expect(tail('critical buoy navigation modules', 'navigation modules')).toEqual([]);
    // Two longer ones: neither.
    const amb: Ambiguity[] = [];
    expect([...shortThingNames([m('p:a', 'marine satellite navigation modules'), m('p:b', 'portable satellite navigation modules'), m('p:c', 'navigation modules')], () => true, () => true, amb)]).toEqual([]);
    expect(amb.map((a) => a.candidates)).toEqual([['p:a', 'p:b']]);
  });
  it('reads a tail after a longer phrase with a describing word as that thing in a document', () => {
    const md = '# T\n\nThe rule restricts connected buoy telematics units sold by Tarnwell Marine Instruments Co., Ltd. in May.\n\nOperators replaced telematics units in June.';
    expect([...new Set(things(md))]).toEqual(['connected buoy telematics units=product:~connected-buoy-telematics-unit', 'telematics units=product:~connected-buoy-telematics-unit']);
  });
  it('reads the shorter mentions as the thing in a document', () => {
    const md = '# T\n\nThe agency barred buoy radio modules made by Tarnwell Marine Instruments Co., Ltd. in May.\n\nOperators must replace the radio modules by June.';
    expect(things(md)).toEqual(['buoy radio modules=product:~buoy-radio-module', 'radio modules=product:~buoy-radio-module']);
  });
});

describe('origin words', () => {
  it('name no class of their own: a head after generic words alone is its class where traded', () => {
    const found = (t: string): string[] => findThings(t).map((f) => `${f.surface} [${f.rule}]`);
    expect(found('Norland has barred imports of most foreign-made dredgers since May.')).toEqual(['dredgers [thing:traded]']);
    // Not someone's things, nor a compound a generic noun opens.
    expect(found('The authority revoked the licences for its dredgers.')).toEqual([]);
    expect(found('Dredgers, security cameras and smart meters sold by such companies were seized.').map((f) => f.split(' [')[0])).not.toContain('cameras');
  });
});

describe('a class narrowed by an evaluative word (grammar/things.yaml evaluative) and its plain class', () => {
  // "critical X" is a subset of "X" the text sets apart: neither is the other's short name nor its description.
  const ids = (md: string): string[] => [...new Set(things(md))].sort();
  // Ids as keys.ts makes them: the head before a post-link singular, as the last word is ("machine with radio part").
  it('stay two things, the narrowed one named first or second', () => {
    const critical = '# T\n\nThe Valdmark Crane Safety Act applies to critical machines with radio parts. The Norland Harbour Code applies to machines with radio parts.';
    expect(ids(critical)).toEqual(['critical machines with radio parts=product:~critical-machine-with-radio-part', 'machines with radio parts=product:~machine-with-radio-part']);
    const important = '# T\n\nThe Norland Harbour Code applies to machines with radio parts. The Valdmark Crane Safety Act applies to important machines with radio parts.';
    expect(ids(important)).toEqual(['important machines with radio parts=product:~important-machine-with-radio-part', 'machines with radio parts=product:~machine-with-radio-part']);
  });
  it('the evaluative word left out or put before makes no short name and no description', () => {
    expect([...shortThingNames([m('p:a', 'high-risk buoy modules'), m('p:b', 'buoy modules')], () => true, () => true, [])]).toEqual([]);
    expect([...describedThings([m('p:a', 'important buoy modules'), m('p:b', 'buoy modules')], () => true, () => true)]).toEqual([]);
  });
});

describe('participles the lexicon does not know', () => {
  it('describe the goods: a regular past of a verb, or its negation by "un", names no kind of them', () => {
    // "uncooled", "seized": no tag of the lexicon; the past of "cool", "seize".
    expect([...describedThings([m('p:a', 'uncooled buoy sonar modules'), m('p:b', 'buoy sonar modules')], () => true, () => true)]).toEqual([['p:a', 'p:b']]);
    expect([...describedThings([m('p:a', 'seized buoy sonar modules'), m('p:b', 'buoy sonar modules')], () => true, () => true)]).toEqual([['p:a', 'p:b']]);
    // A noun before the phrase still names a kind ("harbour buoy sonar modules"); so does a word in -ed that is no verb's past.
    expect([...describedThings([m('p:a', 'harbour buoy sonar modules'), m('p:b', 'buoy sonar modules')], () => true, () => true)]).toEqual([]);
    expect([...describedThings([m('p:a', 'seabed buoy sonar modules'), m('p:b', 'buoy sonar modules')], () => true, () => true)]).toEqual([]);
  });
});

describe('a step in the goods\' history', () => {
  it('names the goods the document names on the head: by the head alone, else the one phrase on it', () => {
    const h = (...ms: ReturnType<typeof m>[]): string[][] => [...historyThings(ms, (id) => id.startsWith('p:~'))];
    // "removed dredgers" beside "dredgers" and "harbour dredgers": the class the head names alone.
    expect(h(m('p:~removed', 'removed dredgers'), m('p:~removed', 'removed dredger'), m('p:~bare', 'dredgers'), m('p:~harbour', 'harbour dredgers'))).toEqual([['p:~removed', 'p:~bare']]);
    // "the seized buoys" beside "marine sonar buoys" alone: that thing.
    expect(h(m('p:~seized', 'seized buoys'), m('p:sonar', 'marine sonar buoys'))).toEqual([['p:~seized', 'p:sonar']]);
    // Two phrases on the head and none by it alone: neither; no phrase on it: none.
    expect(h(m('p:~seized', 'seized buoys'), m('p:a', 'sonar buoys'), m('p:b', 'weather buoys'))).toEqual([]);
    expect(h(m('p:~seized', 'seized buoys'), m('p:a', 'sonar modules'))).toEqual([]);
    // A word that names a kind with the history word ("seized harbour buoys") makes no history phrase.
    expect(h(m('p:~seized', 'seized harbour buoys'), m('p:a', 'buoys'))).toEqual([]);
  });
  it('reads "removed X" in a document as the X it names before', () => {
    const md = '# T\n\nThe ministry banned surveillance sonar buoys made by Tarnwell Marine Instruments Co., Ltd. in May.\n\nThe guidance bars the sale of removed buoys.';
    expect(things(md)).toEqual(['surveillance sonar buoys=product:~surveillance-sonar-buoy', 'removed buoys=product:~surveillance-sonar-buoy']);
  });
});

describe('a catalog name that shortens a phrase the document writes in full', () => {
  const c = (...ms: ReturnType<typeof m>[]): string[][] => [...catalogShortened(ms, (id) => id.startsWith('p:~'))];
  it('names the phrase: nouns left out, the head kept', () => {
    // "harbour sonar buoys" beside the catalog's "sonar buoys"; "4G/5G sonar buoy" beside its "sonar buoy".
    expect(c(m('p:~long', 'harbour sonar buoys'), m('p:cat', 'sonar buoys'))).toEqual([['p:~long', 'p:cat']]);
    expect(c(m('p:~long', '4G/5G sonar buoy'), m('p:~long', 'buoy'), m('p:cat', 'sonar buoy'))).toEqual([['p:~long', 'p:cat']]);
    // "sonar weather buoys" beside "sonar buoys": a word left out inside.
    expect(c(m('p:~long', 'sonar weather buoys'), m('p:cat', 'sonar buoys'))).toEqual([['p:~long', 'p:cat']]);
  });
  it('leaves kinds apart: a describing, evaluative or measure\'s word left out, two phrases the name shortens, a bare head', () => {
    expect(c(m('p:~long', 'reliable sonar buoys'), m('p:cat', 'sonar buoys'))).toEqual([]);
    expect(c(m('p:~long', 'critical sonar buoys'), m('p:cat', 'sonar buoys'))).toEqual([]);
    expect(c(m('p:~long', 'covered sonar buoys'), m('p:cat', 'sonar buoys'))).toEqual([]);
    expect(c(m('p:~a', 'harbour sonar buoys'), m('p:~b', 'river sonar buoys'), m('p:cat', 'sonar buoys'))).toEqual([]);
    expect(c(m('p:~long', 'sonar buoys'), m('p:cat', 'buoys'))).toEqual([]);
    // Two catalog things: neither.
    expect(c(m('p:~long', 'harbour sonar buoys'), m('p:cat', 'sonar buoys'), m('p:cat2', 'harbour buoys'))).toEqual([]);
  });
  it('reads the phrase as the catalog\'s thing in a document', () => {
    const md = '# T\n\nThe agency barred harbour network cameras made by Tarnwell Optics Co., Ltd. in May.\n\nOperators must replace network cameras by June.';
    expect(things(md)).toEqual(['harbour network cameras=product:ip-cameras', 'network cameras=product:ip-cameras']);
  });
});

describe('words of use before a catalog class\'s one-word name', () => {
  const names: Record<string, string> = { 'p:dredgers': 'Dredgers', 'p:buoys': 'Sonar buoys' };
  const x = (...ms: ReturnType<typeof m>[]): string[][] => [...extendedCatalogThings(ms, (id) => id.startsWith('p:~'), () => false, (id) => names[id] ?? '')];
  it('name the class where the document names it by another of its names in lower case', () => {
    // "long-range survey dredgers" where the text calls the entry Dredgers "unmanned dredging vessels".
    expect(x(m('p:dredgers', 'unmanned dredging vessels'), m('p:~survey', 'long-range survey dredgers'))).toEqual([['p:~survey', 'p:dredgers']]);
    // Not where the entry's name is two words, nor where the other name is capitalised (a name, no class).
    expect(x(m('p:buoys', 'harbour sensors'), m('p:~survey', 'long-range survey buoys'))).toEqual([]);
    expect(x(m('p:dredgers', 'Unmanned Dredging Vessels'), m('p:~survey', 'long-range survey dredgers'))).toEqual([]);
  });
});
