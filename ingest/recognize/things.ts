// Technologies and product categories written as common nouns (grammar/things.yaml): a head noun of its list or
// of WordNet's devices (thing-heads.ts: "systems", "equipment", "receivers") with up to four modifiers before it, each a word compromise's
// lexicon allows inside a noun phrase, lower-case or an acronym ("5G"). Leading generic words are dropped
// ("covered communications equipment" -> "communications equipment"), a phrase starts after a past
// form of a verb ("imposed lidar sensors" -> "lidar sensors"; after a determiner, preposition or verb it is
// an adjective: "of covered port equipment", "replace covered port equipment"; so is one the lexicon calls an
// adjective after a verb, a quote or an enumerator: "provides advanced communications service") and leading verbs are dropped ("investigate
// lithium-ion batteries", "using drones", "shall designate ..."; a gerund inside stays: "semiconductor
// manufacturing equipment");
// a modifier coordinated with one before it is dropped ("physical and virtual communications equipment" ->
// "communications equipment"); a generic noun opening a compound stays ("data centre services"); a word the
// lexicon knows only as a verb is the head's modifier where no verb can stand ("providing trust services");
// "the X of Y" is one thing someone has, no class; an evaluative generic word right after the determiners
// (grammar/things.yaml `evaluative`: "important products with digital elements", "high-risk AI systems") is
// read as narrowing the class, the plain phrase kept inside and given back if the narrower has no support;
// a phrase with no other modifier is no name unless a post-modifier names the class ("products with digital
// elements", grammar/things.yaml post-links) or a scope statement does ("This Regulation applies to vehicles",
// scope-lead); a plural noun phrase coordinated with a phrase on a specific head is a thing of its kind ("baseband chips and
// RF transceivers": WordNet 3.1 has no transceiver, and its station is first a facility), no actor or body ("module
// vendors", "customs authorities"), and so is the plural noun phrase after a maker noun and "of" (things.yaml maker-nouns:
// "a maker of vehicle cybersecurity gateways", rule thing:made, which the sentence itself supports). Found here with a low score: the document keeps a phrase only with support (entities.ts).
import type { Found } from './found.ts';
import { grammar } from './grammar.ts';
import { findCountries, isCountryOriginWord, isCountryWord } from './countries.ts';
import { isMaterial } from './materials.ts';
import { coinedWord, lineOfBusiness } from './companies.ts';
import { legalFormWords } from './legal-forms.ts';
import { isOfCompound } from './wordnet-of-compounds.ts';
import { isParticipleCompound } from './wordnet-participle-compounds.ts';
import { FIELD_RULE, isField } from './fields.ts';
import { isPersonNoun } from './wordnet-persons.ts';
import { readVerbs } from './wordnet-verbs.ts';
import { isInflectedVerb } from './names.ts';
import { equationLinkAt } from './thing-aliases.ts';
import { isAdjectiveLike, isAdverb, isLeadingVerb, isMostlyVerb, modifiesAsName, isPastVerb, isPossessive, isPresentVerb, isRegularPast, isVerbBase, mayModify, singular, suffixTag, taggedAdjective, tagsOf, takesInfinitive } from './lexicon.ts';

