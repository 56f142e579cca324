// Classes of things a measure's text names with a defined term: "Covered Equipment", "Covered UAS", "Controlled Items". The
// term opens with a measure's participle (grammar/things.yaml regulated-participles) written with a capital, as a defined
// term is, and ends in a head of things written with a capital too ("Equipment"), or in a thing the catalog names there
// ("UAS"); capitalised words between them ("Covered Telecommunications Equipment"). The capitals are the text's own mark of
// a term it defines (the lower-case "covered equipment" is read by things.ts, which leaves "covered" out), so the term is
// one name. Not in a heading or a title, where every word but the short ones takes a capital ("How Restricted Chinese
// Components Reach ..."),
// nor inside a longer name (a capitalised word right before or after it: "the Covered Equipment Act"). Found with a low
// score like every thing phrase: the document keeps it with support (repeated, or the object of a relation).
import type { Definition, Named } from './definitions.ts';
import type { Found } from './found.ts';
import { grammar } from './grammar.ts';
import type { Mention } from './matcher.ts';
import { THING_SCORE, thingWords, type W } from './things.ts';

/** A word with a capital and lower-case letters after it ("Covered", "Equipment"). */
const TITLE = /^\p{Lu}\p{Ll}+$/u;
/** An acronym ("UAS", "ICTS"). */
const ACRONYM = /^\p{Lu}[\p{Lu}\d]+$/u;
/** Words between the participle and the head: two at most ("Covered Telecommunications Equipment"). */
const MAX_BETWEEN = 2;

/** The defined terms of things in one sentence; `things`: the catalog's things matched in it, which may end a term. */
export function findDefinedThings(text: string, things: Mention[], ws: W[] = thingWords(text)): Found[] {
  const g = grammar();
  const quoted = quotedDefinedThings(text);
  if (!ws.some((w) => TITLE.test(w.t) && g.regulatedParticiples.has(w.t.toLowerCase())) || headingLike(ws)) return quoted;
  const spaced = (a: number): boolean => text.slice(ws[a].end, ws[a + 1].start) === ' ';
  const capital = (k: number): boolean => k >= 0 && k < ws.length && /^\p{Lu}/u.test(ws[k].t);
  const out: Found[] = [];
  for (let i = 0; i + 1 < ws.length; i++) {
    if (!TITLE.test(ws[i].t) || !g.regulatedParticiples.has(ws[i].t.toLowerCase())) continue;
    // Inside a longer name: a capitalised word right before it (the sentence's first word may be the term's own).
    if (i > 0 && capital(i - 1) && text.slice(ws[i - 1].end, ws[i].start) === ' ') continue;
    for (let k = i + 1; k <= i + 1 + MAX_BETWEEN && k < ws.length && spaced(k - 1); k++) {
      const label = headLabel(ws[k], things);
      if (label && !(k + 1 < ws.length && capital(k + 1) && spaced(k))) {
        const surface = text.slice(ws[i].start, ws[k].end);
        out.push({ start: ws[i].start, end: ws[k].end, surface, label, name: surface, rule: 'thing:defined', score: THING_SCORE });
        break;
      }
      if (!TITLE.test(ws[k].t)) break;
    }
  }
  return [...out, ...quoted.filter((q) => !out.some((f) => f.start < q.end && q.start < f.end))];
}