/** A word, with its hyphens and apostrophes (straight or typographic: "vehicle’s" is one word, no "s"). */
const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}]|[-'’](?=[\p{L}\p{N}]))*/gu;
export const THING_SCORE = 0.5;

/** A thing's name as a phrase of the language, whatever the sentence's capitals: a word capitalised as a sentence or a
 *  title writes it goes to lower case ("Drones" -> "drones"), and so does a phrase all in capitals with a long word; an
 *  acronym or a word written in mixed case keeps its letters ("5G base stations", "AI chips", "LiDAR sensors", "Wi-Fi
 *  modules"), which lower case would lose ("5g", "ai"). */
export function thingName(phrase: string): string {
  // A heading in capitals ("DRONE COMPONENTS") writes no acronyms.
  if (!/\p{Ll}/u.test(phrase) && /\p{Lu}{5}/u.test(phrase)) return phrase.toLowerCase();
  return phrase.replace(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu, (w) => (/^\p{Lu}[\p{Ll}'’]*$/u.test(w) ? w.toLowerCase() : w));
}

export interface W {
  t: string;
  lower: string;
  start: number;
  end: number;
}

/** The sentence's words as WORD reads them: made once per sentence and shared by the readers of things (index.ts draft:
 *  findThings, sharedHeads, findDefinedThings), which read them and never change them. */
export function thingWords(text: string): W[] {
  const ws: W[] = [];
  // Without a surrogate pair each code unit is a character: read through a table of letters and digits instead of the
  // Unicode pattern (the same words, WORD's one code point at a time).
  if (SURROGATE.test(text)) {
    for (const m of text.matchAll(WORD)) ws.push({ t: m[0], lower: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length });
    return ws;
  }
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isLetterOrDigit(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i++;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (isLetterOrDigit(c)) i++;
      else if ((c === 45 || c === 39 || c === 0x2019) && i + 1 < n && isLetterOrDigit(text.charCodeAt(i + 1))) i += 2;
      else break;
    }
    const t = text.slice(start, i);
    ws.push({ t, lower: t.toLowerCase(), start, end: i });
  }
  return ws;
}
const SURROGATE = /[\uD800-\uDFFF]/;
/** Per code unit (not a surrogate): 1 a letter or digit (\p{L}, \p{N}), 2 not, 0 not asked yet. Each unit is classed on
 *  first sight: a text uses a few hundred of the 65,536, and classing them all would cost a fresh process some 9 ms. */
const letters = new Uint8Array(0x10000);
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
function isLetterOrDigit(c: number): boolean {
  let v = letters[c];
  if (v === 0) {
    v = LETTER_OR_DIGIT.test(String.fromCharCode(c)) ? 1 : 2;
    letters[c] = v;
  }
  return v === 1;
}

/** `companyEnds`: where the names of the companies the sentence names end (the catalog's and the grammar's), whose
 *  possessive relative ("Orvane, whose thermal cameras ...") reads the company's line. */
export function findThings(text: string, ws: W[] = thingWords(text), companyEnds: number[] = []): Found[] {
  const g = grammar();
  const out: Found[] = [];
  const headed = new Map<number, Found>();
  ws.forEach((w, i) => {
    // "CNC machine tools": a word that heads a thing after the word before it only, as a compound (a machine tool).
    // "a product with digital elements": a singular head that names a class only before a post-modifier (things.yaml
    // post-linked-heads).
    const postLinked = g.postLinkedHeads.has(w.t) && postModified(text, ws, i) > i ? 'Product' : undefined;
    const label = headLabel(text, ws, i) ?? postLinked;
    if (!label || !(w.t === w.lower || sentenceInitial(text, ws, i))) return;
    // "the rule bars vehicle connectivity system hardware": a plural head after a singular noun, before another head's
    // phrase, is that noun's verb, no head; so is one before an article or a determiner that opens its object ("the
    // order bars the import of ...", "the rule bars any vehicle"): a noun phrase ends before another's determiner.
    // So is one before a trade noun and "of" that opens its object ("the rule bars imports of vehicles ...").
    if (i > 0 && (headBeforeHead(text, ws, i) || determinerAfter(text, ws, i) || tradeOfAfter(text, ws, i)) && verbAfterSubject(ws, i, true, text)) return;
    if (coordinatedVerb(text, ws, i)) return;
    const found = phraseOn(text, ws, i, label, 'thing:noun-phrase');
    if (found) headed.set(i, found);
  });
  // "flight controller SoCs", "radar sensor ASICs": an acronym's plural (capitals, a lower-case "s") right after a phrase
  // on a head of things is the head the phrase modifies, the kind of made thing its letters stand for.
  ws.forEach((w, i) => {
    const f = headed.get(i - 1);
    if (!f || f.end !== ws[i - 1].end || !PLURAL_ACRONYM.test(w.t) || text.slice(ws[i - 1].end, w.start) !== ' ' || ws[i - 1].t !== ws[i - 1].lower) return;
    const surface = text.slice(f.start, w.end);
    headed.delete(i - 1);
    headed.set(i, { ...f, end: w.end, surface, name: thingName(surface), label: 'Product' });
  });
  // "new vehicle types", "vehicle categories": a type noun (grammar/things.yaml type-nouns; "the vehicle type" too) right
  // after a singular head of things names the head's class by its kinds, one name with the head's phrase (its key the
  // class's: "vehicle").
  ws.forEach((w, i) => {
    const h = i - 1;
    if (h < 0 || !g.typeNouns.has(w.t) || text.slice(ws[h].end, w.start) !== ' ' || ws[h].t !== ws[h].lower || /s$/.test(ws[h].lower)) return;
    const label = g.thingHeads.written(ws[h].t);
    const f = label && (headed.get(h) ?? phraseOn(text, ws, h, label, 'thing:noun-phrase', true));
    if (!f) return;
    headed.delete(h);
    headed.set(i, { ...f, end: w.end, surface: text.slice(f.start, w.end) });
  });
  // "a type of vehicle approved ...", "new categories of drones": a type noun and "of" before a specific head of things
  // written alone (no modifier, none of the generic heads, modifying no noun after it: not "the type of vehicle data")
  // name the same class as "vehicle type", one name with the head's (its key the head's: "vehicle"). The mention is the
  // head: "the categories of" stays outside it, where the relation rules read it ("shall determine the categories of
  // drones" designates drones). Not a head whose main sense in WordNet is a person (wordnet-persons.ts): alone, nothing
  // tells "categories of controllers" from people.
  for (const k of after(text, ws, g.typeNouns)) {
    const label = g.thingHeads.written(ws[k].t);
    if (!label || headed.has(k) || ws[k].t !== ws[k].lower || g.genericHeads.has(ws[k].lower) || modifiesNoun(text, ws, k) || isPersonNoun(ws[k].lower, singular)) continue;
    const f = phraseOn(text, ws, k, label, 'thing:noun-phrase', true);
    if (f && f.start === ws[k].start) headed.set(k, f);
  }
  // "a maker of vehicle cybersecurity gateways": the plural noun phrase after a maker noun and "of" names products.
  for (const k of madeAt(text, ws)) {
    const j = phraseEnd(text, ws, k);
    const on = headed.get(j);
    if (on && on.start >= ws[k].start) headed.set(j, { ...on, rule: 'thing:made' });
    else if (!on && conjunctHead(ws[j])) {
      const f = phraseOn(text, ws, j, 'Product', 'thing:made');
      if (f && f.start >= ws[k].start) headed.set(j, f);
    } else if (!on) thingAt(text, ws, headed, k, 'thing:made');
  }
  // "open-source software developers", "drone camera vendors": a phrase on a head right before a plural maker noun is the
  // compound form of "makers of X" and names their products as that does (grammar/things.yaml maker-compounds).
  const makers: number[] = [];
  for (const [j, on] of headed) {
    const next = ws[j + 1];
    if (SUPPORTED.has(on.rule) || !next || text.slice(ws[j].end, next.start) !== ' ' || !g.makerCompounds.has(next.t)) continue;
    // "chip equipment makers", "payment hardware suppliers", "fleet device sellers": a generic head (things.yaml
    // generic-heads) with one modifier there adds nothing to that modifier, so the compound names the firms by their
    // trade as "chip makers" does (a head alone before a maker noun names no class), not a class of their products.
    if (g.genericHeads.has(ws[j].lower) && ws[j - 1]?.start === on.start) continue;
    headed.set(j, { ...on, rule: 'thing:made' });
    makers.push(j);
  }
  coordinate(text, ws, headed, makers);
  // "a licence for exports of drone flight-control software": a phrase on a head after a trade noun and "of" names goods.
  // The longest such phrase that opens right after "of".
  // "shipments of optical transceivers": the plural noun phrase there may name goods on whatever head, as after a maker
  // noun (WordNet 3.1 has no transceiver); on no known head it may name people too ("the free movement of natural
  // persons"), so it is a plain phrase, kept only with support of its own (repetition, a relation it is the object of).
  for (const k of [...after(text, ws, grammar().tradeNouns), ...afterRecipient(text, ws, grammar().tradeNouns)]) {
    const at = [...headed].filter(([, f]) => f.start === ws[k].start && f.rule === 'thing:noun-phrase').sort(([, a], [, b]) => b.end - a.end)[0];
    // Its last plural noun ends it: a word after may be the sentence's verb ("exports of optical transceivers rose").
    let j = phraseEnd(text, ws, k);
    while (j > k && !conjunctHead(ws[j])) j--;
    if (at && !pluralAfter(text, ws, at[0])) headed.set(at[0], { ...at[1], rule: 'thing:traded' });
    else if (!at && j > k && !headed.has(j) && conjunctHead(ws[j]) && !ws.slice(k, j).some((w) => g.thingHeads.has(w.lower))) {
      const f = phraseOn(text, ws, j, 'Product', 'thing:noun-phrase');
      if (f && f.start === ws[k].start) headed.set(j, f);
    } else thingAt(text, ws, headed, k, 'thing:traded'); // "imports of drones and their parts"
  }
  // "the TrakSure Pro range of stolen-vehicle locators": a phrase with a modifier right after a line noun and "of" names a
  // maker's products (grammar/things.yaml line-nouns); a head alone does not ("a range of sensors").
  for (const k of after(text, ws, grammar().lineNouns)) {
    const j = phraseEnd(text, ws, k);
    const on = headed.get(j) ?? (conjunctHead(ws[j]) ? phraseOn(text, ws, j, 'Product', 'thing:made') : undefined);
    if (on && j > k && on.start === ws[k].start) headed.set(j, { ...on, rule: 'thing:made' });
  }
  // "controls on advanced computing items", "tariffs on automobile parts": what a measure's noun and "on" name are goods
  // the measure deals with (grammar/things.yaml control-nouns; materials.ts reads metals there).
  for (const k of after(text, ws, grammar().controlNouns, 'on')) thingAt(text, ws, headed, k, 'thing:traded');
  // "an investigation into e-bike battery packs": what an inquiry looks into (grammar/things.yaml inquiry-nouns).
  for (const k of after(text, ws, grammar().inquiryNouns, 'into')) thingAt(text, ws, headed, k, 'thing:regulated');
  // "a tender for 80 battery electric buses": what a purchase is for (grammar/things.yaml procurement-nouns) is goods, and
  // so is what a measure's noun extends to ("extend the duties to complete electric bicycles").
  for (const k of after(text, ws, grammar().procurementNouns, 'for')) thingAt(text, ws, headed, k, 'thing:traded');
  for (const k of after(text, ws, grammar().controlNouns, 'to')) thingAt(text, ws, headed, k, 'thing:traded');
  // "have diverted U.S.-origin field-programmable gate arrays", "attempted to transship high-performance servers": what a
  // verb of moving goods past controls takes as its object is goods (grammar/things.yaml trade-verbs), past an origin
  // ("U.S.-origin") or a determiner; not the verbs of a company's own trade ("sells", "exports": its line, which the
  // relations read).
  for (let k = 1; k < ws.length; k++) {
    if (!g.tradeVerbs.has(ws[k - 1].lower)) continue;
    const on = [...headed].filter(([, f]) => f.start >= ws[k].start && TRADED_GAP.test(text.slice(ws[k - 1].end, f.start))).sort(([, a], [, b]) => b.end - a.end)[0];
    if (!on || SUPPORTED.has(on[1].rule) || pluralAfter(text, ws, on[0])) continue;
    // "U.S.-origin X": the origin's last part, glued to the word before the phrase, is no word of the name.
    const glued = text[on[1].start - 1] === '-' ? ws.findIndex((w) => w.start === on[1].start) : -1;
    const start = glued >= 0 && glued < on[0] ? ws[glued + 1].start : on[1].start;
    const surface = text.slice(start, on[1].end);
    if (start !== on[1].start) for (const [key, f] of [...headed]) if (key !== on[0] && f.start === on[1].start) headed.delete(key);
    headed.set(on[0], { ...on[1], start, surface, name: surface, rule: 'thing:traded' });
  }
  coordinate(text, ws, headed, [...headed.keys()]);
  // "battery cells and inverters produced by companies that ...", "hardware designed, developed or supplied by persons
  // ...": a phrase on a head before a participle of making and "by" (or the last of such phrases coordinated) names
  // the products of those makers; its conjuncts are made too.
  const made: number[] = [];
  for (const k of madeBy(text, ws)) {
    const on = headed.get(k);
    if (on && !SUPPORTED.has(on.rule)) {
      headed.set(k, { ...on, rule: 'thing:made' });
      made.push(k);
    } else if (!on && conjunctHead(ws[k])) {
      // "IoT gateways made by Sablecrest": what a maker made is its products, on any plural head a technology modifies (an
      // acronym or a head of things before it; "recent decisions made by the agency" are none).
      const f = phraseOn(text, ws, k, 'Product', 'thing:made');
      const technical = (w: W): boolean => w.end <= ws[k].start && w.start >= (f?.start ?? 0) && (acronymWord(w) || grammar().thingHeads.has(w.lower));
      if (f && ws.some(technical)) {
        headed.set(k, f);
        made.push(k);
      }
    }
  }
  // "a Hong Kong company that shipped drone engines": the plural noun phrase a company noun's relative clause makes, sells
  // or ships is its line, on any head (as after a maker noun and "of").
  // After a company name's "whose", a phrase with its modifiers only: a head alone there is the goods named before, or
  // any of the company's ("whose modules some operators use"), no class.
  const whose = new Set(whoseAt(text, ws, companyEnds));
  for (const k of [...lineAt(text, ws), ...whose]) {
    const j = phraseEnd(text, ws, k);
    if (whose.has(k) && (j === k || presentTense(ws[j]))) continue;
    const on = headed.get(j);
    if (on && on.start >= ws[k].start && !SUPPORTED.has(on.rule)) {
      headed.set(j, { ...on, rule: 'thing:made' });
      made.push(j);
      continue;
    }
    const phrase = !on && conjunctHead(ws[j]) ? phraseOn(text, ws, j, 'Product', 'thing:made') : undefined;
    if (phrase && phrase.start >= ws[k].start) {
      headed.set(j, phrase);
      made.push(j);
    } else if (!on && !phrase && j === k && specificHead(text, ws, k)) {
      // "companies sold drones": a plural head alone (after no determiner: "sold the drones" takes up ones named before).
      const f = phraseOn(text, ws, k, headOf(ws[k]), 'thing:made', true);
      if (f) {
        headed.set(k, f);
        made.push(k);
      }
    }
  }
  // "the machine vision modules and AI inference chips it develops", "the drones that they sell": a phrase on a head right
  // before a relative clause whose subject is a pronoun taking up a company, and a verb of making, is that maker's line.
  for (const k of lineBefore(text, ws)) {
    const on = headed.get(k);
    if (on && !SUPPORTED.has(on.rule)) {
      headed.set(k, { ...on, rule: 'thing:made' });
      made.push(k);
    }
  }
  // "Chinese-made routers and optical network terminals", "U.S.-origin gate arrays", "foreign-built turbines": the phrase an
  // origin compound opens names goods of a maker's country (grammar/things.yaml origin-compounds), products as "routers
  // made by X" are; its conjuncts too.
  for (let i = 0; i + 1 < ws.length; i++) {
    if (!originCompoundAt(text, ws, i) || text.slice(ws[i].end, ws[i + 1].start) !== ' ') continue;
    // "U.S.-origin X": the origin's last part, split off by the words, is no word of the name.
    for (const [j, f] of [...headed]) {
      if (f.start !== ws[i].start || j <= i) continue;
      const surface = text.slice(ws[i + 1].start, f.end);
      headed.set(j, { ...f, start: ws[i + 1].start, surface, name: thingName(surface) });
    }
    // A generic head alone names no class ("Chinese-made components", "U.S.-origin items").
    if (phraseEnd(text, ws, i + 1) === i + 1 && g.genericHeads.has(ws[i + 1].lower)) continue;
    const before = new Map([...headed].map(([j, f]) => [j, f.rule]));
    thingAt(text, ws, headed, i + 1, 'thing:made');
    for (const [j, f] of headed) if (f.rule === 'thing:made' && before.get(j) !== 'thing:made') made.push(j);
  }
  coordinate(text, ws, headed, made);
  // "processors and gate arrays that are classified under the Export Administration Regulations", "routers covered by the
  // rule": a phrase on a head before a participle of a measure and "by" or "under" names a class the measure deals with.
  const passive: number[] = [];
  for (const k of regulatedBy(text, ws)) {
    const on = headed.get(k);
    if (on && !SUPPORTED.has(on.rule)) {
      headed.set(k, { ...on, rule: 'thing:regulated' });
      passive.push(k);
    }
  }
  coordinate(text, ws, headed, passive);
  // "to certify inverters", "for regulating radio equipment", "do not apply to thermal imaging cameras": a class named as
  // the object of a regulatory verb or in a scope statement, the sentence's own support; a plural head alone too.
  const regulated: number[] = [];
  // Most sentences have no regulatory verb and no scope lead: nothing to look at then.
  const regulates = ws.some((w) => g.regulatoryVerbs.has(w.lower) || g.measureVerbs.has(w.lower) || g.measuredVerbs.has(w.lower)) || scopeLeadIn(text);
  for (let k = 1; regulates && k < ws.length; k++) {
    const on = headed.get(k);
    // A bare head that modifies the word after it is no object alone ("regulates communications equipment"); nor is a
    // phrase on a head that a phrase on a later head takes in ("any transaction involving network video cameras": the
    // cameras are the object, not "transaction involving network").
    if (on ? SUPPORTED.has(on.rule) : !specificHead(text, ws, k) || modifiesNoun(text, ws, k)) continue;
    if (on && [...headed.entries()].some(([j, h]) => j > k && h.start <= ws[k].start && h.end > ws[k].end)) continue;
    const first = on ? ws.findIndex((w) => w.start === on.start) : k;
    // "applies to new vehicle types": the lead stands before the generic words the name leaves out.
    let lead = first;
    while (lead > 0 && g.genericModifiers.has(ws[lead - 1].lower) && !COORDINATORS.has(ws[lead - 1].lower) && text.slice(ws[lead - 1].end, ws[lead].start) === ' ') lead--;
    const rule = regulatedObject(text, ws, first, k) ?? (scopeLeadBefore(text, ws[lead].start) ? 'thing:scope' : undefined);
    const f = rule && (on ?? phraseOn(text, ws, k, headOf(ws[k]), rule, true));
    if (!rule || !f) continue;
    headed.set(k, { ...f, rule });
    regulated.push(k);
  }
  coordinate(text, ws, headed, regulated);
  coordinate(text, ws, headed, scopeAfter(text, ws, headed));
  // "servers containing advanced graphics processing units", "thermal sensors inside many drones": goods held in goods are
  // goods (grammar/things.yaml containment), and "wireless devices placed on the EU market" a class a measure regulates
  // (market-placement): the sentence's own support, shared with the phrase's conjuncts.
  // Only a phrase of two words or more: a head alone there takes up parts named before ("units that contain modules made by
  // X" after "cellular IoT modules"), and one after "a" is one item ("a component that contains a radio transceiver").
  // A phrase the sentence supports already (thing:kinds too: "LTE-M and 5G modules fitted to ...") keeps its rule.
  const named = (f: Found): boolean => /\s/.test(f.surface) && !SUPPORTED.has(f.rule) && f.rule !== 'thing:kinds';
  for (const k of partsAt(text, ws, headed)) {
    const on = [...headed].filter(([, f]) => f.start === ws[k].start).sort(([, a], [, b]) => b.end - a.end)[0];
    if (on && named(on[1])) headed.set(on[0], { ...on[1], rule: 'thing:part' });
  }
  const held: number[] = [];
  for (const [j, f] of headed) {
    if (f.rule === 'thing:part') held.push(j);
    else if (!named(f)) continue;
    else if (insideGoods(text, ws, j, headed)) {
      headed.set(j, { ...f, rule: 'thing:part' });
      held.push(j);
      // "... and the units fitted to them": the goods "them" takes up hold parts, goods too.
      const a = ws[j + 1 + (grammar().containment.after.find((c) => cueAt(text, ws, j + 1, c))?.length ?? 0)]?.lower === 'them' ? coordinatedAfterHead(text, headed, j) : undefined;
      const had = a === undefined ? undefined : headed.get(a);
      if (a !== undefined && had && named(had)) {
        headed.set(a, { ...had, rule: 'thing:part' });
        held.push(a);
      }
    } else if (g.marketPlacement.test(text.slice(f.end))) {
      headed.set(j, { ...f, rule: 'thing:regulated' });
      held.push(j);
    }
  }
  coordinate(text, ws, headed, held);
  // "when using optic-electronic devices", "the use of remote identification modules": a class in common nouns put to use
  // (grammar/things.yaml use-words), the weakest support, read after the others; not a maker's or a country's goods
  // ("using BYD vehicles", "to use Chinese drones"), which name whose goods, no class.
  for (const k of [...afterVerb(text, ws, grammar().useWords.verbs), ...after(text, ws, grammar().useWords.nouns)]) {
    // A word with a digit is no maker's name ("the use of 5G equipment"), lower case or not.
    if (ws.slice(k, phraseEnd(text, ws, k) + 1).every((w) => w.t === w.lower || /\d/.test(w.t))) thingAt(text, ws, headed, k, 'thing:used');
  }
  equated(text, ws, headed);
  // "global drone supply chains": a phrase on a singular head right before a singular noun that is no head modifies that
  // noun, of which it names no kind (as index.ts reads a catalog name there).
  // "any transaction involving network video cameras": a phrase on a head that a phrase on a later head takes in, as its
  // modifier, names nothing of its own ("transaction involving network").
  const takenIn = (i: number): boolean => [...headed.entries()].some(([j, h]) => j > i && h.start <= ws[i].start && h.end > ws[i].end && h.start > (headed.get(i) as Found).start);
  for (const i of [...headed.keys()].sort((a, b) => a - b)) if (!singularBeforeNoun(text, ws, i) && !takenIn(i)) out.push(headed.get(i) as Found);
  // "lidar and radar sensors": the first modifier names its own kind of the head (thing:shared-head).
  for (const c of sharedHeadsIn(text, ws)) if (c.named && !out.some((f) => f.start < c.end && c.start < f.end)) out.push({ start: c.start, end: c.end, surface: c.surface, label: c.label, name: thingName(c.surface), rule: 'thing:shared-head', score: THING_SCORE });
  return out;
}

/**
 * "baseband chips and RF transceivers", "5G base stations and core-network routers": a plural noun phrase coordinated
 * with a phrase on a head (in `headed`, by head index; from the `seeds`) is a thing of its kind, on a head WordNet lacks
 * or reads otherwise; a plural specific head with no word before it too ("battery cells and inverters"). What the
 * sentence says of one conjunct as made, traded or a member, it says of the others.
 */
function coordinate(text: string, ws: W[], headed: Map<number, Found>, seeds: number[]): void {
  const g = grammar();
  // Each conjunct with whether its list already has one on a specific head ("routers, cellular base station equipment
  // and optical network terminals": the terminals anchor the list, and its generic-head conjunct passes that on).
  const work = seeds.map((i) => ({ i, anchored: !g.genericHeads.has(ws[i].lower) }));
  while (work.length) {
    const { i, anchored } = work.pop() as { i: number; anchored: boolean };
    const f = headed.get(i) as Found;
    // A head that modifies the noun after it ("cloud computing service providers") ends no noun phrase that could be
    // a conjunct. A generic head names things of every kind: in a list with no conjunct on a specific head, only a
    // conjunct with the same modifiers is one of its kind ("ICT products, ICT processes and ICT services").
    if (modifiesNoun(text, ws, i)) continue;
    let from = ws.findIndex((x) => x.start === (f.plain ?? f).start);
    // "routers, security cameras and ...": the noun phrase opens before the generic words the name leaves out.
    while (from > 0 && g.genericModifiers.has(ws[from - 1].lower) && !COORDINATORS.has(ws[from - 1].lower) && text.slice(ws[from - 1].end, ws[from].start) === ' ') from--;
    const shared = SUPPORTED.has(f.rule) ? f.rule : undefined;
    const conjuncts = conjunctHeads(text, ws, from, i, f.end);
    const listed = anchored || conjuncts.some((j) => headed.has(j) && !g.genericHeads.has(ws[j].lower));
    const parallelOnly = !listed;
    for (const j of conjuncts) {
      const had = headed.get(j);
      if (had) {
        if (shared && !SUPPORTED.has(had.rule)) {
          headed.set(j, { ...had, rule: shared });
          work.push({ i: j, anchored: listed || !g.genericHeads.has(ws[j].lower) });
        }
        continue;
      }
      const middle = betweenConjuncts(text, ws, headed, j) || (!!shared && closingConjunct(text, ws, f, j));
      // "a flight controller, radio, camera or cellular module produced by X": in a list of singular items with support of
      // its own, a singular head of things alone is an item as its plural would be ("radios, cameras or ..."); one on a
      // specific head only (no "equipment", "device"), in a list of singulars (after a plural the list is of classes).
      const singularItem = !!shared && !pluralNoun(ws[i].lower) && !pluralNoun(ws[j].lower) && ws[j].t === ws[j].lower && g.thingHeads.written(ws[j].t) !== undefined && !g.genericHeads.has(ws[j].lower);
      const c = phraseOn(text, ws, j, g.thingHeads.get(ws[j].lower) ?? f.label, shared ?? 'thing:coordinated', specificHead(text, ws, j) || singularItem || (middle && pluralNoun(ws[j].lower) && !g.genericHeads.has(ws[j].lower) && g.thingHeads.nounHead(ws[j].lower) !== undefined));
      if (!c || ((parallelOnly || (presentTense(ws[j]) && !middle)) && modifiersOf(c) !== modifiersOf(f))) continue;
      headed.set(j, c);
      work.push({ i: j, anchored: listed || !g.genericHeads.has(ws[j].lower) });
    }
  }
}

/** "drone batteries, gimbals and flight controllers": a plural right after a comma that ends one phrase on a head and right
 *  before "and"/"or" (or a comma) that opens another is the middle item of a list of things, a noun though the lexicon
 *  reads it first as a verb ("gimbals"): a verb has no list on both sides of it. Alone, it must still be a head of
 *  things to WordNet (ThingHeads.nounHead): "harbour cranes, stacks and tidal turbines" names no stacks. */
function betweenConjuncts(text: string, ws: W[], headed: Map<number, Found>, j: number): boolean {
  if (j < 1 || j + 1 >= ws.length || text.slice(ws[j - 1].end, ws[j].start) !== ', ') return false;
  const phrases = [...headed.values()];
  if (!phrases.some((f) => f.end === ws[j - 1].end)) return false;
  const link = /^(?:,?\s+(?:and|or)\s+|,\s+)/.exec(text.slice(ws[j].end));
  return link !== null && phrases.some((f) => f.start === ws[j].end + link[0].length);
}

/** "the sale of drone engines and gimbals to Russia": a plural right after "and"/"or" that follows a phrase with support
 *  of its own (f: goods a trade noun, a maker or a measure names), and right before the end of the clause (a stop, a
 *  comma, a bracket) or a preposition, is that list's last item, a noun though the lexicon reads it first as a verb: a verb
 *  there would have no subject and no object. Alone it must still be a head of things to WordNet (ThingHeads.nounHead). */
function closingConjunct(text: string, ws: W[], f: Found, j: number): boolean {
  if (j < 2 || ws[j].t !== ws[j].lower || !COORDINATORS.has(ws[j - 1].lower) || ws[j - 2].end !== f.end || !/^,?\s+$/.test(text.slice(f.end, ws[j - 1].start)) || text.slice(ws[j - 1].end, ws[j].start) !== ' ') return false;
  return /^(?:\s*[.;:,)!?]|\s*$|\s+(?:to|from|in|into|for|with|under|at|on|by)\b)/.test(text.slice(ws[j].end));
}

/**
 * "unmanned aircraft systems (UAS), commonly called drones", "autonomous vehicles, or self-driving cars,": the name after
 * an equation link (grammar/thing-equations.yaml) right after a phrase on a head is a thing too, a plural head alone as
 * well (thing:equated); thing-aliases.ts equatedThings makes the two one. An appositive "or" only where a comma or a
 * bracket closes the second name.
 */
function equated(text: string, ws: W[], headed: Map<number, Found>): void {
  const g = grammar();
  for (const f of [...headed.values()]) {
    const link = equationLinkAt(text.slice(f.end));
    if (!link) continue;
    const j = ws.findIndex((w) => w.start === f.end + link.length);
    if (j < 0 || [...headed.values()].some((x) => x.start === ws[j].start)) continue;
    const k = phraseEnd(text, ws, j);
    const label = g.thingHeads.get(ws[k].lower) ?? (conjunctHead(ws[k]) ? f.label : undefined);
    if (!label || ws[k].t !== ws[k].lower) continue;
    const e = phraseOn(text, ws, k, label, 'thing:equated', true);
    if (!e || e.start !== ws[j].start || (link.appositive && !/^\s*[,)]/.test(text.slice(e.end)))) continue;
    headed.set(k, e);
  }
}

/** The first of two modifiers coordinated before a head, with the name it makes with the head. */
export interface SharedHead {
  /** The first modifier's span. */
  start: number;
  end: number;
  /** "<modifier> <head>", as written. */
  surface: string;
  label: string;
  /** The modifier names a kind by itself (an acronym, a noun, a head of things): the grammar reads the name. */
  named: boolean;
}

/**
 * "lidar and radar sensors", "VCS or ADS software", "connected and autonomous vehicles": two modifiers coordinated right
 * before a head share it, and the first, which the phrase on the head leaves out, names "<first> <head>". `named` where
 * the first names a kind by itself (an acronym, a noun, a head of things: "lidar", "application"); an adjective or a
 * participle ("connected", "physical") names one only where the catalog knows the name (index.ts). Not a generic or
 * evaluative word, a measure's participle, a plural noun ("sensors and radar systems" lists two things), a verb or a
 * function word, a capitalised word, nor the last word of a noun phrase ("a user device and quantum sensors").
 */
export function sharedHeads(text: string, ws: W[] = thingWords(text)): SharedHead[] {
  return sharedHeadsIn(text, ws);
}

function sharedHeadsIn(text: string, ws: W[]): SharedHead[] {
  const g = grammar();
  const out: SharedHead[] = [];
  const spaced = (a: number): boolean => text.slice(ws[a].end, ws[a + 1].start) === ' ';
  const modifierWord = (w: W): boolean =>
    (w.t === w.lower || acronymWord(w)) && mayModify(w.lower) && !g.connectors.has(w.lower) && !g.genericModifiers.has(w.lower) && !g.evaluativeModifiers.has(w.lower) && !g.regulatedParticiples.has(w.lower) && !isPossessive(w.t);
  for (let k = 3; k < ws.length; k++) {
    const head = ws[k];
    const label = g.thingHeads.get(head.lower);
    if (!label || head.t !== head.lower || !spaced(k - 1)) continue;
    // "covered software and connected vehicle hardware": a head that modifies a head after it ends no phrase, shares none.
    if (k + 1 < ws.length && spaced(k) && g.thingHeads.has(ws[k + 1].lower) && ws[k + 1].t === ws[k + 1].lower) continue;
    // "telecommunications and video surveillance equipment": the first of two conjuncts, the second of two words, may
    // still share the head (or name a thing of its own, "drones and video surveillance equipment"): only a name the
    // catalog knows says it does ("telecommunications equipment"; index.ts). Not after a word of the noun phrase.
    const c = k >= 4 && COORDINATORS.has(ws[k - 3].lower) && !COORDINATORS.has(ws[k - 2].lower) && spaced(k - 4) && spaced(k - 3) && spaced(k - 2) && modifierWord(ws[k - 2]) && modifierWord(ws[k - 1]) ? ws[k - 4] : undefined;
    const prev = k >= 5 && spaced(k - 5) ? ws[k - 5] : undefined;
    // A gerund after a preposition ("from buying telecommunications and ...") is the verb that takes the phrase, no word of it.
    const governs = (j: number): boolean => j >= 1 && isLeadingVerb(ws[j].lower) && spaced(j - 1) && tagsOf(ws[j - 1].lower).includes('Preposition');
    // A measure's participle, a generic word or an adjective before the whole list ("covered telecommunications and video
    // surveillance equipment", "new drone and camera equipment", "advanced radar and ...") qualifies every conjunct, as it
    // does a single phrase: no word of the first conjunct's own name, which may still share the head.
    const qualifiesList = (w: W): boolean => g.regulatedParticiples.has(w.lower) || g.genericModifiers.has(w.lower) || (tagsOf(w.lower).includes('Adjective') && !tagsOf(w.lower).some((t) => NOUN_TAGS.has(t)));
    const inPhrase = prev !== undefined && prev.t === prev.lower && mayModify(prev.lower) && !breaksName(prev) && !tagsOf(prev.lower).some((t) => VERB_OR_FUNCTION.has(t)) && !governs(k - 5) && !qualifiesList(prev);
    // A generic head or a noun in -ware there is a thing of its own ("covered software and connected vehicle hardware").
    const ownThing = c !== undefined && g.thingHeads.has(c.lower) && (g.genericHeads.has(c.lower) || MASS_GOODS.test(c.lower));
    if (c && (c.t === c.lower || acronymWord(c)) && mayModify(c.lower) && !g.genericModifiers.has(c.lower) && !inPhrase && !ownThing) {
      out.push({ start: c.start, end: c.end, surface: `${c.t} ${head.t}`, label, named: false });
    }
    if (!COORDINATORS.has(ws[k - 2].lower) || !spaced(k - 3) || !spaced(k - 2)) continue;
    const [first, second] = [ws[k - 3], ws[k - 1]];
    if (!modifierWord(first) || !modifierWord(second) || (pluralNoun(first.lower) && !acronymWord(first)) || baseVerbOnly(first.lower) || g.companyNouns.includes(first.lower)) continue;
    // "drones and radar sensors": a head before the coordinator is a thing of its own, unless it modifies ("lidar"); so is
    // a mass noun of goods ("software and radar sensors", "firmware or lidar sensors", "equipment and radar sensors": a
    // generic head, or a noun in -ware), which names no kind of another head.
    if (g.thingHeads.has(first.lower) && ((/s$/.test(first.lower) && !acronymWord(first)) || g.genericHeads.has(first.lower) || MASS_GOODS.test(first.lower))) continue;
    // "hardware, firmware or cloud services", "any camera, router or cellular modem": in a list, a head of things after a
    // comma is an item of its own where the modifier after the coordinator is no head of things ("cloud", "cellular");
    // "lidar, radar or sonar sensors" names three kinds of sensors.
    const before = ws[k - 4];
    if (before && /^,\s$/.test(text.slice(before.end, first.start)) && g.thingHeads.has(first.lower) && !g.thingHeads.has(second.lower) && !acronymWord(first) && !acronymWord(second)) continue;
    // "a user device and quantum sensors", "a device and ...": a word of a noun phrase or "a" before the first ends a phrase
    // of its own there, no modifier of the head.
    if (before && spaced(k - 4) && (INDEFINITE.has(before.lower) || (before.t === before.lower && mayModify(before.lower) && !tagsOf(before.lower).some((t) => VERB_OR_FUNCTION.has(t) || t === 'Adjective' || t === 'Plural')))) {
      // "video surveillance and telecommunications equipment": a first conjunct of two words may share the head, as the
      // second of two words does above, only where the catalog knows the name ("video surveillance equipment"; index.ts),
      // and not after a third word of the noun phrase.
      const prev = k >= 5 && spaced(k - 5) ? ws[k - 5] : undefined;
      const inPhrase = prev !== undefined && prev.t === prev.lower && mayModify(prev.lower) && !breaksName(prev) && !tagsOf(prev.lower).some((t) => VERB_OR_FUNCTION.has(t)) && !governs(k - 5) && !qualifiesList(prev);
      if (!INDEFINITE.has(before.lower) && modifierWord(before) && !inPhrase) out.push({ start: before.start, end: first.end, surface: `${before.t} ${first.t} ${head.t}`, label, named: false });
      continue;
    }
    const named = acronymWord(first) || g.thingHeads.has(first.lower) || (!isAdjectiveLike(first.lower) && tagsOf(first.lower).some((t) => NOUN_TAGS.has(t)));
    out.push({ start: first.start, end: first.end, surface: `${first.t} ${head.t}`, label, named });
  }
  return out;
}

/** A singular company noun that names a firm by its trade, no maker's or provider's (see singularBeforeNoun): "firm", which
 *  the lexicon reads as an adjective. Not a plural, "tidal turbine operators", whose phrase names the things they work. */
const firmNoun = (word: string): boolean => !/s$/.test(word) && grammar().companyNouns.includes(word) && !grammar().makerCompounds.has(word) && word !== 'provider';

/** "drone supply chains": the singular head ws[k] right before a singular noun the lexicon knows, no head of things and no
 *  verb, which it modifies. */
function singularBeforeNoun(text: string, ws: W[], k: number): boolean {
  const next = ws[k + 1];
  if (/s$/.test(ws[k].lower) || !next || text.slice(ws[k].end, next.start) !== ' ' || next.t !== next.lower || grammar().thingHeads.has(next.lower)) return false;
  // "the drone service firm", "an inspection drone company": before a singular company noun that is no maker's nor
  // provider's (grammar/names.yaml company-nouns less things.yaml maker-compounds, whose phrase names their products, "a
  // drone software vendor", and less "provider", whose phrase names the service the development golds take as a class, "a
  // DNS service provider") the phrase names the firm's trade, no class of things.
  if (firmNoun(next.lower)) return true;
  const tags = tagsOf(next.lower);
  // "rules barring authorization of video surveillance equipment name other manufacturers": a word that is a verb's base
  // form too, right before a determiner that opens its object, is the clause's verb (a plural subject's), no noun the
  // head modifies; not before a relative clause the determiner opens ("the equipment name the agency chose").
  if (isVerbBase(next.lower) && determinerAfter(text, ws, k + 1, VERB_OBJECT_OPENERS) && !ws.slice(k + 3, k + 6).some((w) => isPastVerb(w.lower) || /ed$/.test(w.lower) || tagsOf(w.lower).some((t) => CLAUSE_VERBS.has(t)))) return false;
  return tags.some((t) => t === 'Singular' || t === 'Uncountable') && !tags.some((t) => VERB_OR_FUNCTION.has(t) || t === 'Adjective');
}

/** ws[k] is a plural noun of people or bodies ("departments", "retailers", "officials"), no head of things: a subject. */
function actorPlural(text: string, ws: W[], k: number): boolean {
  const w = ws[k];
  const g = grammar();
  if (!/[^su'’s]s$/.test(w.lower) || g.thingHeads.has(w.lower) || !(w.t === w.lower || sentenceInitial(text, ws, k))) return false;
  const one = singular(w.lower);
  return tagsOf(w.lower).includes('Actor') || g.companyNouns.includes(w.lower) || g.heads.has(one.charAt(0).toUpperCase() + one.slice(1));
}

/** A phrase's modifiers as written, lower case ("ict" of "ICT products"). */
const modifiersOf = (f: Found): string => f.name.slice(0, f.name.lastIndexOf(' '));

/** The phrase on the head ws[i], of `label`, or undefined where it names no class. */
/** `bare`: a head with no word before it that could modify it is a phrase of its own ("battery cells and inverters"). */
/** Words after which a noun phrase opens: determiners, prepositions, conjunctions (phraseOn's graded participle). */
const PHRASE_OPENERS = new Set(['the', 'a', 'an', 'of', 'and', 'or', 'for', 'on', 'to', 'with', 'by', 'in', 'from', 'into', 'all', 'any', 'no', 'its', 'their', 'these', 'those', 'such', 'other', 'including']);
function phraseOn(text: string, ws: W[], i: number, label: string, rule: string, bare = false): Found | undefined {
  const g = grammar();
  let from = i;
  // "base station antennas": the first word of a listed compound (grammar/things.yaml compounds) is a modifier there, whatever
  // else the lexicon reads it as (a verb, "to base").
  const compoundFirst = (k: number): boolean => k + 1 <= i && text.slice(ws[k].end, ws[k + 1].start) === ' ' && g.thingHeads.compound(ws[k].lower, ws[k + 1].lower) !== undefined;
  while (from > 0 && i - from < g.maxModifiers && (modifier(text, ws, from - 1) || verbInCompound(text, ws, from - 1) || compoundFirst(from - 1))) from--;
  // "cellular Internet of Things (IoT) modules": a name with its acronym in parentheses is one modifier.
  const acronym = from > 0 ? spelledAcronym(text, ws, from - 1) : undefined;
  if (acronym) {
    from = acronym.expansion;
    while (from > 0 && i - from < g.maxModifiers + acronym.words && modifier(text, ws, from - 1)) from--;
  }
  if (from === i && nounModifierHere(text, ws, i - 1)) from--;
  // A word joined to the one before it by a slash or a dot: "4G/5G cellular module", "AI/ML accelerators", two modifiers
  // as alternatives (an acronym or a word with a digit or a capital, no number), is one name with both; "a 1/2-inch 48-megapixel CMOS image sensor", "a Realtek 802.11n module", "Directive 2014/53/EU radio
  // equipment", after a number, end a longer token (a fraction, a version, a citation) that opens no name: the name
  // starts after it ("48-megapixel CMOS image sensor", not "2-inch ..." or "11n module").
  const joined = (k: number): boolean => k > 0 && /^[./]$/.test(text.slice(ws[k - 1].end, ws[k].start));
  const alternative = (k: number): boolean => !/^\d+$/.test(ws[k].t) && /[\p{Lu}\p{N}]/u.test(ws[k].t);
  if (from < i && joined(from)) {
    let start = from;
    while (joined(start) && alternative(start - 1)) start--;
    // The whole token is alternatives ("4G/5G"), or it starts after its last part joined to a number or a plain word.
    if (!joined(start)) from = start;
    else while (from < i && joined(from)) from++;
  }
  // "imports of remotely operated vehicles", "remotely piloted aircraft": a participle an adverb of how the thing works
  // grades (grammar/things.yaml mode-adverbs) is a modifier where the adverb opens the phrase (after a determiner, a
  // preposition, a conjunction, a comma or nothing); after a name or noun the pair is its verb ("the port remotely
  // operated cranes").
  const graded = (k: number): boolean =>
    k > from &&
    g.modeAdverbs.has(ws[k - 1].lower) &&
    text.slice(ws[k - 1].end, ws[k].start) === ' ' &&
    (k - 1 === 0 || /[,;:(]\s*$/.test(text.slice(ws[k - 2].end, ws[k - 1].start)) || PHRASE_OPENERS.has(ws[k - 2].lower));
  // "advanced integrated circuits": a past form that makes one noun of WordNet's with the head ("integrated circuit",
  // wordnet-participle-compounds.ts) is a word of the name, no verb.
  for (let k = i - 1; k >= from; k--) if (isPastVerb(ws[k].lower) && !(k === i - 1 && isParticipleCompound(ws[k].lower, ws[i].lower, singular)) && !afterDeterminer(ws, k) && !adjectiveHere(text, ws, k) && !participleOfCompound(text, ws, k, i) && !participleOfConjunct(text, ws, k, i) && !graded(k) && !participleAfterVerb(text, ws, k)) from = k + 1;
  // "has certified harbour radar units", "had designated ...": a regular past form after a perfect's auxiliary is the verb,
  // whatever else the lexicon calls it.
  for (let k = i - 1; k >= Math.max(from, 1); k--) if (PERFECT.has(ws[k - 1].lower) && isRegularPast(ws[k].lower)) from = k + 1;
  // "The Federal Communications Commission designated drones as ...", "BIS investigated lidar sensors": a past form of a
  // verb only WordNet knows (compromise's lexicon lacks "designate", "investigate") right after a name is its verb.
  for (let k = i - 1; k >= from; k--) if (verbAfterName(text, ws, k) || verbAfterNoun(text, ws, k) || verbAfterAcronym(text, ws, k) || shiftedObject(text, ws, k)) from = k + 1;
  for (let k = i - 1; k >= from; k--) if (k > 0 && relativeThat(text, ws, k - 1)) from = k + 1;
  // "at least one electronic control unit", "infrastructure like 5G networks", "no longer receive new equipment": a
  // quantity, a comparison or a preposition the lexicon reads otherwise is no word of a name; the name starts after it.
  // "the import of UAS incorporating certain flight controllers": a determiner ("certain", "such", "any", "each") opens a
  // noun phrase of its own, so no word before it is one of this name ("UAS incorporating" is no modifier).
  for (let k = i - 1; k >= from; k--) if (breaksName(ws[k]) || inPreposition(ws, k) || measureInfinitive(ws, k, text) || DETERMINER_LIKE.has(ws[k].lower) || aspectVerb(ws, k, text)) {
    from = k + 1;
    break;
  }
  // "the most capable accelerators", "more efficient inverters": an adjective a degree word grades (grammar/things.yaml
  // degree-words) says how good the things are, no kind of them; the name starts after it. Not a compound with an acronym,
  // which grades nothing ("more deep-UV immersion lithography systems": more of that kind).
  for (let k = i - 1; k >= Math.max(from, 1); k--) if (g.degreeWords.has(ws[k - 1].lower) && taggedAdjective(ws[k].lower) && !mixedCompound(ws[k].t)) {
    from = k + 1;
    break;
  }
  // "Hongqiao designs baseband chips", "the rule reaches trucks": a plural after a noun is that noun's verb.
  // Its first word too, a head's plural there as well: "its connected vehicles rule bars vehicle connectivity system
  // hardware" (four modifiers at most; "bars" heads things of its own).
  for (let k = i - 1; k >= Math.max(from, 1); k--) if (verbAfterSubject(ws, k, k === from, text)) {
    from = k + 1;
    break;
  }
  // "police departments fly drones", "Retailers still stock cheap drones": a plural noun of actors inside the phrase (an
  // Actor of the lexicon, a company noun, a body head) is the subject of the word after it, a verb the lexicon may read as
  // a noun ("fly", "stock"); the name starts after that verb (after an adverb-like word before it too).
  // The subject may stand right before the phrase the modifiers make: "Retailers still stock cheap sonar sensors".
  for (let k = i - 2; k >= Math.max(from - 1, 0); k--) if (actorPlural(text, ws, k) && text.slice(ws[k].end, ws[k + 1].start) === ' ') {
    const v = k + 2 < i && tagsOf(ws[k + 1].lower).some((t) => t === 'Adjective' || t === 'Adverb') ? k + 2 : k + 1;
    from = v + 1;
    break;
  }
  // The gerund's object runs on to the next head when this one modifies it ("involving lidar sensors").
  const objectEnd = headBeforeHead(text, ws, i) ? i + 1 : i;
  for (let k = i - 1; k > from; k--) if (reducedRelative(ws, k, objectEnd)) from = k + 1;
  // The words an acronym spells are one name: no cut inside them ("light detection and ranging (LiDAR) sensors": no verb).
  const spelled = (f: number): number => (acronym && f > acronym.expansion && f <= acronym.at ? acronym.expansion : f);
  from = spelled(from);
  // "the duties reach drones", "new rules cover lidar sensors": a word right after a plural noun that ends a noun phrase of
  // its own (after a determiner) is that noun's verb; the name starts after it.
  // Not the first word of a listed compound ("Norvik sells base stations", "imports charging stations"): it is the
  // compound's modifier, whatever verb the lexicon reads in it after a word it takes for a plural noun ("sells").
  for (let k = from; k < i; k++) if (verbOfPlural(text, ws, k) && !compoundFirst(k)) from = k + 1;
  const phraseStart = from;
  while (from < i && !opensCompound(ws, from, i) && !compoundFirst(from) && (g.genericModifiers.has(ws[from].lower) || (isLeadingVerb(ws[from].lower) && !determinedGerund(ws, from) && !listedGerund(text, ws, from) && !tradedGerund(ws, from)) || afterModal(ws, from) || coordinated(text, ws, from) || conjoinedVerb(text, ws, from, i))) from++;
  from = spelled(from);
  // "free and open-source software (components)": a compound modifier written with a hyphen, coordinated with a modifier
  // before it, names a kind with it; the coordination is one modifier of the name, not a qualification of the class it
  // leaves ("physical and virtual communications equipment" -> "communications equipment": no compound there).
  if (compoundCoordination(text, ws, phraseStart) && from > phraseStart - 2) from = phraseStart - 2;
  // "routers, security cameras and smart meters sold by ...": a generic noun that opens compounds (grammar/things.yaml
  // compound-openers) right before the head names a kind with it where the sentence names the phrase as a thing (made,
  // traded, regulated, coordinated with a thing); read alone it stays out ("data systems").
  if (from === i && phraseStart < i && g.compoundOpeners.has(ws[i - 1].lower) && rule !== 'thing:noun-phrase') from = i - 1;
  const last = postModified(text, ws, i);
  // "Chinese intelligence services", "a think tank": WordNet has the compound only for an organisation or an organ; a
  // modifier before it makes it a kind of thing again ("managed security services").
  if (from === i - 1 && g.thingHeads.isGroup(ws[i - 1].lower, ws[i].lower)) return undefined;
  // "IoT technologies", "semiconductor technology": a field head after one noun names that noun's technology.
  const field = from === i - 1 && last === i && g.fieldHeads.has(ws[i].lower) ? fieldOf(ws[from], label, rule) : last === i && from < i - 1 && g.fieldHeads.has(ws[i].lower) ? namedField(ws, from, i, rule) : undefined;
  if (field) return field;
  if ((from === i && last === i && !(bare && (phraseStart === i || genericOnly(ws, phraseStart, i))) && !scopeClass(text, ws, i)) || possessed(text, ws, phraseStart, i) || roleOnly(ws, from, i, last) || describedOnly(text, ws, from, i, last)) return undefined;
  // "LTE-M and 5G modules": acronyms coordinated before the head are its modifiers, one phrase that names kinds of it,
  // which the sentence itself tells apart (thing:kinds); neither acronym is named alone there.
  if (from >= 2 && from < i && acronymWord(ws[from]) && COORDINATORS.has(ws[from - 1].lower) && acronymWord(ws[from - 2]) && text.slice(ws[from - 2].end, ws[from].start) === ` ${ws[from - 1].t} `) {
    from -= 2;
    if (rule === 'thing:noun-phrase') rule = 'thing:kinds';
  }
  const start = ws[from].start;
  const end = ws[last].end;
  // Named with the acronym for the name it spells, as the text writes it after ("cellular IoT modules").
  const name = acronym && from <= acronym.expansion ? `${text.slice(start, ws[acronym.expansion].start)}${ws[acronym.at].t}${text.slice(acronym.close, end)}` : text.slice(start, end);
  const plain: Found = { start, end, surface: text.slice(start, end), label, name: thingName(name), rule, score: THING_SCORE };
  // "important products with digital elements": read with the evaluative word too; the plain phrase inside.
  const q = from - 1;
  // Only right after the phrase's determiners: "specific critical ICT services" is a selection of ICT services.
  // Not after "a": "a small encryption chip" is one item, no narrower class.
  const one = phraseStart > 0 && INDEFINITE.has(ws[phraseStart - 1].lower);
  if (q >= phraseStart && !one && g.evaluativeModifiers.has(ws[q].lower) && ws[q].t === ws[q].lower && ws.slice(phraseStart, q).every((x) => DETERMINER_LIKE.has(x.lower))) {
    const surface = text.slice(ws[q].start, end);
    return { ...plain, start: ws[q].start, surface, name: thingName(surface), rule: 'thing:narrowed', plain };
  }
  return plain;
}

/** "imports of foreign-made drones": only generic words (grammar/things.yaml generic) before the head, which then stands
 *  for its class where `bare` asks for one; not "its cameras", "these drones": someone's, or ones named before; nor a
 *  generic noun that opens a compound ("security cameras" are no cameras in general). */
function genericOnly(ws: W[], from: number, i: number): boolean {
  const g = grammar();
  return ws.slice(from, i).every((w) => g.genericModifiers.has(w.lower) && !COORDINATORS.has(w.lower) && !POSSESSIVE_DETERMINERS.has(w.lower) && !DEMONSTRATIVES.has(w.lower) && !g.compoundOpeners.has(w.lower));
}

/** "IoT technologies", "drone technology": the technology of a field head's one modifier, an acronym, a head of the grammar
 *  or a noun of the lexicon, typed by its own head where it is one ("drone"). Else none: an adjective names no field
 *  ("advanced technologies"), and a word the lexicon does not know stays in the phrase ("encryption technologies"). */
function fieldOf(w: W, label: string, rule: string): Found | undefined {
  const tags = tagsOf(w.lower);
  const noun = /\p{Lu}/u.test(w.t) ? ACRONYM.test(w.t) : grammar().thingHeads.has(w.lower) || (tags.some((t) => t === 'Singular' || t === 'Uncountable' || t === 'Noun') && !tags.includes('Adjective'));
  if (!noun) return undefined;
  return { start: w.start, end: w.end, surface: w.t, label: grammar().thingHeads.get(w.lower) ?? label, name: w.lower, rule: rule === 'thing:noun-phrase' ? 'thing:field' : rule, score: THING_SCORE };
}

/** "facial recognition technology", "genetic engineering technologies": the words before a field head that are a field of
 *  WordNet's (fields.ts), all the phrase's modifiers, name it, as one noun does (fieldOf); not where other words modify
 *  it ("advanced robotics technologies" stays the phrase). */
function namedField(ws: W[], from: number, i: number, rule: string): Found | undefined {
  const words = ws.slice(from, i);
  const surface = words.map((w) => w.t).join(' ');
  if (words.some((w, n) => n > 0 && w.start !== words[n - 1].end + 1) || !isField(surface)) return undefined;
  return { start: words[0].start, end: words[words.length - 1].end, surface, label: 'Technology', name: surface.toLowerCase(), rule: rule === 'thing:noun-phrase' ? FIELD_RULE : rule, score: THING_SCORE };
}

/** What the sentence itself says of a thing as such: made, traded, a member of a class of things, regulated, in scope. */
const SUPPORTED = new Set(['thing:made', 'thing:traded', 'thing:member', 'thing:regulated', 'thing:scope', 'thing:used', 'thing:part']);

/** "aftermarket trackers with a SIM slot fall within it", "routers that fall within the scope of this Regulation": a phrase on
 *  a head, or a plural specific head alone, right before a scope statement that follows its class (grammar/things.yaml
 *  scope-after) is in scope, its support (thing:scope); "within it" only after the sentence names a scope. The heads
 *  marked. */
function scopeAfter(text: string, ws: W[], headed: Map<number, Found>): number[] {
  const g = grammar();
  if (!/\bwithin\b/i.test(text)) return [];
  const out: number[] = [];
  for (let k = 0; k < ws.length; k++) {
    const on = headed.get(k);
    if (on ? SUPPORTED.has(on.rule) : !specificHead(text, ws, k)) continue;
    const m = g.scopeAfter.exec(text.slice(ws[k].end, ws[k].end + 120));
    if (!m || (m.groups?.it && !/\bscope\b/i.test(text.slice(0, ws[k].start)))) continue;
    const f = on ?? phraseOn(text, ws, k, g.thingHeads.written(ws[k].t) as string, 'thing:scope', true);
    if (!f) continue;
    headed.set(k, { ...f, rule: 'thing:scope' });
    out.push(k);
  }
  return out;
}

/** 'thing:regulated' where the phrase opening at ws[first] is the object of a regulatory verb (grammar/things.yaml regulatory-verbs): the
 *  verb, then only determiners or the generic words the name leaves out ("to certify inverters", "restrict all foreign
 *  drones"). Not where a head of things is the verb's subject right before it: a thing that inspects or covers something
 *  does no regulating ("Our drones inspect bridges", "the cameras cover the street"). */
function regulatedObject(text: string, ws: W[], first: number, head = first): string | undefined {
  const g = grammar();
  let k = first - 1;
  while (k >= 0 && (g.genericModifiers.has(ws[k].lower) || ARTICLES.has(ws[k].lower) || DETERMINER_LIKE.has(ws[k].lower)) && !COORDINATORS.has(ws[k].lower)) k--;
  if (k > 0 && g.thingHeads.has(ws[k - 1].lower) && text.slice(ws[k - 1].end, ws[k].start) === ' ') return undefined;
  // 'The notice covers "communications equipment"': the object quoted as the measure's own words, its quote opened right
  // after the verb and closed right after the phrase.
  const gap = k < 0 ? '' : text.slice(ws[k].end, ws[k + 1].start);
  const quoted = /^\s+["“]$/.test(gap) && /^["”]/.test(text.slice(ws[head].end));
  if (k < 0 || (!/^\s+$/.test(gap) && !quoted)) return undefined;
  // After a measure verb only a phrase with a modifier: a head alone there may name goods of a class the text names
  // otherwise ("the rule reaches trucks and buses", of "commercial vehicles").
  return g.regulatoryVerbs.has(ws[k].lower) || (g.measureVerbs.has(ws[k].lower) && first < head && measureSubject(text, ws, k)) || measuredVerb(text, ws, k) ? 'thing:regulated' : undefined;
}

/** "agencies may not procure cloud computing services", "operators shall import only ...", "are prohibited from installing
 *  facial recognition cameras": ws[v] is a verb of acquiring or trading in goods (grammar/things.yaml measured-verbs)
 *  that the sentence states a measure on: its base form after a modal of obligation or a negated modal (measure-modals;
 *  adverbs, "not", "never", "no longer" between), or its gerund after "from" and, at most six words before, a verb of
 *  barring (barring-verbs) in the same clause. */
function measuredVerb(text: string, ws: W[], v: number): boolean {
  const g = grammar();
  const w = ws[v];
  if (w.t !== w.lower || !g.measuredVerbs.has(w.lower) || v === 0) return false;
  const spaced = (j: number): boolean => /^\s+$/.test(text.slice(ws[j].end, ws[j + 1].start));
  if (w.lower.endsWith('ing')) {
    if (ws[v - 1].lower !== 'from' || !spaced(v - 1)) return false;
    for (let j = v - 2; j >= 0 && j >= v - 8; j--) {
      if (!/^[\s,]+$/.test(text.slice(ws[j].end, ws[j + 1].start))) return false;
      if (g.barringVerbs.has(ws[j].lower)) return true;
    }
    return false;
  }
  let j = v - 1;
  let negated = false;
  while (j >= 0 && spaced(j)) {
    const x = ws[j].lower;
    if (x === 'not' || x === 'never') negated = true;
    else if (x === 'longer' && j > 0 && ws[j - 1].lower === 'no' && spaced(j - 1)) {
      negated = true;
      j--;
    } else if (x === 'cannot' || /^(?:can|won|wouldn|couldn|shouldn|mustn|shan)['’]t$/.test(x)) return true;
    else if (!MODAL_GAP.has(x) && !isAdverb(x)) break;
    j--;
  }
  if (j < 0 || !spaced(j)) return false;
  return g.measureModals.deontic.has(ws[j].lower) || (negated && g.measureModals.negated.has(ws[j].lower));
}
const MODAL_GAP = new Set(['only', 'also', 'further', 'therefore', 'thus', 'hereafter', 'henceforth', 'directly', 'knowingly']);

/** "China's export controls reach drone parts", "Schedule 2 would also catch collaborative robots": the subject of the
 *  verb ws[k] (past a modal and adverbs, one space apart) is a measure, a control noun (grammar/things.yaml control-nouns)
 *  or an instrument's head (grammar/instruments.yaml; its number after it). */
function measureSubject(text: string, ws: W[], k: number): boolean {
  const g = grammar();
  let s = k - 1;
  while (s >= 0 && (SUBJECT_GAP.has(ws[s].lower) || isAdverb(ws[s].lower)) && text.slice(ws[s].end, ws[s + 1].start) === ' ') s--;
  if (s >= 1 && /^(?:\d+[A-Za-z]?|[IVXL]+)$/.test(ws[s].t) && text.slice(ws[s - 1].end, ws[s].start) === ' ') s--;
  if (s < 0 || text.slice(ws[s].end, ws[s + 1].start) !== ' ') return false;
  const w = ws[s];
  return (w.t === w.lower && g.controlNouns.has(w.lower)) || g.instrumentHeads.has(w.t) || (w.t === w.lower && g.instrumentHeads.has(w.t[0].toUpperCase() + w.t.slice(1)));
}
const SUBJECT_GAP = new Set(['would', 'will', 'could', 'can', 'may', 'might', 'should', 'shall', 'also', 'now', 'already', 'even', 'still', 'only', 'then', 'further', 'thus', 'therefore']);

/** The scope statement's lead (grammar/things.yaml scope-lead) ends right before `start`: "This Act applies to ...". Most
 *  sentences have none anywhere: one test of the lead's unanchored copy per sentence spares them the test per phrase
 *  (a match that ends at some position is a match somewhere). */
function scopeLeadBefore(text: string, start: number): boolean {
  return scopeLeadIn(text) && grammar().scopeLead.test(text.slice(Math.max(0, start - 160), start));
}
/** The sentence has a scope statement's lead somewhere (remembered for the sentence last asked about). */
function scopeLeadIn(text: string): boolean {
  if (text !== scopeText) {
    scopeAnywhere ??= new RegExp(grammar().scopeLead.source.replace(/\$$/, ''), grammar().scopeLead.flags);
    scopeText = text;
    scopeInText = scopeAnywhere.test(text);
  }
  return scopeInText;
}
let scopeAnywhere: RegExp | undefined;
let scopeText: string | undefined;
let scopeInText = false;

/** The label of the thing a word heads as written, as specificHead reads it: a closed compound's too ("dashcams": its
 *  head's label; ThingHeads.written). A plain `get` has none for such a word, and a phrase on it had no label, which
 *  stopped the document's extraction ("restrict the import of dashcams"). */
const headOf = (w: W): string => grammar().thingHeads.written(w.t) ?? (grammar().thingHeads.get(w.lower) as string);

/** "inverters", "Routers": a plural head of a specific kind (no generic head: "products", "devices"), lower-case or
 *  opening the sentence, which stands for its class alone where the sentence says what it is (made, coordinated with
 *  a class). */
function specificHead(text: string, ws: W[], k: number): boolean {
  const w = ws[k];
  return /[^su'’s]s$/.test(w.lower) && grammar().thingHeads.written(w.t) !== undefined && !grammar().genericHeads.has(w.lower) && (w.t === w.lower || sentenceInitial(text, ws, k));
}

/** The kind of thing ws[i] heads: a head of its own, or of a compound with the word right before it from ws[from] on
 *  ("base stations"). */
function headLabel(text: string, ws: W[], i: number, from = 0): string | undefined {
  const g = grammar();
  const w = ws[i];
  return g.thingHeads.written(w.t) ?? (i > from && text.slice(ws[i - 1].end, w.start) === ' ' ? g.thingHeads.compound(ws[i - 1].lower, w.lower) : undefined);
}

/**
 * "Hikvision cameras", "Huawei baseband units", "ZTE's routers": a company's name (or its possessive) right before a
 * plural noun phrase on a head of things (no generic head: not "Huawei equipment", "DJI products") names the company's
 * goods, a class of things, even a bare head, which alone names none ("cameras"). Rule thing:goods: kept, as a phrase is,
 * only with support (a relation that takes it, repetition: "using BYD vehicles in a municipal service" makes no class).
 * `end` is where the name ends; the phrase opens right after it, in lower case (acronyms too: "Huawei 5G base
 * stations"), and ends on its head where no noun follows that the head would modify ("Hikvision camera modules").
 */
export function goodsAfterName(text: string, ws: W[], end: number): Found | undefined {
  const gap = /^(?:['’]s)?\s/u.exec(text.slice(end, end + 3));
  const k = gap ? ws.findIndex((w) => w.start === end + gap[0].length) : -1;
  if (k < 0 || text.slice(end + gap![0].length - 1, ws[k].start) !== ' ') return undefined;
  const g = grammar();
  const inPhrase = (w: W): boolean => w.t === w.lower || /^[\p{Lu}\d]+$/u.test(w.t);
  for (let j = k; j < ws.length && j - k <= g.maxModifiers && inPhrase(ws[j]) && (j === k || text.slice(ws[j - 1].end, ws[j].start) === ' '); j++) {
    const label = headLabel(text, ws, j, k);
    if (!label || ws[j].t !== ws[j].lower || !/[^su'’s]s$/.test(ws[j].lower) || g.genericHeads.has(ws[j].lower) || modifiesNoun(text, ws, j)) continue;
    const f = phraseOn(text, ws, j, label, 'thing:goods', true);
    // The phrase reads the name's words as its modifiers where they could be ("ZTE routers": an acronym): they are the maker's.
    if (!f || f.start > ws[k].start || f.end !== ws[j].end) return undefined;
    const surface = text.slice(ws[k].start, f.end);
    return { ...f, start: ws[k].start, surface, name: thingName(surface) };
  }
  return undefined;
}

/**
 * "Kestrel Vantor drones", "Orbis SkyPatch", "Lumo AX cameras": a company's name right before one word of a coined model
 * name (a word the lexicon does not know, written with a capital: "Vantor"; capitals inside it: "SkyPatch"; or capitals
 * alone: "AX") names that company's product, its maker's name and the model word together ("Kestrel Vantor"); a thing's
 * head after it is the product's kind, no part of its name. Not a longer name (a capitalised word after the model word:
 * "Kestrel Vantor Systems"), nor a word of a company's line of business, a legal form, a country or a thing's head
 * ("Kestrel Robotics", "Kestrel GmbH", "Kestrel USA", "Kestrel UAS"). `start`, `end`: the company's name.
 */
export function modelAfterName(text: string, ws: W[], start: number, end: number): Found | undefined {
  // A name that ends in a legal form or a full stop ("Kestrel Ltd.") is whole: a word after it opens what follows (a
  // table's next cell, a new line).
  const last = text.slice(start, end).split(/\s+/).pop() ?? '';
  if (text[end] !== ' ' || !/[\p{L}\d]$/u.test(last) || legalFormWords().has(last.toLowerCase())) return undefined;
  const k = ws.findIndex((w) => w.start === end + 1);
  if (k < 0) return undefined;
  const t = ws[k].t;
  if (k + 1 < ws.length && /^\p{Lu}/u.test(ws[k + 1].t) && /^\s+$/u.test(text.slice(ws[k].end, ws[k + 1].start))) return undefined;
  const g = grammar();
  const known = lineOfBusiness(t) || legalFormWords().has(t.toLowerCase()) || isCountryWord(t) || g.thingHeads.has(t.toLowerCase()) || g.heads.has(t);
  const coined = coinedWord(t) || /^\p{Lu}\p{Ll}+\p{Lu}[\p{L}]*$/u.test(t) || (/^\p{Lu}{2,5}$/u.test(t) && tagsOf(t).length === 0);
  if (known || !coined) return undefined;
  const surface = text.slice(start, ws[k].end);
  return { start, end: ws[k].end, surface, label: 'Product', name: surface, rule: MODEL_RULE, score: 0.6 };
}

export const MODEL_RULE = 'model:after-maker';

/**
 * "vehicle connectivity hardware or automated driving software", "automated driving system software": a catalog thing
 * named in lower-case words, no plural (a plural before a noun may be its subject: "drones carry"), right before a
 * lower-case head of things (several heads in a row: "system software"; to the last, where the phrase modifies no noun
 * after it) is a modifier of that head: the phrase is the name, the catalog's words naming what the things do. The
 * catalog's words are a name, so a past form opening them ("automated") is no verb there, which the grammar alone
 * cannot tell ("the rule restricted driving system software", "seized routers and disabled tracking devices").
 * `start` and `end` are the catalog name's; undefined where no head follows.
 */
export function thingAfterCatalogName(text: string, ws: W[], start: number, end: number): Found | undefined {
  const surface = text.slice(start, end);
  if (surface !== surface.toLowerCase() || /s$/.test(surface) || !/\p{Ll}/u.test(surface)) return undefined;
  const k = ws.findIndex((w) => w.start === end + 1);
  if (k < 0 || text[end] !== ' ') return undefined;
  const head = (j: number): boolean => ws[j].t === ws[j].lower && grammar().thingHeads.written(ws[j].t) !== undefined;
  let last = -1;
  for (let j = k; j < ws.length && j - k < grammar().maxModifiers && head(j) && (j === k || text.slice(ws[j - 1].end, ws[j].start) === ' '); j++) last = j;
  if (last < 0 || modifiesNoun(text, ws, last)) return undefined;
  const phrase = text.slice(start, ws[last].end);
  return { start, end: ws[last].end, surface: phrase, label: headOf(ws[last]), name: thingName(phrase), rule: 'thing:noun-phrase', score: THING_SCORE };
}

/** The last words before a participle of making (grammar/things.yaml making-participles), or several coordinated,
 *  and "by": "inverters produced by", "software designed, developed, manufactured or supplied by", "machines made almost
 *  exclusively by". */
function madeBy(text: string, ws: W[]): number[] {
  const parts = grammar().makingParticiples;
  const out: number[] = [];
  for (let p = 2; p < ws.length; p++) {
    // "routers made in China", "drones manufactured in the People's Republic of China": where goods were made names them
    // as goods of a maker's country, as an origin compound before them does ("Chinese-made routers").
    if (ws[p].lower !== 'by' && !(ws[p].lower === 'in' && p + 1 < ws.length && countryAfter(text, ws[p].end))) continue;
    // "made almost exclusively by": up to two adverbs between the participle and "by".
    let q = p - 1;
    while (q > p - 3 && q > 1 && isAdverb(ws[q].lower) && text.slice(ws[q].end, ws[q + 1].start) === ' ') q--;
    if (!parts.has(ws[q].lower) || text.slice(ws[q].end, ws[q + 1].start) !== ' ') continue;
    for (;;) {
      if (q >= 2 && COORDINATORS.has(ws[q - 1].lower) && parts.has(ws[q - 2].lower) && /^,?\s$/.test(text.slice(ws[q - 2].end, ws[q - 1].start)) && text.slice(ws[q - 1].end, ws[q].start) === ' ') q -= 2;
      else if (q >= 1 && parts.has(ws[q - 1].lower) && /^,\s$/.test(text.slice(ws[q - 1].end, ws[q].start))) q -= 1;
      else break;
    }
    if (q >= 1 && text.slice(ws[q - 1].end, ws[q].start) === ' ') out.push(q - 1);
  }
  return out;
}

/** Whether a country's name (after "the" maybe) follows `from`, one space away ("in China", "in the United States"). */
function countryAfter(text: string, from: number): boolean {
  const m = /^ (?:the )?(?=\p{Lu})/u.exec(text.slice(from, from + 8));
  if (!m) return false;
  const at = from + m[0].length;
  return findCountries(text.slice(at, at + 60)).some((h) => h.start === 0 && h.rule === 'country:name');
}

/** The last words before a participle of a measure (grammar/things.yaml regulated-participles) and "by" or "under", with
 *  "that|which is|are" or "is|are" between them or not: "arrays that are classified under", "routers covered by". */
function regulatedBy(text: string, ws: W[]): number[] {
  const parts = grammar().regulatedParticiples;
  const out: number[] = [];
  for (let p = 2; p < ws.length; p++) {
    if (!BY_UNDER.has(ws[p].lower) || !parts.has(ws[p - 1].lower) || text.slice(ws[p - 1].end, ws[p].start) !== ' ') continue;
    let q = p - 1;
    if (q >= 1 && COPULAS.has(ws[q - 1].lower) && text.slice(ws[q - 1].end, ws[q].start) === ' ') q--;
    if (q >= 1 && RELATIVE_PRONOUNS.has(ws[q - 1].lower) && COPULAS.has(ws[q].lower) && /^,?\s$/.test(text.slice(ws[q - 2]?.end ?? 0, ws[q - 1].start))) q--;
    if (q >= 1 && text.slice(ws[q - 1].end, ws[q].start) === ' ') out.push(q - 1);
    else if (q >= 1 && RELATIVE_PRONOUNS.has(ws[q].lower) && /^,\s$/.test(text.slice(ws[q - 1].end, ws[q].start))) out.push(q - 1);
  }
  return out;
}
const BY_UNDER = new Set(['by', 'under']);

/** Whether the words of `cue` stand at ws[at], one space apart. */
function cueAt(text: string, ws: W[], at: number, cue: string[]): boolean {
  return cue.every((c, n) => ws[at + n]?.lower === c && (n === 0 || text.slice(ws[at + n - 1].end, ws[at + n].start) === ' '));
}

/** The first words of the parts a container holds (grammar/things.yaml containment before): "servers containing
 *  advanced graphics processing units", "its products contained Chinese satellite positioning chips", "vehicles that
 *  are equipped with automated driving systems". The container is a lower-case head of things right before the cue, or
 *  before "that"/"which" (and a copula) opening it; the part starts after the quantifiers, a definite determiner and a
 *  country's word there (not after "a": one item). */
function partsAt(text: string, ws: W[], headed: Map<number, Found>): number[] {
  const g = grammar();
  const out: number[] = [];
  for (let p = 1; p < ws.length - 1; p++) {
    const cue = g.containment.before.find((c) => cueAt(text, ws, p, c));
    if (!cue) continue;
    let c = p - 1;
    if (c > 0 && COPULAS.has(ws[c].lower) && text.slice(ws[c - 1].end, ws[c].start) === ' ') c--;
    if (c > 0 && RELATIVE_PRONOUNS.has(ws[c].lower) && /^,?\s$/.test(text.slice(ws[c - 1].end, ws[c].start))) c--;
    else if (c !== p - 1) continue;
    const container = ws[c];
    const gap = text.slice(container.end, ws[c + 1].start);
    if (!(gap === ' ' || (gap === ', ' && RELATIVE_PRONOUNS.has(ws[c + 1].lower)))) continue;
    if (container.t !== container.lower || !(g.thingHeads.has(container.lower) || headed.has(c))) continue;
    let k = p + cue.length;
    if (k >= ws.length || text.slice(ws[k - 1].end, ws[k].start) !== ' ') continue;
    while (k < ws.length - 1 && (QUANTIFIERS.has(ws[k].lower) || DEFINITE.has(ws[k].lower) || POSSESSIVE_DETERMINERS.has(ws[k].lower) || isCountryWord(ws[k].t)) && text.slice(ws[k].end, ws[k + 1].start) === ' ') k++;
    out.push(k);
  }
  return out;
}
const QUANTIFIERS = new Set(['many', 'some', 'most', 'several', 'only', 'more', 'fewer', 'multiple', 'various', 'all', 'any', 'such', 'other']);
const DEFINITE = new Set(['the', 'these', 'those']);

/** "thermal sensors inside many British-assembled drones", "the modules fitted to their vehicles": the phrase whose head is
 *  ws[j] stands right before a cue of containment (grammar/things.yaml containment after) and, at most three words on,
 *  a lower-case head of things that ends the noun phrase there (its container), the words between in no punctuation. */
function insideGoods(text: string, ws: W[], j: number, headed: Map<number, Found>): boolean {
  const g = grammar();
  if (j + 1 >= ws.length || text.slice(ws[j].end, ws[j + 1].start) !== ' ') return false;
  const cue = g.containment.after.find((c) => cueAt(text, ws, j + 1, c));
  if (!cue) return false;
  const from = j + 1 + cue.length;
  // "large power transformers and the online monitoring units fitted to them": "them" right after the cue takes up the
  // goods the phrase is coordinated with, a phrase on a head right before "and" (and "the").
  if (from < ws.length && ws[from].lower === 'them' && text.slice(ws[from - 1].end, ws[from].start) === ' ') return coordinatedAfterHead(text, headed, j) !== undefined;
  for (let k = from; k < Math.min(ws.length, from + 4); k++) {
    if (text.slice(ws[k - 1].end, ws[k].start) !== ' ') return false;
    if (ws[k].t === ws[k].lower && g.thingHeads.has(ws[k].lower) && !(ws[k + 1] && text.slice(ws[k].end, ws[k + 1].start) === ' ' && g.thingHeads.has(ws[k + 1].lower))) return true;
  }
  return false;
}
/** The head of the phrase of `headed` right before "and" (and "the") that opens the phrase headed at j. */
function coordinatedAfterHead(text: string, headed: Map<number, Found>, j: number): number | undefined {
  const f = headed.get(j) as Found;
  const before = /\sand\s+(?:the\s+)?$/.exec(text.slice(0, f.start));
  if (!before) return undefined;
  const end = f.start - before[0].length;
  return [...headed].find(([k, h]) => k !== j && h.end === end)?.[0];
}
const COPULAS = new Set(['is', 'are', 'was', 'were']);
const RELATIVE_PRONOUNS = new Set(['that', 'which']);

/** The first words of the objects of a making verb in a company noun's relative clause (grammar/names.yaml company-nouns;
 *  grammar/things.yaml making-participles, which are past forms too, and making-verbs): "a company that shipped
 *  drone engines", "suppliers which make telematics units", "Halden and Pryce plc, which makes dashcams". */
function lineAt(text: string, ws: W[]): number[] {
  const g = grammar();
  const out: number[] = [];
  for (let k = 2; k < ws.length; k++) {
    const verb = ws[k - 1].lower;
    if (!(g.makingParticiples.has(verb) || g.makingVerbs.has(verb)) || text.slice(ws[k - 1].end, ws[k].start) !== ' ') continue;
    // "Both companies sold drones": the company noun is the verb's subject.
    if (g.companyNouns.includes(ws[k - 2].lower) && text.slice(ws[k - 2].end, ws[k - 1].start) === ' ') out.push(k);
    // "Halden and Pryce plc, which makes dashcams": a company's name, ending in a word of a company's head or legal form
    // (grammar/names.yaml heads, legal-forms.yaml), is a company noun too; a perfect's auxiliary may stand before the
    // participle ("which have supplied microcontrollers", "that has shipped drone engines").
    else {
      const r = PERFECT.has(ws[k - 2].lower) && k >= 4 && text.slice(ws[k - 2].end, ws[k - 1].start) === ' ' && g.makingParticiples.has(verb) ? k - 3 : k - 2;
      if (RELATIVE.has(ws[r].lower) && text.slice(ws[r].end, ws[r + 1].start) === ' ' && companyBefore(text, ws, r)) out.push(k);
    }
  }
  return out;
}

/** "Halden Avionics Ltd., whose GNSS receivers were found in ...": the first word after a company name's possessive relative
 *  (its name ending in a word of a company's head or legal form; not a company noun, whose "carriers whose maintenance
 *  agreements" owns what it does not make), where a phrase on a head there is its line. */
function whoseAt(text: string, ws: W[], companyEnds: number[] = []): number[] {
  const out: number[] = [];
  // A recognised company's name, whatever its last word, then a comma ("Shenzhen Lumio, whose ...").
  const named = (r: number): boolean => companyEnds.some((e) => e <= ws[r].start && /^\.?,\s$/.test(text.slice(e, ws[r].start)));
  for (let k = 2; k < ws.length; k++) if (ws[k - 1].lower === 'whose' && text.slice(ws[k - 1].end, ws[k].start) === ' ' && (companyBefore(text, ws, k - 1, true) || named(k - 1))) out.push(k);
  return out;
}

/** A company noun or a company's name (ending in a word of a company's head or legal form: grammar/names.yaml heads,
 *  legal-forms.yaml) right before ws[r], a comma between or none, or before its seat: "Halden Avionics Ltd. of Xi'an, which
 *  ...", "of" and up to three capitalised words. */
function companyBefore(text: string, ws: W[], r: number, namedOnly = false): boolean {
  const g = grammar();
  // A legal form's abbreviation keeps its stop: "Co., Ltd., which".
  if (r < 1 || !/^\.?,?\s$/.test(text.slice(ws[r - 1].end, ws[r].start))) return false;
  const company = (i: number): boolean => i >= 0 && ((!namedOnly && g.companyNouns.includes(ws[i].lower)) || g.heads.get(ws[i].t) === 'Company');
  if (company(r - 1)) return true;
  let i = r - 1;
  while (i > r - 4 && i > 0 && /^\p{Lu}/u.test(ws[i].t) && /^\s$/.test(text.slice(ws[i - 1].end, ws[i].start)) && ws[i - 1].lower !== 'of') i--;
  return i >= 2 && /^\p{Lu}/u.test(ws[i].t) && ws[i - 1].lower === 'of' && text.slice(ws[i - 1].end, ws[i].start) === ' ' && /^\.?\s$/.test(text.slice(ws[i - 2].end, ws[i - 1].start)) && company(i - 2);
}
const RELATIVE = new Set(['that', 'which', 'who']);
/** Between a verb of moving goods and its object: a space, a determiner, an origin's "U.S.-" ("diverted U.S.-origin X"). */
const TRADED_GAP = /^\s+(?:(?:the|its|their|some|all|these|those)\s+)?(?:[\p{L}.]+-)?$/u;

/** The heads right before a relative clause of a pronoun and a verb of making (grammar/things.yaml making-verbs, and
 *  making-participles as past forms), "that" or "which" between maybe: "chips it develops", "drones that they sell". */
function lineBefore(text: string, ws: W[]): number[] {
  const g = grammar();
  const out: number[] = [];
  for (let k = 1; k + 1 < ws.length; k++) {
    let p = k;
    if (RELATIVE.has(ws[p].lower) && text.slice(ws[p - 1].end, ws[p].start) === ' ') p++;
    if (p + 1 >= ws.length || !MAKER_PRONOUNS.has(ws[p].lower) || text.slice(ws[p - 1].end, ws[p].start) !== ' ') continue;
    const verb = ws[p + 1].lower;
    if ((g.makingVerbs.has(verb) || g.makingParticiples.has(verb)) && text.slice(ws[p].end, ws[p + 1].start) === ' ') out.push(k - 1);
  }
  return out;
}
const MAKER_PRONOUNS = new Set(['it', 'they']);

/** The heads of the noun phrases coordinated with the phrase from ws[from] to the head ws[head] (ending at `end`): the
 *  one right before "and", "or" or a comma before it, and the one after them (its last word before a word that cannot
 *  modify it), each a conjunct head. */
function conjunctHeads(text: string, ws: W[], from: number, head: number, end: number): number[] {
  const out: number[] = [];
  const gap = (a: number): string => (a >= 0 && a + 1 < ws.length ? text.slice(ws[a].end, ws[a + 1].start) : '');
  const coordinator = (k: number): boolean => k >= 0 && k < ws.length && COORDINATORS.has(ws[k].lower);
  // A count in figures opening a conjunct ("63 cameras and 4 network video recorders") is no part of the list's links.
  const count = (k: number): boolean => k >= 0 && k < ws.length && /^\d{1,3}(?:,\d{3})*$/.test(ws[k].t);
  if (from >= 1 && count(from - 1) && gap(from - 1) === ' ') from--;
  // Before: "5G base stations and <phrase>", "5G base stations, <phrase>".
  if (from >= 2 && coordinator(from - 1) && /^,?\s$/.test(gap(from - 2)) && gap(from - 1) === ' ') out.push(from - 2);
  else if (from >= 1 && /^,\s$/.test(gap(from - 1))) out.push(from - 1);
  // After: "<phrase> and RF transceivers", "<phrase>, RF transceivers", "<phrase>, and RF transceivers".
  if (ws[head].end === end && head + 2 < ws.length) {
    let j = -1;
    if (/^,?\s$/.test(gap(head)) && coordinator(head + 1) && gap(head + 1) === ' ') j = head + 2;
    // "cellular IoT modules, the small radios that ...": a definite noun phrase after the comma is an apposition, no item.
    else if (/^,\s$/.test(gap(head)) && ws[head + 1].lower !== 'the') j = head + 1;
    // "<phrase>; tide gauges; and ...", "<phrase>; and tide gauges.": a semicolon between a list's items, when the conjunct
    // ends where an item does (another semicolon, the sentence's end), not where a clause goes on ("; operators must ...").
    else if (/^;\s$/.test(gap(head))) j = coordinator(head + 1) && gap(head + 1) === ' ' ? head + 2 : head + 1;
    if (j >= 0 && j + 1 < ws.length && count(j) && gap(j) === ' ') j++;
    if (j >= 0) {
      const k = phraseEnd(text, ws, j);
      if (!gap(head).startsWith(';') || /^\s*(?:;|[.!?]?\s*$)/.test(text.slice(ws[k].end))) out.push(k);
    }
  }
  // A head of the grammar's is a conjunct too: a phrase on it already, or a plural head alone (specificHead).
  return out.filter((k) => conjunctHead(ws[k]) || presentTense(ws[k]) || (grammar().thingHeads.has(ws[k].lower) && (ws[k].t === ws[k].lower || sentenceInitial(text, ws, k))));
}

/** An acronym with a capital in it ("5G", "LTE-M"; not a year). */
/** An acronym's plural: two capitals or more (a lower-case letter between them, "SoCs"), then "s". */
const PLURAL_ACRONYM = /^\p{Lu}(?:\p{Ll}?[\p{Lu}\d])+s$/u;
const acronymWord = (w: W): boolean => ACRONYM.test(w.t) && /\p{Lu}/u.test(w.t);

/** An acronym as written: capitals and digits, a lower-case letter only between capitals ("5G", "RF", "IoT",
 *  "NB-IoT", "LoRaWAN"; not "Ltd", "McKinsey"), or short capitalised syllables joined by hyphens ("Wi-Fi"; not
 *  "Sino-American"). */
const ACRONYM = /^(?:[\p{Lu}\d](?:[\p{Lu}\d-]|\p{Ll}(?=[\p{Lu}\d]))*|\p{Lu}\p{Ll}{0,2}(?:-\p{Lu}\p{Ll}{0,2})+)$/u;

/** A word that stands before a name, never in it: a number in figures or written as a word ("one", "five", "billions"), a
 *  comparative ("longer", "fewer"), or one of grammar/things.yaml `name-breaks` (prepositions and quantities the
 *  lexicon reads as other words: "like" a verb, "concerning" an adjective, "less" a noun). */
function breaksName(w: W): boolean {
  // "1,400 surveillance cameras", "48 transit agencies": a count in figures (its last group after a thousands comma too).
  if (grammar().nameBreaks.has(w.lower) || /^\d+$/.test(w.t)) return true;
  // "It bans survey drones": a regulatory verb's -s form (grammar/things.yaml regulatory-verbs) is the verb, no plural
  // noun inside a name ("bans", "restricts", "licenses").
  if (grammar().regulatoryVerbs.has(w.lower) && /[^s]s$/.test(w.lower) && w.t === w.lower) return true;
  const tags = tagsOf(w.lower);
  return tags.includes('Comparative') || (tags.includes('Cardinal') && !/\d/.test(w.lower));
}

/** ws[k] is a word of a preposition of several words (grammar/things.yaml name-prepositions): "rules as regards drones",
 *  where the lexicon reads "regards" as a plural noun, names drones. */
function inPreposition(ws: W[], k: number): boolean {
  for (const p of grammar().namePrepositions) {
    for (let j = p.indexOf(ws[k].lower); j >= 0; j = p.indexOf(ws[k].lower, j + 1)) {
      if (k - j >= 0 && k - j + p.length <= ws.length && p.every((word, m) => ws[k - j + m].lower === word)) return true;
    }
  }
  return false;
}

/** "decided to ban harbour cranes", "plans to restrict drones": a regulatory verb's plain form after "to" is the verb,
 *  no modifier ("ban" and "licence" are nouns too); the phrase is its object (regulatedObject). So is a verb of acquiring
 *  or supplying goods (grammar/things.yaml acquiring-verbs): "funds to purchase drones made by ...", and any verb's base
 *  form after a verb that takes an infinitive ("plans to audit ..."). */
function measureInfinitive(ws: W[], k: number, text: string): boolean {
  const g = grammar();
  if (k === 0 || ws[k - 1].lower !== 'to') return false;
  if ((g.regulatoryVerbs.has(ws[k].lower) || g.acquiringVerbs.has(ws[k].lower)) && !/(?:s|ing|ed)$/.test(ws[k].lower)) return true;
  // "plans to audit harbour radar units", "agreed to replace ...": after a verb that takes an infinitive (WordNet's frame,
  // lexicon.ts takesInfinitive) and "to", a verb's base form is that infinitive.
  if (k >= 2 && text.slice(ws[k - 2].end, ws[k - 1].start) === ' ' && takesInfinitive(ws[k - 2].lower) && !/(?:s|ing|ed)$/.test(ws[k].lower) && isVerbBase(ws[k].lower)) return true;
  // "able to designate existing computer emergency response teams", "are required to replace ...": after an adjective that
  // takes an infinitive or a control verb's passive participle (grammar/things.yaml infinitive-adjectives, control-verbs).
  const before = k >= 2 && text.slice(ws[k - 2].end, ws[k - 1].start) === ' ' ? ws[k - 2].lower : '';
  if ((g.infinitiveAdjectives.has(before) || (g.controlVerbs.has(before) && /ed$/.test(before))) && !/(?:s|ing|ed)$/.test(ws[k].lower) && isVerbBase(ws[k].lower)) return true;
  // "urge BIS to name ground control stations": a control verb, its object and "to" (grammar/things.yaml control-verbs).
  return !/(?:s|ing|ed)$/.test(ws[k].lower) && controlledTo(text, ws, k - 1);
}

/** "to stop using drones", "ceased buying cameras": a verb that starts or stops an activity (grammar/things.yaml
 *  aspect-verbs) right before a word in -ing is that gerund's verb, no modifier of a name, nor is the gerund. */
function aspectVerb(ws: W[], k: number, text: string): boolean {
  if (grammar().aspectVerbs.has(ws[k].lower) && /^\p{Ll}+ing$/u.test(ws[k + 1]?.t ?? '') && text.slice(ws[k].end, ws[k + 1].start) === ' ') return true;
  return k > 0 && /^\p{Ll}+ing$/u.test(ws[k].t) && grammar().aspectVerbs.has(ws[k - 1].lower) && text.slice(ws[k - 1].end, ws[k].start) === ' ';
}

/** ws[to] ("to") follows a control verb and its object of one to four words, no punctuation between. */
function controlledTo(text: string, ws: W[], to: number): boolean {
  for (let v = to - 2; v >= Math.max(0, to - 5); v--) {
    if (!/^[\s\p{L}\p{N}'’&.-]*$/u.test(text.slice(ws[v].end, ws[to].start))) return false;
    if (grammar().controlVerbs.has(ws[v].lower)) return true;
  }
  return false;
}

/** "Hongqiao designs baseband chips", "the rule reaches trucks": a lower-case plural right after a singular noun or a
 *  name, inside a phrase's modifiers, is the verb of that noun; a plural modifies a compound from its front ("goods
 *  vehicles", "communications equipment": a head of its own), and a field in -ics is a mass noun ("telematics").
 *  `front`: the phrase's first word, after a noun outside it; there a head's plural is the verb too ("rule bars"). */
/** "how drones store or transmit data": a head after a plural noun, coordinated with a word read mostly as a verb's base
 *  form (lexicon.ts isMostlyVerb), is that noun's verb as its conjunct is, no head of a thing. */
function coordinatedVerb(text: string, ws: W[], i: number): boolean {
  const [subject, link, verb] = [ws[i - 1], ws[i + 1], ws[i + 2]];
  if (!subject || !link || !verb || (link.lower !== 'or' && link.lower !== 'and')) return false;
  if (text.slice(subject.end, ws[i].start) !== ' ' || !/^\s+$/.test(text.slice(ws[i].end, link.start)) || !/^\s+$/.test(text.slice(link.end, verb.start))) return false;
  return subject.t === subject.lower && pluralNoun(subject.lower) && verb.t === verb.lower && isMostlyVerb(verb.lower);
}

function verbAfterSubject(ws: W[], k: number, front = false, text = ''): boolean {
  const w = ws[k];
  if (w.t !== w.lower || !pluralNoun(w.lower) || MASS_NOUN.test(w.lower) || (!front && grammar().thingHeads.has(w.lower)) || grammar().genericModifiers.has(w.lower)) return false;
  // "the rule now reaches drone parts", "Beijing also dominates ...": an adverb may stand between the subject and its verb;
  // so may an aside in brackets, a name's own definitions ("Harrow Sensing Inc. ("Harrow", "we" or "our") designs ..."):
  // the subject is the word before the bracket.
  const s = k >= 2 && ws[k - 1].t === ws[k - 1].lower && isAdverb(ws[k - 1].lower) ? k - 2 : asideBefore(ws, k, text);
  const before = ws[s].lower;
  // "Beijing dominates global drone supply chains": after a name (a capitalised word, no acronym) too.
  if (/^\p{Lu}\p{Ll}+$/u.test(ws[s].t) && !tagsOf(w.lower).some((t) => NOUN_TAGS.has(t))) return true;
  // "it designates harbour cranes", "Ostrava Lifts Ltd. supplies harbour cranes": a verb's present form (lexicon.ts
  // isPresentVerb) that the lexicon may read as a plural ("supplies") is the verb of a subject right before it.
  if (isPresentVerb(w.lower) && presentSubject(ws, s)) return true;
  return singularNoun(before) && !tagsOf(before).some((t) => t === 'Adjective' || t === 'Uncountable') && !grammar().genericModifiers.has(before);
}

/** The word before ws[k] outside an aside in brackets that closes right before ws[k] ("Inc. (\"Harrow\", \"we\") designs":
 *  "Inc."), else the word right before it. */
function asideBefore(ws: W[], k: number, text: string): number {
  if (!/^[”"’']?\)\s+$/.test(text.slice(ws[k - 1].end, ws[k].start))) return k - 1;
  for (let j = k - 1; j > 0; j--) if (/\(\s*[“"‘']?$/.test(text.slice(ws[j - 1].end, ws[j].start))) return j - 1;
  return k - 1;
}

/** ws[j] can be the subject of a present form after it: a subject pronoun ("it", "which"; not "its"), or a name, a
 *  capitalised word that is no acronym ("5G networks", "AI chips" are compounds), no possessive ("Shenwei's plants"), no
 *  people's adjective or other adjective ("Chinese parts", "Smart meters") and, at the sentence's start, no common noun
 *  ("Drone parts"). */
function presentSubject(ws: W[], j: number): boolean {
  const w = ws[j];
  const tags = tagsOf(w.lower);
  if (w.t === w.lower) return (tags.includes('Pronoun') && !tags.includes('Possessive')) || RELATIVE.has(w.lower);
  if (!/^\p{Lu}\p{Ll}+$/u.test(w.t) || isPossessive(w.t) || modifiesAsName(w.t)) return false;
  return j > 0 || !(grammar().thingHeads.has(w.lower) || tags.some((t) => NOUN_TAGS.has(t)));
}

/** "processes": a plural the lexicon knows only as a verb's -s form; a noun where its modifiers are its partner's
 *  ("ICT products, ICT processes"). */
const presentTense = (w: W): boolean => w.t === w.lower && /[^su's]s$/.test(w.lower) && tagsOf(w.lower).length === 1 && tagsOf(w.lower)[0] === 'PresentTense';

/** The first words of the phrases after a maker noun and "of" (grammar/things.yaml maker-nouns), and of those after
 *  "and of"/"or of" right after such a phrase ("a supplier of automotive lidar and of the perception software"). */
function madeAt(text: string, ws: W[]): number[] {
  const out = after(text, ws, grammar().makerNouns);
  // "an importer and integrator of telecommunications equipment": "of" serves both nouns, so the maker noun's phrase is
  // its goods whatever the noun coordinated after it.
  for (let k = 4; k < ws.length; k++) {
    if (ws[k - 1].lower !== 'of' || !COORDINATORS.has(ws[k - 3].lower) || !grammar().makerNouns.has(ws[k - 4].lower) || ws[k - 2].t !== ws[k - 2].lower) continue;
    if (text.slice(ws[k - 4].end, ws[k].start) === ` ${ws[k - 3].t} ${ws[k - 2].t} of ` && !out.includes(k)) out.push(k);
  }
  for (let n = 0; n < out.length; n++) {
    const j = phraseEnd(text, ws, out[n]);
    if (j + 3 < ws.length && COORDINATORS.has(ws[j + 1].lower) && ws[j + 2].lower === 'of' && /^,?\s$/.test(text.slice(ws[j].end, ws[j + 1].start)) && text.slice(ws[j + 1].end, ws[j + 3].start) === ' of ') out.push(j + 3);
  }
  return out;
}

/** The first words of the phrases right after one of `nouns` and "of". */
/** The words right after one of `verbs`, one space away. */
function afterVerb(text: string, ws: W[], verbs: Set<string>): number[] {
  const out: number[] = [];
  for (let k = 1; k < ws.length; k++) if (verbs.has(ws[k - 1].lower) && text.slice(ws[k - 1].end, ws[k].start) === ' ') out.push(k);
  return out;
}

/** The words right after "<noun> <link>", one of `nouns`; not after the "of" of a noun WordNet has in three words ("visual
 *  line of sight operations": no line of products; wordnet-of-compounds.ts). */
function after(text: string, ws: W[], nouns: Set<string>, link = 'of'): number[] {
  const out: number[] = [];
  for (let k = 2; k < ws.length; k++) {
    if (ws[k - 1].lower !== link || !nouns.has(ws[k - 2].lower) || text.slice(ws[k - 2].end, ws[k].start) !== ` ${link} `) continue;
    if (link === 'of' && isOfCompound(ws[k - 2].lower, ws[k].lower, singular)) continue;
    out.push(k);
  }
  return out;
}

/** The words right after "<trade noun> to <recipient> of", the recipient a pronoun or a name of up to three words ("the
 *  export to them of cable jointing kits", "sales to Norland of harbour cranes"): the goods, as after "<noun> of". */
function afterRecipient(text: string, ws: W[], nouns: Set<string>): number[] {
  const out: number[] = [];
  for (let k = 3; k < ws.length; k++) {
    if (ws[k - 1].lower !== 'of') continue;
    for (let j = k - 3; j >= Math.max(0, k - 5); j--) {
      if (!nouns.has(ws[j].lower) || ws[j + 1].lower !== 'to') continue;
      const recipient = ws.slice(j + 2, k - 1);
      const spaced = /^(?:\s+\S+)+\s+$/.test(text.slice(ws[j].end, ws[k].start)) && !/[,;:.()]/.test(text.slice(ws[j].end, ws[k].start));
      if (spaced && (recipient.every((w) => /^\p{Lu}/u.test(w.t)) || (recipient.length === 1 && RECIPIENT_PRONOUNS.has(recipient[0].lower)))) out.push(k);
      break;
    }
  }
  return out;
}
const RECIPIENT_PRONOUNS = new Set(['them', 'it', 'him', 'her', 'us', 'me']);

/** The thing the text names from ws[k] on, after determiners and the generic words a name leaves out: the longest phrase
 *  on a head opening there, or a plural specific head alone, which is not followed by a noun it modifies ("drones and their
 *  parts", not "drone parts"). It takes `rule` unless a rule of support already holds it. */
function thingAt(text: string, ws: W[], headed: Map<number, Found>, k: number, rule: string): void {
  const g = grammar();
  let at = k;
  while (at < ws.length - 1 && (ARTICLES.has(ws[at].lower) || DETERMINER_LIKE.has(ws[at].lower) || POSSESSIVE_DETERMINERS.has(ws[at].lower) || /^\d+$/.test(ws[at].t) || (g.genericModifiers.has(ws[at].lower) && !COORDINATORS.has(ws[at].lower)) || originCompoundAt(text, ws, at)) && text.slice(ws[at].end, ws[at + 1].start) === ' ') at++;
  at = afterOwner(text, ws, at);
  const on = [...headed].filter(([, f]) => f.start === ws[at].start).sort(([, a], [, b]) => b.end - a.end)[0];
  // "e-bike battery packs", "battery packs", "drone camera gimbals": a phrase (or a head alone) whose head modifies a
  // plural noun after it names no thing there; the noun phrase on that noun does, a thing of the kind of the head it
  // takes (as a conjunct's head does).
  const head = on?.[0] ?? (g.thingHeads.written(ws[at].t) !== undefined && ws[at].t === ws[at].lower ? at : undefined);
  if (head !== undefined && pluralAfter(text, ws, head)) {
    const label = on?.[1].label ?? headOf(ws[head]);
    const f = conjunctHead(ws[head + 1]) && !headed.has(head + 1) ? phraseOn(text, ws, head + 1, label, rule) : undefined;
    if (f && f.start === ws[at].start) {
      if (on) headed.delete(on[0]);
      headed.set(head + 1, f);
    }
    return;
  }
  if (on) {
    if (!SUPPORTED.has(on[1].rule)) headed.set(on[0], { ...on[1], rule });
    return;
  }
  if (!specificHead(text, ws, at) || phraseEnd(text, ws, at) !== at || headed.has(at)) return;
  const f = phraseOn(text, ws, at, headOf(ws[at]), rule, true);
  if (f) headed.set(at, f);
}

/** Whether ws[i] is an origin compound, or its last part: a country's name, demonym or abbreviation as the country data
 *  gives them (countries.ts isCountryOriginWord), or an origin word, perhaps after a prefix ("non-EU"), a hyphen and a
 *  participle of making or "origin" ("Chinese-made", "foreign-built", "U.S.-origin", whose "U.S." the words split off;
 *  grammar/things.yaml origin-compounds). */
function originCompoundAt(text: string, ws: W[], i: number): boolean {
  const o = grammar().originCompounds;
  const dash = ws[i].t.lastIndexOf('-');
  const [said, part] = dash > 0 ? [ws[i].t.slice(0, dash), ws[i].t.slice(dash + 1)] : [/(\S+)-$/u.exec(text.slice(Math.max(0, ws[i].start - 40), ws[i].start))?.[1], ws[i].t];
  if (said === undefined || !o.participles.has(part.toLowerCase())) return false;
  const prefix = said.indexOf('-');
  const origin = prefix > 0 && o.prefixes.has(said.slice(0, prefix).toLowerCase()) ? said.slice(prefix + 1) : said;
  return o.origins.has(origin.toLowerCase()) || isCountryOriginWord(origin);
}

/** A lower-case plural noun right after ws[k], one space away, that no function word's reading takes ("battery packs"). */
function pluralAfter(text: string, ws: W[], k: number): boolean {
  const next = ws[k + 1];
  return next !== undefined && text.slice(ws[k].end, next.start) === ' ' && next.t === next.lower && pluralNoun(next.lower) && !tagsOf(next.lower).some((t) => VERB_OR_FUNCTION.has(t));
}

/** "Hefei Guangyu Sensing Technology's roadside radar units": a name in the possessive (capitalised words, up to six, the
 *  last with "'s") opening at ws[at] says whose the things after it are; they start after it. Else `at`. */
function afterOwner(text: string, ws: W[], at: number): number {
  for (let k = at; k < ws.length - 1 && k - at < 6 && /^\p{Lu}/u.test(ws[k].t) && text.slice(ws[k].end, ws[k + 1].start) === ' '; k++) if (isPossessive(ws[k].t)) return k + 1;
  return at;
}

/** The last word of the noun phrase that starts at ws[first]: the words after it joined by a space that may modify a
 *  noun, lower-case or acronyms, up to the grammar's modifiers. */
function phraseEnd(text: string, ws: W[], first: number): number {
  const g = grammar();
  let j = first;
  // "ground control stations": a word the lexicon knows only as a verb inside a compound (verbInCompound) goes on too.
  const word = (k: number): boolean =>
    k < ws.length && text.slice(ws[k - 1].end, ws[k].start) === ' ' && (mayModify(ws[k].lower) || (k + 1 < ws.length && verbInCompound(text, ws, k)) || pluralCompound(ws, k)) && !g.connectors.has(ws[k].lower) && (ws[k].t === ws[k].lower || ACRONYM.test(ws[k].t)) && !opensClause(ws, k);
  // "inverters made by ...": a past form that no word of the phrase follows opens a participle clause.
  while (j + 1 < ws.length && j - first < g.maxModifiers && word(j + 1) && !(isPastVerb(ws[j + 1].lower) && !word(j + 2))) j++;
  return j;
}

/** "UAS incorporating certain flight controllers", "routers containing a modem": a determiner, or an -ing form right before
 *  one, opens a phrase or clause of its own after a noun; no word of the name before it. */
function opensClause(ws: W[], k: number): boolean {
  const determiner = (w: W | undefined): boolean => w !== undefined && (DETERMINER_LIKE.has(w.lower) || ARTICLES.has(w.lower));
  return determiner(ws[k]) || (/ing$/.test(ws[k].lower) && determiner(ws[k + 1]));
}

/** "electronic communications networks": a plural head of things the lexicon reads as a verb's -s form ("networks"), right
 *  after a plural the lexicon does not tag (a noun that opens compounds, "communications": no verb, no actor), heads the
 *  compound, no verb of it. */
function pluralCompound(ws: W[], k: number): boolean {
  const [front, w] = [ws[k - 1], ws[k]];
  return grammar().thingHeads.has(w.lower) && /s$/.test(w.lower) && front.t === front.lower && tagsOf(front.lower).length === 0 && /s$/.test(front.lower);
}

/** A word that heads a conjunct of a phrase on a head: a lower-case plural noun that is no head already, no generic
 *  word, no actor (compromise's Actor, grammar/names.yaml company-nouns: "vendors", "carriers"), no body (a body head
 *  of names.yaml: "customs authorities"), no type noun (grammar/things.yaml type-nouns: "three product families, drones,
 *  ... and ..." classifies the items that follow, it is none of them), and no verb or function word by the lexicon. */
function conjunctHead(w: W): boolean {
  const g = grammar();
  if (w.t !== w.lower || !pluralNoun(w.lower) || isPossessive(w.t) || g.thingHeads.has(w.lower) || g.genericModifiers.has(w.lower) || g.companyNouns.includes(w.lower) || g.typeNouns.has(w.lower)) return false;
  const one = singular(w.lower);
  if (g.heads.has(one.charAt(0).toUpperCase() + one.slice(1))) return false;
  const tags = tagsOf(w.lower);
  return !tags.some((t) => t === 'Actor' || VERB_OR_FUNCTION.has(t));
}

/** "lidar sensors", "drone components": a head right before another lower-case head, which it modifies. */
/** "bars the import of ...": the word after ws[k], one space away, is an article or a determiner that opens an object,
 *  not a relative clause without "that" ("the lidar sensors the firm sells", "cameras the police use": a verb follows the
 *  determiner's noun before any preposition or punctuation). At most four words are read. */
/** A trade noun (grammar/things.yaml trade-nouns) and "of" right after ws[k], one space apart: "bars imports of ...". */
function tradeOfAfter(text: string, ws: W[], k: number): boolean {
  const [next, of] = [ws[k + 1], ws[k + 2]];
  return next !== undefined && of !== undefined && of.lower === 'of' && grammar().tradeNouns.has(next.lower) && text.slice(ws[k].end, next.start) === ' ' && text.slice(next.end, of.start) === ' ';
}

function determinerAfter(text: string, ws: W[], k: number, openers: Set<string> = OBJECT_OPENERS): boolean {
  const next = ws[k + 1];
  if (next === undefined || text.slice(ws[k].end, next.start) !== ' ' || !openers.has(next.t)) return false;
  for (let j = k + 3; j <= k + 5 && j < ws.length; j++) {
    if (!/^\s+$/.test(text.slice(ws[j - 1].end, ws[j].start))) return true;
    const tags = tagsOf(ws[j].lower);
    if (tags.includes('Preposition')) return true;
    if (tags.some((t) => CLAUSE_VERBS.has(t))) return false;
  }
  return true;
}
const OBJECT_OPENERS = new Set(['the', 'a', 'an', 'any', 'all', 'every', 'each', 'its', 'their']);
/** And the determiners of a plural object a verb's base form takes ("name other manufacturers", "list certain drones"). */
const VERB_OBJECT_OPENERS = new Set([...OBJECT_OPENERS, 'other', 'certain', 'several', 'no']);
const CLAUSE_VERBS = new Set(['PresentTense', 'PastTense', 'Infinitive', 'Modal', 'Copula']);

function headBeforeHead(text: string, ws: W[], k: number): boolean {
  const next = ws[k + 1];
  return next !== undefined && text.slice(ws[k].end, next.start) === ' ' && next.t === next.lower && grammar().thingHeads.has(next.lower);
}

/** "products with digital elements": the last word of a post-modifier after the head (a link, then up to three
 *  lower-case words ending in a plural noun, no means of payment or party; or a purpose link and its noun, "radio equipment for childcare"), or the
 *  head's own index. */
function postModified(text: string, ws: W[], head: number): number {
  const g = grammar();
  const link = ws[head + 1];
  if (link && g.thingPurposeLinks.has(link.t) && purposeNoun(text, ws, head + 2)) return head + 2;
  if (!link || !g.thingPostLinks.has(link.t) || text.slice(ws[head].end, link.start) !== ' ') return head;
  for (let k = head + 2; k <= head + 4 && k < ws.length; k++) {
    const x = ws[k];
    if (text.slice(ws[k - 1].end, x.start) !== ' ' || x.t !== x.lower || !mayModify(x.lower) || g.connectors.has(x.lower)) return head;
    // "bought drones with purchase cards", "buy cameras with federal grant funds": what pays is the means of an act, no part
    // of the things (grammar/things.yaml means-nouns), nor a tie to a party or place ("apps with links to China",
    // tie-nouns); nor is a party the things are bought or contracted with, a company
    // noun or a noun of persons ("contract for repair services with vessel operators", "buy radios with overseas
    // suppliers": names.yaml company-nouns, wordnet-persons.ts).
    // A word before it that only looks plural ("with overseas suppliers") leaves the party the noun.
    const party = (w: W | undefined): boolean => w !== undefined && (g.companyNouns.includes(w.lower) || isPersonNoun(w.lower, singular));
    const next = ws[k + 1];
    const partyNext = k + 1 <= head + 4 && next !== undefined && text.slice(x.end, next.start) === ' ' && party(next);
    // "servers with high-end graphics processing units", "trucks with telematics units": a word that only looks plural
    // (a field's name in -ics) or modifies the noun after it is no last noun when a head of things follows within the
    // phrase; the post-modifier runs on to that head, and where the head lies past the limit there is no post-modifier:
    // "servers" and "graphics processing units" are two things, never "servers with high-end graphics".
    if (/[^s]s$/.test(x.lower) && modifiesHeadAhead(text, ws, k)) continue;
    if (/[^s]s$/.test(x.lower) && !g.genericModifiers.has(x.lower)) return g.thingMeansNouns.has(x.lower) || g.thingTieNouns.has(x.lower) || party(x) || partyNext ? head : k;
  }
  return head;
}

/** ws[k] opens a compound: one or two lower-case words after it, joined by single spaces, end on a head of things
 *  ("telematics units", "graphics processing units"), none of them a connector or a word of no noun phrase. */
function modifiesHeadAhead(text: string, ws: W[], k: number): boolean {
  const g = grammar();
  for (let j = k + 1; j <= k + 2 && j < ws.length; j++) {
    const x = ws[j];
    if (text.slice(ws[j - 1].end, x.start) !== ' ' || x.t !== x.lower || g.connectors.has(x.lower) || !mayModify(x.lower)) return false;
    if (g.thingHeads.has(x.lower)) return true;
  }
  return false;
}

/** "the rule covers automated driving software": a past form right after a verb's present form (a lexical verb, no
 *  auxiliary: "has banned drones", "is restricted" stay verbs) is no verb of its own, two finite verbs do not follow each
 *  other: it is a participle that modifies the noun after it, a word of the name; so is one after a perfect's participle
 *  ("has shipped integrated circuits"). */
function participleAfterVerb(text: string, ws: W[], k: number): boolean {
  const w = ws[k];
  const prev = ws[k - 1];
  if (!prev || !/ed$/.test(w.lower) || w.t !== w.lower || text.slice(prev.end, w.start) !== ' ' || prev.t !== prev.lower) return false;
  // The lexicon's present form ("covers", "sells"; not "exports", "parts", which it reads as plurals first), or a
  // regulatory verb's ("bans").
  const present = tagsOf(prev.lower).includes('PresentTense') || (/[^s]s$/.test(prev.lower) && grammar().regulatoryVerbs.has(prev.lower));
  // "has shipped integrated circuits", "had exported refurbished drones": a perfect's participle is the verb, so the past
  // form after it modifies the object.
  const perfect = k >= 2 && PERFECT.has(ws[k - 2].lower) && text.slice(ws[k - 2].end, prev.start) === ' ' && (isPastVerb(prev.lower) || isRegularPast(prev.lower));
  return (present && !AUXILIARIES.has(prev.lower)) || perfect;
}
const AUXILIARIES = new Set(['has', 'is', 'does', 'gets', 'becomes', 'seems', 'remains']);

/** "radio equipment for childcare": ws[k], right after the head's purpose link (grammar/things.yaml purpose-links), is one
 *  lower-case noun that says what the things serve, and ends the phrase (punctuation, a coordinator or the sentence's end
 *  after it): a singular or mass noun, no head of things ("chargers for vehicles" names two things), no person ("toys for
 *  children": whom, no kind), no trade, measure or generic word ("equipment for use in ..."), no verb. */
function purposeNoun(text: string, ws: W[], k: number): boolean {
  const g = grammar();
  const x = ws[k];
  if (!x || x.t !== x.lower || text.slice(ws[k - 2].end, x.start) !== ` ${ws[k - 1].t} `) return false;
  if (k + 1 < ws.length && !/^\s*[,.;:)]|^\s+(?:and|or)\b/.test(text.slice(x.end, ws[k + 1].start + 4))) return false;
  if (g.thingHeads.has(x.lower) || g.genericModifiers.has(x.lower) || g.tradeNouns.has(x.lower) || g.controlNouns.has(x.lower) || x.lower === 'use') return false;
  // "aerial imaging systems for inspection, mapping and public safety": the first of a list of uses says what the things
  // are used for, no class they are named by (a list of things may go on after it: "radio equipment for childcare, toys").
  const next = ws[k + 1];
  const joined = next && (/^(?:and|or)$/.test(next.lower) || /^\s*,\s+$/.test(text.slice(x.end, next.start)));
  if (joined) {
    // The next item's last word: a head of things or a plural goes on with a list of things.
    let j = /^(?:and|or)$/.test(next.lower) ? k + 2 : k + 1;
    while (j + 1 < ws.length && text.slice(ws[j].end, ws[j + 1].start) === ' ' && !/^(?:and|or)$/.test(ws[j + 1].lower)) j++;
    const last = ws[j];
    if (last && last.t === last.lower && !g.thingHeads.has(last.lower) && !pluralNoun(last.lower)) return false;
  }
  return singularNoun(x.lower) && !tagsOf(x.lower).some((t) => t === 'Actor' || t === 'Plural' || t === 'Adjective');
}

/** "This Regulation applies to vehicles": a bare plural head right after a scope statement's lead names the
 *  class the instrument covers; not a generic head ("the duties apply to goods entered ...": what any measure covers). */
function scopeClass(text: string, ws: W[], head: number): boolean {
  return /[^s]s$/.test(ws[head].lower) && !grammar().genericHeads.has(ws[head].lower) && scopeLeadBefore(text, ws[head].start);
}

/** "data centre services", "information society services": a generic noun before a word that makes the
 *  name (not the head, not generic) opens the compound and stays. */
function opensCompound(ws: W[], k: number, head: number): boolean {
  const g = grammar();
  return g.compoundOpeners.has(ws[k].lower) && k + 1 < head && !g.genericModifiers.has(ws[k + 1].lower);
}

/** "a list of covered port equipment", "to replace covered equipment": after a determiner, a preposition or
 *  a verb's base form or gerund, a past form is an adjective; not after a form of "have", whose past participle is the
 *  perfect's verb ("Several states have restricted drones"). */
const ADJECTIVE_AFTER = new Set(['Determiner', 'Preposition', 'Infinitive', 'Gerund']);
const PERFECT = new Set(['have', 'has', 'had', 'having']);
/** ws[k] is a past form of a WordNet verb the lexicon does not know as an adjective, right after a capitalised word that
 *  is no country's or people's name ("Chinese connected vehicles", "U.S. connected vehicle rules" keep their participle):
 *  the name's verb, no modifier of the phrase after it. */
function verbAfterName(text: string, ws: W[], k: number): boolean {
  const w = ws[k];
  const prev = ws[k - 1];
  if (!prev || w.t !== w.lower || !w.lower.endsWith('ed') || text.slice(prev.end, w.start) !== ' ') return false;
  if (!/^\p{Lu}/u.test(prev.t) || isCountryWord(prev.t) || tagsOf(w.lower).some((t) => t === 'Adjective')) return false;
  // The sentence's first word is capitalised for its place, no name ("Connected vehicles ...", "Regulated drones ...").
  if (k - 1 === 0 || /[.!?:]\s*$/.test(text.slice(0, prev.start))) return false;
  return isInflectedVerb(`${w.t[0]?.toUpperCase()}${w.t.slice(1)}`);
}

/** "The agency certified harbour radar units", "the customs office seized ...", "the board flags ...": a verb's regular
 *  past or present form right after a singular noun of a party (an actor of the lexicon, a company noun, a body's or an
 *  instrument's head: who or what acts) that a determiner opens, perhaps with two modifiers between ("the customs
 *  office"), ends that noun phrase, the clause's subject, and is its verb, whatever else the lexicon calls the form
 *  ("certified" an adjective, "designated" unknown, "flags" a plural). Only after a party's noun: "the home connected
 *  devices" may be a compound. Not after "that", which is as often the relative
 *  pronoun ("vehicles that run automated driving system software"). */
function verbAfterNoun(text: string, ws: W[], k: number): boolean {
  if (k < 2 || ws[k].t !== ws[k].lower || !(isRegularPast(ws[k].lower) || isPresentVerb(ws[k].lower))) return false;
  const noun = ws[k - 1];
  if (text.slice(noun.end, ws[k].start) !== ' ' || noun.t !== noun.lower || /s$/.test(noun.lower) || !partyNoun(noun.lower)) return false;
  for (let j = k - 2; j >= Math.max(0, k - 4); j--) {
    if (text.slice(ws[j].end, ws[j + 1].start) !== ' ') return false;
    if (SUBJECT_DETERMINERS.has(ws[j].lower)) return true;
    if (ws[j].t !== ws[j].lower || !mayModify(ws[j].lower)) return false;
  }
  return false;
}
const SUBJECT_DETERMINERS = new Set(['the', 'a', 'an', 'this', 'its', 'their', 'our', 'each', 'every']);

/** "the ITAR control defense articles", "the EAR restrict certain items": a verb form of grammar/things.yaml acronym-verbs
 *  right after an acronym (capitals only) that "the" opens is that regime's verb, the acronym its subject; the name starts
 *  after the verb. Not without "the" ("ITAR control lists" may be a compound) nor after a word in lower case. */
function verbAfterAcronym(text: string, ws: W[], k: number): boolean {
  if (k < 2 || ws[k].t !== ws[k].lower || !grammar().acronymVerbs.has(ws[k].lower)) return false;
  const [the, acronym] = [ws[k - 2], ws[k - 1]];
  return the.lower === 'the' && /^\p{Lu}{2,}$/u.test(acronym.t) && text.slice(the.end, acronym.start) === ' ' && text.slice(acronym.end, ws[k].start) === ' ';
}

/** "to place on the list equipment covered by ...", "shall add to the register cameras made by X": after a verb of placing
 *  (grammar/things.yaml placing-verbs, its base form after "to" or a modal), a preposition of place, "the" and one
 *  singular noun in lower case are the place, and the verb's long object follows them: ws[k], that noun, is no modifier
 *  of the name after it. Not after another verb ("applies to the network cameras") nor a noun ("access to the network
 *  cameras"). */
function shiftedObject(text: string, ws: W[], k: number): boolean {
  const g = grammar();
  if (k < 4 || ws[k].t !== ws[k].lower || /s$/.test(ws[k].lower) || ws[k - 1].lower !== 'the' || !g.placingPrepositions.has(ws[k - 2].lower)) return false;
  const verb = ws[k - 3];
  if (verb.t !== verb.lower || !g.placingVerbs.has(verb.lower) || !(ws[k - 4].lower === 'to' || afterModal(ws, k - 3))) return false;
  return [k - 3, k - 2, k - 1].every((j) => text.slice(ws[j].end, ws[j + 1].start) === ' ');
}
/** A singular noun of who or what acts: an actor of the lexicon ("operator"), a company noun, a body's head ("agency",
 *  "office", "regulator") or an instrument's ("rule", "order"). */
function partyNoun(word: string): boolean {
  const g = grammar();
  const cap = word.charAt(0).toUpperCase() + word.slice(1);
  return tagsOf(word).includes('Actor') || g.companyNouns.includes(word) || g.heads.has(cap) || g.instrumentHeads.has(cap) || g.bodyClasses.nouns.has(word);
}
const afterDeterminer = (ws: W[], k: number): boolean =>
  k > 0 && !PERFECT.has(ws[k - 1].lower) && (tagsOf(ws[k - 1].lower).some((t) => ADJECTIVE_AFTER.has(t)) || DETERMINER_LIKE.has(ws[k - 1].lower));
/** "our wiring harnesses", "the mapping drones": a gerund right after an article or a possessive determiner modifies
 *  the noun after it; no verb stands there ("using drones", "by using drones" keep it a verb). */
const determinedGerund = (ws: W[], k: number): boolean => k > 0 && gerundWord(ws[k].lower) && (ARTICLES.has(ws[k - 1].lower) || POSSESSIVE_DETERMINERS.has(ws[k - 1].lower));
const POSSESSIVE_DETERMINERS = new Set(['our', 'its', 'their', 'his', 'her', 'your', 'my']);

/** "optical repeaters, branching units and power feed equipment", "a cable's repeaters and branching units": a gerund right
 *  after a list's comma or coordinator that follows a head of things opens the next item as its modifier, as an article
 *  before it would (determinedGerund): the list is of noun phrases. Not where the item before is itself a gerund's object
 *  ("stopped buying drones and replacing cameras": parallel verbs), nor a gerund of a verb the grammar reads as acting on
 *  goods (regulating, making, trading, acquiring, using them: "drones, selling cameras"). */
function listedGerund(text: string, ws: W[], k: number): boolean {
  const g = grammar();
  if (k < 1 || !gerundWord(ws[k].lower) || ws[k].t !== ws[k].lower || text.slice(ws[k].end, ws[k + 1]?.start ?? ws[k].end) !== ' ') return false;
  const link = text.slice(ws[k - 1].end, ws[k].start);
  const before = link === ', ' ? k - 1 : k >= 2 && COORDINATORS.has(ws[k - 1].lower) && /^,?\s$/.test(text.slice(ws[k - 2].end, ws[k - 1].start)) && link === ' ' ? k - 2 : -1;
  if (before < 0 || (ws[before].t !== ws[before].lower && !sentenceInitial(text, ws, before)) || !g.thingHeads.has(ws[before].lower)) return false;
  if (goodsVerb(ws[k].lower)) return false;
  // The item before: back over its modifiers to the word that opens it; a gerund there makes the items verbs' objects.
  let j = before;
  while (j > 0 && before - j < g.maxModifiers && text.slice(ws[j - 1].end, ws[j].start) === ' ' && modifier(text, ws, j - 1) && !gerundWord(ws[j - 1].lower)) j--;
  // Not a gerund an adjective modifies ("advanced computing chips and chipmaking equipment") or one after a trade noun and
  // "of" (tradedGerund): a noun's modifier there.
  const opener = j - 1;
  return !(opener >= 0 && text.slice(ws[opener].end, ws[j].start) === ' ' && gerundWord(ws[opener].lower) && isLeadingVerb(ws[opener].lower) && !(opener > 0 && taggedAdjective(ws[opener - 1].lower)) && !tradedGerund(ws, opener));
}
/** "exports of monitoring equipment", "the sale of manufacturing equipment": a gerund right after a trade noun and "of"
 *  (things.yaml trade-nouns) modifies the noun after it, as after an article (determinedGerund): the trade noun takes
 *  goods, no verb's clause. Not after a control noun and "on", which takes an act as often ("a ban on selling drones"). */
const tradedGerund = (ws: W[], k: number): boolean => k >= 2 && gerundWord(ws[k].lower) && ws[k - 1].lower === 'of' && grammar().tradeNouns.has(ws[k - 2].lower);
/** A gerund of a verb the grammar reads as acting on goods (things.yaml regulatory, acquiring, making, trade, use, aspect
 *  and control verbs), by its base form ("selling": sell, "shipping": ship, "purchasing": purchase). */
function goodsVerb(gerund: string): boolean {
  const g = grammar();
  const stem = gerund.slice(0, -3);
  const bases = [stem, `${stem}e`, stem.replace(/(.)\1$/, '$1')];
  const lists = [g.regulatoryVerbs, g.acquiringVerbs, g.makingVerbs, g.tradeVerbs, g.useWords.verbs, g.aspectVerbs, g.controlVerbs, g.measureVerbs];
  return lists.some((l) => l.has(gerund) || bases.some((b) => l.has(b)));
}

/** Words the lexicon does not call determiners that stand where one does ("such covered equipment"), and quantifiers that
 *  open a noun phrase ("Chinese firms now supply most lidar sensors": no word before "most" is one of the name). */
const DETERMINER_LIKE = new Set(['such', 'other', 'all', 'any', 'each', 'every', 'certain', 'those', 'these', 'many', 'most', 'several', 'few']);
const ARTICLES = new Set(['the', 'a', 'an']);
const INDEFINITE = new Set(['a', 'an', 'one']);
const DEMONSTRATIVES = new Set(['this', 'that', 'these', 'those']);

/** "vehicles that run automated driving system software", "devices that contain modules or automated driving system
 *  software": a past form right before a gerund that opens a compound (a noun between it and the head) modifies the
 *  gerund, where it stands as the object of a relative clause's verb, or coordinated with that object: no place of a
 *  verb. A verb takes a phrase whose gerund stands right before its head ("imposed licensing requirements"), and after
 *  a noun, or coordinated with another verb, the past form stays a verb ("the rule restricted driving system software",
 *  "the FCC restricted routers and banned flying camera systems"). */
function participleOfCompound(text: string, ws: W[], k: number, head: number): boolean {
  if (k < 2 || k + 2 >= head || !gerundWord(ws[k + 1].lower) || text.slice(ws[k].end, ws[k + 1].start) !== ' ') return false;
  if (relativeThat(text, ws, k - 2)) return true;
  if (!COORDINATORS.has(ws[k - 1].lower)) return false;
  if (conjunctAfterPreposition(text, ws, k - 2)) return true;
  // "bars VCS hardware and automated driving system software": a past form that is no verb of measures or of making
  // (grammar/things.yaml regulated-participles, making-participles: "restricted routers and banned flying camera
  // systems") modifies the gerund compound after the coordinator.
  const g = grammar();
  if (!g.regulatedParticiples.has(ws[k].lower) && !g.makingParticiples.has(ws[k].lower) && /^,?\s$/.test(text.slice(ws[k - 2].end, ws[k - 1].start)) && headBeforeOrHead(ws[k - 2])) return true;
  // The conjunct before the coordinator: lower-case words back to the relative clause's verb.
  for (let j = k - 2; j >= 2 && k - j <= 1 + grammar().maxModifiers + 1; j--) {
    if (ws[j].t !== ws[j].lower || text.slice(ws[j].end, ws[j + 1].start) !== ' ') return false;
    if (j < k - 2 && relativeThat(text, ws, j - 1)) return true;
  }
  return false;
}
/** A conjunct's last word that heads things (a head of the grammar, or an acronym: "hardware", "VCS"). */
/** "into networked cranes and automated terminal equipment": a past form right after a coordinator that follows a head of
 *  things, before a noun that modifies the head (a word of the phrase, no verb, no gerund: participleOfCompound reads
 *  those), modifies the conjunct as the first conjunct's participle does; not a verb of measures or of making
 *  (grammar/things.yaml regulated-participles, making-participles: "built cranes and shipped terminal equipment"). */
function participleOfConjunct(text: string, ws: W[], k: number, head: number): boolean {
  if (k < 2 || k + 1 >= head || !COORDINATORS.has(ws[k - 1].lower) || !headBeforeOrHead(ws[k - 2])) return false;
  if (!/^,?\s$/.test(text.slice(ws[k - 2].end, ws[k - 1].start)) || text.slice(ws[k - 1].end, ws[k].start) !== ' ') return false;
  const g = grammar();
  if (g.regulatedParticiples.has(ws[k].lower) || g.makingParticiples.has(ws[k].lower)) return false;
  const next = ws[k + 1];
  return next.t === next.lower && mayModify(next.lower) && !isPastVerb(next.lower) && !gerundWord(next.lower) && !tagsOf(next.lower).some((t) => VERB_OR_FUNCTION.has(t));
}

const headBeforeOrHead = (w: W): boolean => (w.t === w.lower && grammar().thingHeads.has(w.lower)) || acronymWord(w);

/** "vehicles with VCS or automated driving system software": the conjunct ending at ws[last], before the coordinator,
 *  opens right after a preposition (lower-case words or acronyms back to it): the coordination is inside the
 *  preposition's object, where no verb stands. */
function conjunctAfterPreposition(text: string, ws: W[], last: number): boolean {
  if (last < 1 || !/^,?\s$/.test(text.slice(ws[last].end, ws[last + 1].start))) return false;
  for (let j = last; j >= 1 && last - j <= grammar().maxModifiers; j--) {
    if ((ws[j].t !== ws[j].lower && !ACRONYM.test(ws[j].t)) || (j < last && text.slice(ws[j].end, ws[j + 1].start) !== ' ')) return false;
    if (text.slice(ws[j - 1].end, ws[j].start) === ' ' && tagsOf(ws[j - 1].lower).includes('Preposition')) return true;
  }
  return false;
}
const gerundWord = (w: string): boolean => w.endsWith('ing') && (tagsOf(w).includes('Gerund') || tagsOf(w).length === 0);

/** "provides advanced communications service", "the term “advanced communications service”": a past form
 *  the lexicon knows as an adjective is one where no verb can stand, after a verb, an opening quote or at
 *  the sentence's start ("Covered equipment ..."); after a noun it stays a verb ("the agency restricted"). */
function adjectiveHere(text: string, ws: W[], k: number): boolean {
  if (!tagsOf(ws[k].lower).includes('Adjective')) return false;
  if (sentenceInitial(text, ws, k) || /[“"‘']\s*$/.test(text.slice(ws[k - 1].end, ws[k].start))) return true;
  return tagsOf(ws[k - 1].lower).some((t) => VERB_BEFORE.has(t));
}
const VERB_BEFORE = new Set(['PresentTense', 'Copula', 'Modal']);

/** "shall designate electric vehicle chargers", "may not purchase cranes": the word
 *  after a modal or a negation is its verb; so is a verb's base form after a modal and an adverb ("will soon certify
 *  radar units", "may also restrict": compromise calls "soon", "still" adjectives; none modifies a noun there), one
 *  the lexicon tags as a noun first included ("would also ban lidar sensors", "would also catch collaborative robots":
 *  a base form WordNet knows as a verb, lexicon.ts isVerbBase; no noun stands between a modal's adverb and its object). */
const afterModal = (ws: W[], k: number): boolean =>
  k > 0 && (modalWord(ws[k - 1]) || doSupported(ws, k) || (k > 1 && modalWord(ws[k - 2]) && adverbial(ws[k - 1].lower) && (tagsOf(ws[k].lower).includes('Infinitive') || (isVerbBase(ws[k].lower) && wordAdverb(ws[k - 2], ws[k - 1])))));
/** "The Council did ban harbour cranes", "What the Council did was ban harbour cranes", "all it does is restrict drones": a
 *  verb's base form (lexicon.ts isVerbBase) right after a form of "do" in lower case (emphatic "did ban"), or after a
 *  pseudo-cleft's "do" and its copula ("did was", "does is"), is that clause's verb, no modifier of the name after it. */
const doSupported = (ws: W[], k: number): boolean => {
  if (ws[k].t !== ws[k].lower || !isVerbBase(ws[k].lower)) return false;
  const at = k >= 2 && COPULAS.has(ws[k - 1].t) ? k - 2 : k - 1;
  return DO_FORMS.has(ws[at].t);
};
const DO_FORMS = new Set(['do', 'does', 'did']);
/** A modal in lower case ("may", not the month "May") and a word the lexicon knows as an adverb or adjective only ("also",
 *  "still"; not "40" in "in May: 40 harbour cranes"). */
const wordAdverb = (modal: W, adverb: W): boolean => modal.t === modal.lower && /^\p{L}+$/u.test(adverb.t) && tagsOf(adverb.lower).length > 0;
/** "companies that make or trade drones", "may re-export the drones or fit compliant remote identification modules": a
 *  word after "or"/"and" is a verb coordinated with the one before it, no modifier of the name on the head after it, where
 *  the lexicon knows it as a verb's base form and either (a) the conjunct before is a verb's base form too, right after a
 *  modal, "to" or a relative pronoun ("that make or trade"), or (b) the word is read mostly as a verb (lexicon.ts
 *  isMostlyVerb) and an adjective of the lexicon follows it inside the phrase ("fit compliant ... modules": a noun
 *  modifier stands after the adjectives of a name, not before them). Not "chargers and power electronic modules" ("power"
 *  is mostly a noun) nor "routers and test equipment" (no verb before the coordinator). */
function conjoinedVerb(text: string, ws: W[], k: number, head: number): boolean {
  if (k < 2 || !COORDINATORS.has(ws[k - 1].lower) || ws[k].t !== ws[k].lower || !isVerbBase(ws[k].lower)) return false;
  if (text.slice(ws[k - 2].end, ws[k - 1].start) !== ' ' || text.slice(ws[k - 1].end, ws[k].start) !== ' ') return false;
  const before = ws[k - 2];
  const opener = k >= 3 && text.slice(ws[k - 3].end, before.start) === ' ' && (modalWord(ws[k - 3]) || ws[k - 3].lower === 'to' || RELATIVE.has(ws[k - 3].lower));
  if (opener && before.t === before.lower && isMostlyVerb(before.lower)) return true;
  const next = ws[k + 1];
  return k + 1 < head && isMostlyVerb(ws[k].lower) && text.slice(ws[k].end, next.start) === ' ' && adjectiveOnly(next.lower);
}
/** A word the lexicon knows only as an adjective, or one it lacks whose ending makes an adjective ("compliant"). */
const adjectiveOnly = (w: string): boolean => (tagsOf(w).length > 0 ? tagsOf(w).every((t) => t === 'Adjective') : suffixTag(w) === 'Adjective');
const modalWord = (w: W): boolean => tagsOf(w.lower).includes('Modal') || VERB_MARKERS.has(w.lower);
const adverbial = (w: string): boolean => isAdverb(w) || tagsOf(w).every((t) => t === 'Adjective' || t === 'Adverb');
const VERB_MARKERS = new Set(['not', 'cannot', "can't", 'can’t', "won't", 'won’t', "don't", 'don’t', "doesn't", 'doesn’t', "didn't", 'didn’t']);

/** ws[k] right after a plural noun (no head of things, no generic word, no verb's -s form: "sells") that a determiner,
 *  a generic word or the sentence's start opens ("The duties reach drones", "Rules cover lidar sensors"): no word of the
 *  name on the head after it, but that noun's verb. Not after a name or a singular noun, whose -s word is the verb
 *  ("Norvik supplies lidar sensors"), nor after -ics ("telematics", "avionics"), a coordinator or punctuation. */
function verbOfPlural(text: string, ws: W[], k: number): boolean {
  const g = grammar();
  const p = k - 1;
  if (p < 0 || text.slice(ws[p].end, ws[k].start) !== ' ' || ws[k].t !== ws[k].lower) return false;
  const plural = ws[p];
  if (!(plural.t === plural.lower || sentenceInitial(text, ws, p)) || isPossessive(plural.t) || !pluralNoun(plural.lower) || /ics$/.test(plural.lower) || g.genericModifiers.has(plural.lower)) return false;
  if (baseVerbAfterPlural(text, ws, k)) return true;
  if (g.thingHeads.has(plural.lower)) return false;
  if (tagsOf(plural.lower).some((t) => VERB_OR_FUNCTION.has(t))) return false;
  if (p === 0 || sentenceInitial(text, ws, p)) return true;
  const before = ws[p - 1].lower;
  return text.slice(ws[p - 1].end, plural.start) === ' ' && (ARTICLES.has(before) || DETERMINER_LIKE.has(before) || POSSESSIVE_DETERMINERS.has(before) || DEMONSTRATIVES.has(before) || (g.genericModifiers.has(before) && !COORDINATORS.has(before)));
}

const COORDINATORS = new Set(['and', 'or']);

/** "China's own export controls reach drone parts", "fitness trackers pose risks": a verb's base form read mostly as a
 *  verb (lexicon.ts isMostlyVerb; the lexicon may read it as a noun: "reach") right after a plural that a noun or
 *  adjective modifies is that noun phrase's verb, no word of the name after it: two verbs do not follow each other, so
 *  the plural is no verb either ("controls"), and English compounds take singular modifiers ("drone parts", not "drones
 *  parts"). A word read mostly as a noun stays a modifier there, the plural the verb of the noun before it ("the mill
 *  rolls steel bars", "the lab tests harbour survey drones"); so does an adjective or a head or generic word of the
 *  grammar. */
function baseVerbAfterPlural(text: string, ws: W[], k: number): boolean {
  const g = grammar();
  const p = k - 1;
  const v = ws[k];
  if (p < 1 || !isMostlyVerb(v.lower) || g.thingHeads.has(v.lower) || g.genericModifiers.has(v.lower) || tagsOf(v.lower).some((t) => t === 'Adjective' || t === 'Plural' || t === 'PastTense' || t === 'Gerund')) return false;
  const m = ws[p - 1];
  if (text.slice(m.end, ws[p].start) !== ' ' || !(m.t === m.lower || sentenceInitial(text, ws, p - 1)) || !mayModify(m.lower) || isPossessive(m.t)) return false;
  return !tagsOf(m.lower).some((t) => FUNCTION_LIKE.has(t) || t === 'Infinitive' || t === 'PastTense' || t === 'Modal');
}

/** "physical and virtual communications equipment", "application and management software": a modifier
 *  coordinated with one before it qualifies the class; the class is what follows. Not after a head noun or
 *  another plural noun: "sensors and radar systems", "vendors and tidal turbines" list two things. */
function coordinated(text: string, ws: W[], k: number): boolean {
  if (k < 2 || !COORDINATORS.has(ws[k - 1].lower)) return false;
  const before = ws[k - 2];
  // "steel, aluminum and automobile parts": a material (materials.ts) closing a list of comma-separated conjuncts is a
  // conjunct of its own, no modifier coordinated with the next ("voice, video and text communications" share the head).
  if (k >= 3 && /^,\s+$/.test(text.slice(ws[k - 3].end, before.start)) && isMaterial(before.lower)) return false;
  // "optical fiber and fiber-optic cable": a word that heads a compound thing after the word before it (WordNet's "optical
  // fiber") closes a conjunct of its own.
  const closesCompound = k >= 3 && text.slice(ws[k - 3].end, before.start) === ' ' && grammar().thingHeads.compound(ws[k - 3].lower, before.lower) !== undefined;
  // "thermal imaging and drone navigation technologies": a gerund with its own modifier before it, a field's name ("thermal
  // imaging", "edge computing"), closes a conjunct of its own where the next opens on a head of things (a noun phrase).
  if (k >= 3 && gerundWord(before.lower) && text.slice(ws[k - 3].end, before.start) === ' ' && ws[k - 3].t === ws[k - 3].lower && modifier(text, ws, k - 3) && !tagsOf(ws[k - 3].lower).some((t) => VERB_OR_FUNCTION.has(t)) && grammar().thingHeads.has(ws[k].lower) && ws[k].t === ws[k].lower) return false;
  return text.slice(before.end, ws[k - 1].start) === ' ' && before.t === before.lower && mayModify(before.lower) && !grammar().thingHeads.has(before.lower) && !pluralNoun(before.lower) && !closesCompound;
}

/** "free and open-source": ws[k] is a lower-case compound modifier written with a hyphen ("open-source", "optic-electronic")
 *  right after a coordinator and a lower-case modifier that is no generic or evaluative word, no plural noun (a list:
 *  "routers and open-source software") and no head of things (a conjunct of its own). */
function compoundCoordination(text: string, ws: W[], k: number): boolean {
  const g = grammar();
  if (k < 2 || !coordinated(text, ws, k) || !/^\p{Ll}+(?:-\p{Ll}+)+$/u.test(ws[k].t) || !mayModify(ws[k].lower)) return false;
  const first = ws[k - 2];
  // "dual-use and military-grade cameras", "low-cost": a compound of generic words says how good or whose, no kind.
  const qualifies = (w: W): boolean => w.lower.split('-').some((part) => g.genericModifiers.has(part) || g.evaluativeModifiers.has(part));
  return !qualifies(ws[k]) && !qualifies(first) && !g.regulatedParticiples.has(first.lower) && !isPossessive(first.t) && !breaksName(first);
}

/** "vendors and tidal turbines": a plural noun before "and" is a conjunct of its own, not a modifier ("physical",
 *  "application": singular or adjective). */
const pluralNoun = (word: string): boolean => /[^su's]s$/.test(word) && !tagsOf(word).includes('Adjective');

/** "transactions involving lidar sensors", "companies producing drones": a gerund after a plural noun (or a maker's; not a
 *  field's name in -ics, "graphics processing units") opens a clause that modifies that noun; the class is what follows it ("semiconductor manufacturing equipment": a
 *  gerund after a singular noun stays inside the name, right before the head). So does one after a singular
 *  noun with its own object before the head ("any transaction involving lidar sensors"; after an adjective it
 *  stays: "remote sensing satellite systems"). */
function reducedRelative(ws: W[], k: number, head: number): boolean {
  if (!gerundWord(ws[k].lower)) return false;
  // "GPS tracking devices", "GNSS anti-jamming antenna modules": an acronym in capitals before the gerund is its modifier
  // (no plural noun, whatever its last letter), and a gerund joined by a hyphen to a word that is no verb's prefix
  // ("anti-jamming", "fast-charging") is a compound modifier, no verb ("re-exporting" is one).
  if (acronymWord(ws[k - 1]) || hyphenedModifier(ws[k].lower)) return false;
  const before = ws[k - 1].lower;
  // "automated driving system software": a participle before the gerund modifies it (participleOfCompound).
  if (isPastVerb(before) && k < head - 1) return false;
  // "any supplier shipping items": after a maker's noun (grammar/things.yaml maker-nouns) the gerund is the maker's verb.
  // "graphics processing units", "avionics processing modules": a field's name in -ics is no plural noun a clause modifies.
  return (pluralNoun(before) && !MASS_NOUN.test(before)) || grammar().makerNouns.has(before) || (k < head - 1 && !tagsOf(before).includes('Adjective') && suffixTag(before) !== 'Adjective');
}

/** "the host device", "user equipment": a head whose only modifier is a noun the lexicon knows for a person in a
 *  role (compromise's Actor) names a thing by whom it serves, no class of things. */
const roleOnly = (ws: W[], from: number, head: number, last: number): boolean => from === head - 1 && last === head && tagsOf(ws[from].lower).includes('Actor');

/** "advanced systems", "mobile networks": a generic head (grammar/things.yaml generic-heads) whose one modifier is an
 *  adjective of the general language (compromise's lexicon) describes things, no class of them; unless the phrase is
 *  itself the modifier of a noun after it, a compound that names a class by those who provide or use it ("managed
 *  service providers"). */
function describedOnly(text: string, ws: W[], from: number, head: number, last: number): boolean {
  if (from !== head - 1 || last !== head || !grammar().genericHeads.has(ws[head].lower)) return false;
  const tags = tagsOf(ws[from].lower);
  return tags.length > 0 && tags.every((t) => t === 'Adjective') && !modifiesNoun(text, ws, head);
}

/** ws[k] stands right before a noun it modifies ("service providers"): a lower-case word the lexicon calls a noun, or
 *  one it does not know that its ending makes no verb. */
function modifiesNoun(text: string, ws: W[], k: number): boolean {
  const next = ws[k + 1];
  if (!next || text.slice(ws[k].end, next.start) !== ' ' || next.t !== next.lower) return false;
  // A company noun is a noun there whatever else the lexicon reads it as ("the drone service firm": "firm" an adjective).
  if (firmNoun(next.lower)) return true;
  const tags = tagsOf(next.lower);
  return tags.length ? tags.some((t) => NOUN_TAGS.has(t)) && !tags.some((t) => FUNCTION_LIKE.has(t)) : !isLeadingVerb(next.lower) && !isPastVerb(next.lower);
}
const NOUN_TAGS = new Set(['Noun', 'Singular', 'Plural', 'Actor', 'Uncountable']);
const FUNCTION_LIKE = new Set(['Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Copula', 'Modal']);

/** "the (existing) communications network of the applicant": one thing someone has, no class of things. Not where what
 *  has it is quantified over ("the telematics control software of any vehicle sold here", "the firmware of every
 *  drone"): that is the class, one per member of the other. */
function possessed(text: string, ws: W[], from: number, head: number): boolean {
  return from > 0 && ws[from - 1].lower === 'the' && /^\s+of\s/.test(text.slice(ws[head].end, ws[head].end + 5)) && !/^\s+of\s+(?:any|every|each|all)\s/i.test(text.slice(ws[head].end, ws[head].end + 12));
}

/** The sentence's first word, or the first after its enumerators ("(1) Advanced communications service") or the number
 *  of a clause or a requirement that opens it ("1.2 Thermal cameras ...", "R2.1 Body-worn cameras shall ...", "S-4
 *  Devices shall ...": a specification's or a contract's numbered paragraphs). */
const sentenceInitial = (text: string, ws: W[], k: number): boolean => k === 0 || (ENUMERATORS.test(text.slice(0, ws[k].start)) && ws.slice(0, k).every((x) => x.t.length <= 4));
const ENUMERATORS = /^\s*(?:(?:\(\w{1,4}\)|\p{Lu}{0,2}-?\d{1,3}(?:\.\d{1,3}){0,3}\.?)\s+)+$/u;

/** "providing trust services", "the provision of trust services": a word the lexicon knows only as a verb's
 *  base form, right before the head, is its noun modifier where no verb can stand: after a preposition, a
 *  determiner, a gerund or a coordinator (not after "to", a modal or a noun that could be its subject). */
function nounModifierHere(text: string, ws: W[], k: number): boolean {
  if (k < 0 || !tagsOf(ws[k].lower).every((t) => t === 'Infinitive') || tagsOf(ws[k].lower).length === 0) return false;
  // "Trust service providers which fall ...": a law's sentence opens with its subject, seldom with an imperative.
  if (k === 0) return /^\p{Lu}\p{Ll}+$/u.test(ws[k].t) && text.slice(ws[k].end, ws[k + 1].start) === ' ';
  if (ws[k].t !== ws[k].lower || text.slice(ws[k].end, ws[k + 1].start) !== ' ' || text.slice(ws[k - 1].end, ws[k].start) !== ' ') return false;
  // "units that contain modules": "that" before a plural is the relative pronoun, the word after it the clause's
  // verb (the determiner "that" takes a singular: "that test service"); so is "that" after a plural noun.
  if (ws[k - 1].lower === 'that' && (/[^s]s$/.test(ws[k + 1].lower) || relativeThat(text, ws, k - 1))) return false;
  return COORDINATOR_CONTEXT.has(ws[k - 1].lower) || tagsOf(ws[k - 1].lower).some((t) => NOUN_CONTEXT.has(t));
}
const NOUN_CONTEXT = new Set(['Preposition', 'Determiner', 'Gerund']);
/** Past forms of the verbs that take a bare infinitive after their object or right after them ("made them build", "helped
 *  test drones", "saw them fly"). */
const BARE_INFINITIVE_VERBS = new Set(['made', 'let', 'helped', 'had', 'saw', 'heard', 'watched', 'felt', 'bade', 'noticed', 'observed']);

/** "the carriers that resell connectivity", "a company that shipped drone engines": "that" right after a noun is the
 *  relative pronoun that opens its clause, and the word after it the clause's verb, known to the lexicon or not (the
 *  determiner "that" follows a verb or a preposition: "rely on that test service", "found that"). */
const relativeThat = (text: string, ws: W[], j: number): boolean =>
  j >= 1 && ws[j].lower === 'that' && text.slice(ws[j - 1].end, ws[j].start) === ' ' && (pluralNoun(ws[j - 1].lower) || singularNoun(ws[j - 1].lower));

/** A singular or mass noun by the lexicon ("rule", "equipment"), or a word it does not know that its ending makes
 *  no verb, adjective or adverb ("company"). */
function singularNoun(word: string): boolean {
  const tags = tagsOf(word);
  if (tags.length) return tags.some((t) => t === 'Singular' || t === 'Uncountable') && !tags.some((t) => VERB_OR_FUNCTION.has(t));
  const bySuffix = suffixTag(word);
  return (bySuffix === undefined || NOUN_TAGS.has(bySuffix)) && !isPastVerb(word) && !isLeadingVerb(word);
}
const VERB_OR_FUNCTION = new Set([...FUNCTION_LIKE, 'Infinitive', 'PresentTense', 'PastTense', 'Verb', 'Adverb']);
/** Coordinators before it: "..., and trust service providers" (not "to", which the lexicon also calls a conjunction). */
const COORDINATOR_CONTEXT = new Set(['and', 'or', 'nor']);

/** "traffic signal controllers", "industrial control systems": a word the lexicon knows only as a verb's base
 *  form is a noun modifier inside a compound when the word before it is a modifier that cannot be its subject:
 *  an adjective or a singular or mass noun ("traffic", "telematics"), which would take the verb's -s form ("the
 *  traffic signals"). After a plural noun it stays the verb ("operators test services"), as after "to", a modal
 *  or a pronoun, which are no modifiers; right after a regulatory verb it is a modifier ("restricts survey drones"). */
function verbInCompound(text: string, ws: W[], k: number): boolean {
  if (k < 1 || k + 1 >= ws.length || !baseVerbOnly(ws[k].lower) || ws[k].t !== ws[k].lower) return false;
  // "records to network video recorders", "(b) network video recorders": a head of things of the grammar's own list
  // (grammar/things.yaml heads) that the lexicon reads only as a verb ("network") is a noun where a modifier of the
  // phrase follows it, as it is in "network cameras" (nounModifierHere); not after a modal ("may network ...").
  if (grammar().thingHeads.isListed(ws[k].lower) && !afterModal(ws, k) && k + 2 < ws.length && text.slice(ws[k].end, ws[k + 1].start) === ' ' && modifier(text, ws, k + 1) && !grammar().thingHeads.has(ws[k + 1].lower)) return true;
  // "It restricts survey drones", "to ban survey drones": right after a regulatory verb (grammar/things.yaml), whose
  // object it opens, no verb can stand; a noun modifier can.
  if (grammar().regulatoryVerbs.has(ws[k - 1].lower) && text.slice(ws[k - 1].end, ws[k].start) === ' ' && text.slice(ws[k].end, ws[k + 1].start) === ' ') return true;
  // "The Commission banned survey drones", "Valdmark restricted patrol drones": right after a verb's past form no base form
  // can stand either (a verb of causing, helping or perceiving aside, which takes a bare infinitive: "helped test drones").
  if (isPastVerb(ws[k - 1].lower) && !BARE_INFINITIVE_VERBS.has(ws[k - 1].lower) && text.slice(ws[k - 1].end, ws[k].start) === ' ' && text.slice(ws[k].end, ws[k + 1].start) === ' ') return true;
  // "the base station equipment", "Kestrel's base station equipment": after a determiner, a preposition or a possessive, no
  // verb can stand either, where a noun modifier follows it inside the phrase ("the base station", not "to base").
  if (text.slice(ws[k - 1].end, ws[k].start) === ' ' && text.slice(ws[k].end, ws[k + 1].start) === ' ' && ws[k - 1].lower !== 'to' && (DETERMINER_LIKE.has(ws[k - 1].lower) || isPossessive(ws[k - 1].t) || tagsOf(ws[k - 1].lower).some((t) => t === 'Determiner' || t === 'Preposition')) && k + 2 < ws.length && modifier(text, ws, k + 1)) return true;
  // "mass spectrometers, flow cytometers and ...": right after a list's comma that ends a plural noun, and before a plural
  // that a list's link follows, a word WordNet has as a noun too opens the next item: a verb does not follow its subject
  // after a comma ("test drones, inspect cranes and ...": WordNet's "inspect" is a verb only).
  if (listItemModifier(text, ws, k)) return true;
  if (text.slice(ws[k].end, ws[k + 1].start) !== ' ' || !modifier(text, ws, k - 1) || breaksName(ws[k - 1])) return false;
  const before = ws[k - 1].lower;
  // "Wired doorbells still outsell battery models": after a plural noun, the word the lexicon calls an adjective ("still",
  // an adverb there; no participle, "bans modified survey drones") is no modifier of a compound; the plural is the
  // subject, the base form its verb.
  const subject =
    k >= 2 &&
    tagsOf(before).includes('Adjective') &&
    !/ed$/.test(before) &&
    !grammar().regulatoryVerbs.has(ws[k - 2].lower) &&
    text.slice(ws[k - 2].end, ws[k - 1].start) === ' ' &&
    (ws[k - 2].t === ws[k - 2].lower || sentenceInitial(text, ws, k - 2)) &&
    pluralNoun(ws[k - 2].lower) &&
    !MASS_NOUN.test(ws[k - 2].lower) &&
    !tagsOf(ws[k - 2].lower).some((t) => VERB_OR_FUNCTION.has(t) || t === 'Possessive' || t === 'Pronoun');
  return !subject && !isPastVerb(before) && !tagsOf(before).some((t) => t === 'Plural' || t === 'Gerund') && !(pluralNoun(before) && !MASS_NOUN.test(before));
}
function listItemModifier(text: string, ws: W[], k: number): boolean {
  const next = ws[k + 1];
  if (text.slice(ws[k - 1].end, ws[k].start) !== ', ' || !pluralNoun(ws[k - 1].lower) || ws[k - 1].t !== ws[k - 1].lower) return false;
  if (text.slice(ws[k].end, next.start) !== ' ' || next.t !== next.lower || !pluralNoun(next.lower) || !LIST_LINK.test(text.slice(next.end))) return false;
  verbsOnly ??= readVerbs();
  return !verbsOnly.has(ws[k].lower);
}
const LIST_LINK = /^(?:,\s|\s(?:and|or)\s)/;
let verbsOnly: Set<string> | undefined;
const baseVerbOnly = (word: string): boolean => tagsOf(word).length > 0 && tagsOf(word).every((t) => t === 'Infinitive');
/** "telematics", "electronics", "robotics": a field's name in -ics is a mass noun, not a plural subject. */
const MASS_NOUN = /ics$/;
/** A gerund joined by a hyphen to a word before it that is no prefix of a verb ("anti-jamming", "self-driving",
 *  "fast-charging"; not "re-exporting", "co-developing"). */
const hyphenedModifier = (word: string): boolean => {
  const dash = word.lastIndexOf('-');
  return dash > 0 && !VERB_PREFIXES.has(word.slice(0, dash));
};
const VERB_PREFIXES = new Set(['re', 'pre', 'co', 'de', 'mis', 'un', 'out', 'over', 'under', 'cross', 'sub', 'dis']);
/** A mass noun of goods: software, firmware, hardware, middleware. */
const MASS_GOODS = /ware$/;

/**
 * "Internet of Things (IoT) modules", "artificial intelligence (AI) systems": ws[k] an acronym in parentheses,
 * right before the next word, whose letters are the initials of the words before the parenthesis (short
 * connectors aside). Where the expansion starts, how many words it and the acronym take, and where the
 * parenthesis closes.
 */
function spelledAcronym(text: string, ws: W[], k: number): { at: number; expansion: number; words: number; close: number } | undefined {
  const w = ws[k];
  // The acronym may stand in quotes, as a defined term does ("automated driving system ("ADS") software"), or between
  // commas after "or" ("light detection and ranging, or LiDAR, sensors").
  const before = k >= 1 ? text.slice(ws[k - 1].end, w.start) : '';
  const after = k + 1 < ws.length ? text.slice(w.end, ws[k + 1].start) : '';
  const open = /^ \((["“]?)$/.exec(before);
  const shut = /^(["”]?)\) $/.exec(after);
  const glossed = k >= 2 && ws[k - 1].lower === 'or' && before === ' ' && text.slice(ws[k - 2].end, ws[k - 1].start) === ', ' && after === ', ';
  const last = glossed ? k - 2 : k - 1;
  if (k < 1 || !/[\p{Lu}].*[\p{Lu}\d]/u.test(w.t) || !(glossed || (open && shut && !open[1] === !shut[1]))) return undefined;
  const letters = w.t.replace(/s$/, '').replace(/[^\p{Lu}\d]/gu, '');
  // The initials of the words before it, connectors left out ("Internet of Things": IT... "IoT" keeps only capitals) or,
  // where the acronym spells them too, kept ("light detection and ranging": LDAR, "LiDAR").
  // One word may give a second letter from inside it, a closed compound's second part ("extreme ultraviolet (EUV)",
  // "deep ultraviolet (DUV)": ultra-violet).
  let ends = [{ at: letters.length, inner: false }];
  for (let j = last; j >= 0 && last - j < letters.length * 2; j--) {
    if (j < last && text.slice(ws[j].end, ws[j + 1].start) !== ' ') return undefined;
    const connector = grammar().connectors.has(ws[j].lower);
    const initial = ws[j].t[0].toUpperCase();
    const rest = ws[j].t.slice(2).toUpperCase();
    const next: { at: number; inner: boolean }[] = [];
    for (const e of ends) {
      if (connector) next.push(e);
      if (letters[e.at - 1] === initial) next.push({ at: e.at - 1, inner: e.inner });
      if (!e.inner && e.at >= 2 && letters[e.at - 2] === initial && rest.includes(letters[e.at - 1])) next.push({ at: e.at - 2, inner: true });
    }
    ends = next;
    const close = w.end + (glossed ? 1 : (shut as RegExpExecArray)[0].length - 1);
    if (ends.some((e) => e.at === 0)) return connector ? undefined : { at: k, expansion: j, words: k - j, close };
    if (!ends.length) return undefined;
  }
  return undefined;
}

/** ws[k] modifies the next word: adjacent, a modifier by the lexicon, lower-case or an acronym; no possessive
 *  ("vehicle’s key functions"), no adverb but one before an adjective ("to unintentionally load"; "publicly
 *  available ... services" stays), not the end of a discourse marker ("by for example USB sticks"): these stand
 *  before a name, never in it. */
function modifier(text: string, ws: W[], k: number): boolean {
  const w = ws[k];
  if (text.slice(w.end, ws[k + 1].start) !== ' ') return false;
  // "S-4 Routers shall ...": a clause's number is no word of the name after it.
  if (k < 3 && ENUMERATORS.test(text.slice(0, ws[k + 1].start))) return false;
  const written = w.t === w.lower || ACRONYM.test(w.t) || mixedCompound(w.t) || (sentenceInitial(text, ws, k) && w.t.slice(1) === w.lower.slice(1));
  return written && mayModify(w.lower) && !grammar().connectors.has(w.lower) && !isPossessive(w.t) && !(isAdverb(w.lower) && !adjective(ws[k + 1].lower)) && !closesMarker(text, w);
}

/** "deep-UV", "5G-enabled", "AI-powered", "Wi-Fi-enabled", "high-NA": a hyphenated compound of lower-case words and an
 *  acronym (or a standard's name written in capitals with a digit) says what kind a thing is, as a lower-case compound
 *  does; every part lower-case or capitals and digits, at least one of each. Not a country's acronym ("US-sanctioned",
 *  "UK-listed": whose the goods are, an origin compound's reading), nor a capitalised word ("Huawei-made"). */
function mixedCompound(word: string): boolean {
  const parts = word.split('-');
  if (parts.length < 2 || parts.some((x) => x === '')) return false;
  let lower = false;
  let upper = false;
  for (let n = 0; n < parts.length; n++) {
    const x = parts[n];
    if (/^[\p{Ll}\d]+$/u.test(x) && /\p{Ll}/u.test(x)) lower = true;
    // "Wi-Fi": two capitalised syllables joined make one acronym-like name.
    else if (/^(?:[\p{Lu}\d]*\p{Lu}[\p{Lu}\d]*|\d+\p{Lu}[\p{Lu}\d]*)(?:s)?$/u.test(x) && !isCountryOriginWord(x.replace(/s$/, ''))) upper = true;
    else if (/^\p{Lu}\p{Ll}$/u.test(x) && /^\p{Lu}\p{Ll}$/u.test(parts[n + 1] ?? '')) {
      upper = true;
      n++;
    } else return false;
  }
  return lower && upper;
}

/** The text up to ws[k] ends with a discourse marker that introduces an example (grammar/things.yaml
 *  member-links: "for example", "e.g.", "such as", "including"). */
function closesMarker(text: string, w: W): boolean {
  markerEnd ??= new RegExp(`(?:^|[^\\p{L}\\p{N}])(?:${grammar().memberLinks.map((l) => l.replace(/\.$/, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|')})$`, 'iu');
  return markerEnd.test(text.slice(Math.max(0, w.start - 24), w.end));
}
let markerEnd: RegExp | undefined;

/** A word an adverb may modify inside a name: adjective-like ("available", "vulnerable"), never a head. */
const adjective = (word: string): boolean => !grammar().thingHeads.has(word) && isAdjectiveLike(word);