/** A quoted term a definition opens ("“Covered equipment” means any equipment ...", 'the term "covered UAS" means'). */
const QUOTED_MEANS = /["“]([^"”]{3,60})["”]\s+(?:means|has\s+the\s+meaning)\b/gu;

/**
 * '2.2 "Covered equipment" means any equipment, component or service ...', 'the term "eVTOL aircraft" means ...': a quoted
 * term that a definition opens, on a head of things with one to three words before it, is a defined term of things
 * whatever its capitals (a specification's, a contract's or a statute's definitions write it as a sentence does); as the
 * capitalised term, the document then reads it in lower case too (definedThingTerms). A term on a head that names no
 * things ("port facility", "covered person") is none.
 */
export function quotedDefinedThings(text: string): Found[] {
  const g = grammar();
  const out: Found[] = [];
  for (const q of text.matchAll(QUOTED_MEANS)) {
    const words = q[1].split(' ');
    const head = words[words.length - 1].toLowerCase();
    // "covered communications equipment or service": a head of things coordinated with another ends the term; the
    // coordinated head counts as one more word, not two.
    const longest = MAX_BETWEEN + 2 + (coordinatedHead(words) ? 2 : 0);
    if (words.length < 2 || words.length > longest || !words.every((w) => /^[\p{L}\d-]+$/u.test(w))) continue;
    const label = g.thingHeads.get(head);
    if (!label) continue;
    const start = q.index + 1;
    out.push({ start, end: start + q[1].length, surface: q[1], label, name: q[1], rule: DEFINED_THING, score: THING_SCORE });
  }
  // '(4) SOLAR POWER INVERTER.--The term "solar power inverter" means|includes': a statute's heading in capitals that
  // repeats the term its definition quotes is that term, no name read inside it ("POWER INVERTER" of the catalog).
  for (const h of text.matchAll(CAPITAL_HEADING)) {
    const term = h[2].replace(/\s+/g, ' ');
    const words = term.split(' ');
    const label = g.thingHeads.get(words[words.length - 1].toLowerCase());
    if (!label || h[1].replace(/\s+/g, ' ') !== term.toUpperCase()) continue;
    out.push({ start: h.index, end: h.index + h[1].length, surface: h[1], label, name: term, rule: DEFINED_THING, score: THING_SCORE });
  }
  return out;
}

/** A heading in capitals before the definition of the term it repeats, set off by a dash ('ROAD SENSOR.--The term "road
 *  sensor"', 'ROAD SENSOR.—The term "road sensor"'): the heading, then the quoted term. */
const CAPITAL_HEADING = /(?<![\p{L}\d])(\p{Lu}[\p{Lu}\d-]*(?:\s+[\p{Lu}\d][\p{Lu}\d-]*)*)\.?\s*(?:--|[—–])\s*[Tt]he\s+term\s+["“]([^"”]{3,60})["”]/gu;

/** A term ending in two heads of things coordinated ("equipment or service", "devices and services"). */
function coordinatedHead(words: string[]): boolean {
  const n = words.length;
  const heads = grammar().thingHeads;
  return n >= 3 && /^(?:or|and)$/.test(words[n - 2]) && heads.get(words[n - 3].toLowerCase()) !== undefined && heads.get(words[n - 1].toLowerCase()) !== undefined;
}

/** The label of a term's last word: a head of things with a capital ("Equipment"), or a catalog thing that is that word
 *  alone ("UAS"). */
function headLabel(w: W, things: Mention[]): string | undefined {
  if (TITLE.test(w.t)) return grammar().thingHeads.get(w.t.toLowerCase());
  if (ACRONYM.test(w.t)) return things.find((m) => m.start === w.start && m.end === w.end)?.label;
  return undefined;
}

/** A heading or a title: three words or more, none in lower case but short function words ("on", "the", "and"). */
function headingLike(ws: W[]): boolean {
  return ws.length >= 3 && !ws.some((w) => /^\p{Ll}{4,}$/u.test(w.t));
}

/** RULE of a defined term of things (findDefinedThings). */
export const DEFINED_THING = 'thing:defined';

/**
 * A defined term of things names its class wherever the document writes it in lower case too, before or after the
 * capitalised form ("the clause at ..., Prohibition on Covered Equipment" and "delivering covered equipment", "Covered
 * equipment purchased before April 1 ..."), as a term the document defines does: acts and acquisition texts write their
 * defined terms in lower case in running text. Read alone, the lower-case form is a class a measure describes ("covered"
 * left out, things.ts); the capitalised term in the same document says it is the term.
 */
export function definedThingTerms(sentences: { locator: string; mentions: (Named & { via?: string })[] }[]): Definition[] {
  const out = new Map<string, Definition>();
  for (const { locator, mentions } of sentences) {
    for (const m of mentions) {
      if (m.via !== DEFINED_THING) continue;
      const lower = m.surface.toLowerCase();
      // The lower-case form too where the definition writes it so ('The term "covered equipment" means ...'): only the
      // definition found it, so its later uses in running text are read by the term alone.
      for (const term of [lower, `${lower.charAt(0).toUpperCase()}${lower.slice(1)}`]) if (!out.has(term)) out.set(term, { term, id: m.id, locator, acronym: false });
    }
  }
  return [...out.values()];
}

/**
 * A defined term that ends in two heads of things coordinated names its class where the text shortens it to the first
 * conjunct too ("covered communications equipment" for the term "covered communications equipment or service"): the
 * text gives the shorter form no meaning of its own. Only a conjunct of two words or more ("equipment" alone is no
 * term), and never over a term the document defines itself.
 */
export function coordinatedConjuncts(terms: Map<string, Definition>): Definition[] {
  const out: Definition[] = [];
  for (const [term, d] of terms) {
    const words = term.split(' ');
    if (words.length < 4 || !coordinatedHead(words)) continue;
    const first = words.slice(0, -2).join(' ');
    if (!terms.has(first) && !out.some((x) => x.term === first)) out.push({ ...d, term: first });
  }
  return out;
}
