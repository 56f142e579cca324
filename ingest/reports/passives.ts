// Passives done under an instrument: a clause whose verb is a passive of a relation's verb class and names no agent
// is the act of the instrument it says it was done under, after its verb ("Huawei and ZTE were added to it under the
// Secure and Trusted Communications Networks Act of 2019") or in the sentence's opening ("Under the Act, X and Y were
// added to the Entity List", "Pursuant to E.O. 14024, X was designated", "Under that rule, X may not be imported").
// What was done is the passive's subject: the object before its auxiliary and those coordinated with it, past the
// appositions and relative clauses between commas ("X, a maker of Y, and Z were added": X and Z, not Y).
// The verb classes are data (relation-rules.yaml `passives`); the clauses are the clause reader's (clauses.ts).
import { anyOf, listOf } from '../recognize/any-of.ts';
import type { Mention } from '../recognize/matcher.ts';
import { actingSubject, innermost, type SentenceClause, undecided } from './clauses.ts';

export interface PassiveClass {
  /** The relationship type the passive states. */
  type: string;
  /** Labels of the passive's subject that are objects of the relation. */
  objects: string[];
  /** The participle (and any words that belong to it: "made subject to a designation"), word-bounded where used. */
  participle: RegExp;
  /** Must follow the participle ("added" only "to"/"on" a list, an annex or "it", the list taken up). */
  complement?: RegExp;
  /** The participle follows a modal's negation, not a form of "be" alone: the prohibition is the act ("may not be
   *  imported"). */
  prohibited?: boolean;
  /** Right before a country among the passive's subjects: it is the goods' origin ("hardware linked to China"), and so
   *  restricted; a country without it is no object. */
  origin?: RegExp;
}

export interface PassiveGrammar {
  /** Right before a participle: the passive's auxiliary, a form of "be" and its adverbs ("were", "has since been"). */
  auxiliary: RegExp;
  /** Right before a prohibited participle: a modal, its negation and "be" ("may not be", "can no longer be"). */
  prohibition: RegExp;
  /** Right before an instrument: the clause was done under it ("under the", "pursuant to"). */
  under: RegExp;
  /** A sentence opening so, then an instrument and a comma, says what its main clause was done under. */
  opener: RegExp;
  /** Right before an authority or instrument after the participle: it is the passive's agent ("by the Bureau"), whose
   *  act the rules with "by" read. */
  agent: RegExp;
  /** Between the clause of the body or instrument that opens the sentence and an agentless passive after it: a colon, a
   *  semicolon, "and since then" ("The Bureau acted on Monday: X was added to the Entity List"): the passive is its act. */
  carrier?: RegExp;
  /** The opening of a sentence that attributes its main clause to a body's or instrument's publication, right before the
   *  body ("According to a notice published by the Bureau ..., X and Y were placed on the Entity List"): an agentless
   *  passive of the main clause is that body's act (sourcedActor). */
  source?: RegExp;
  classes: PassiveClass[];
}

/** The actor an opening phrase attributes the sentence to (PassiveGrammar.source), and where that phrase ends: the
 *  first comma after the actor outside brackets. */
export interface SourcedActor {
  actor: Mention;
  zone: number;
}

/** The first body or instrument of the sentence's own text that `g.source` stands right before, with the comma that
 *  closes its phrase (the zone starts at the comma itself: a name read with the comma before it, ", Kestrel Cranes Ltd.",
 *  still stands after it): none where no comma closes it. */
export function sourcedActor(text: string, from: number, mentions: Mention[], g: PassiveGrammar): SourcedActor | undefined {
  if (!g.source) return undefined;
  const actor = mentions.find((m) => m.start >= from && (m.label === 'Authority' || m.label === 'Law') && g.source?.test(text.slice(from, m.start)));
  if (!actor) return undefined;
  let depth = 0;
  for (let k = actor.end; k < text.length; k++) {
    const c = text[k];
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && (c === ';' || c === ':' || c === '.')) return undefined;
    else if (depth === 0 && c === ',') return { actor, zone: k };
  }
  return undefined;
}

export interface PassiveAct {
  type: string;
  subject: Mention;
  object: Mention;
}

const globals = new WeakMap<RegExp, RegExp>();
function globalOf(re: RegExp): RegExp {
  let g = globals.get(re);
  if (!g) {
    g = new RegExp(`\\b(?:${re.source})\\b`, `${re.flags.replace('g', '')}g`);
    globals.set(re, g);
  }
  return g;
}

/**
 * The acts the sentence's agentless passives state of what they were done under. `text` is the sentence as read (a list
 * item after its lead-ins: its own text from `from`), `mentions` its mentions, `instruments` its Law mentions that may
 * act (an opening "Under the act," taken up from the sentence before among them), `reading` its clauses, `chain` the
 * links that coordinate objects (relation-rules.yaml `chain`) and `negation` the words that undo an act.
 */
export function underPassives(
  text: string,
  from: number,
  mentions: Mention[],
  instruments: Mention[],
  reading: SentenceClause[],
  g: PassiveGrammar,
  chain: RegExp | undefined,
  negation: RegExp,
  opening?: Mention,
  sourced?: SourcedActor,
): PassiveAct[] {
  const out: PassiveAct[] = [];
  const inName = (at: number): boolean => mentions.some((m) => m.start <= at && at < m.end);
  const asides = reading.filter((c) => c.kind === 'subordinate' || c.kind === 'apposition');
  const opener = openingInstrument(text, from, instruments, g);
  for (const v of g.classes) {
    for (const p of text.slice(from).matchAll(globalOf(v.participle))) {
      const start = from + p.index;
      const end = start + p[0].length;
      if (inName(start)) continue;
      const before = text.slice(Math.max(from, start - 50), start);
      const aux = (v.prohibited ? g.prohibition : g.auxiliary).exec(before);
      // "was not designated", "were never added": no act; a prohibition's own "not" is its meaning.
      if (!aux || (!v.prohibited && negation.test(aux[0]))) continue;
      const auxStart = start - aux[0].length;
      const own = innermost(reading, auxStart);
      if (undecided(reading, own) || (v.complement && !v.complement.test(text.slice(end, end + 160)))) continue;
      const clauseEnd = reading[own].end;
      const agents = mentions.filter((m) => (m.label === 'Authority' || m.label === 'Law') && m.start >= end && m.start < clauseEnd);
      if (agents.some((m) => g.agent.test(text.slice(Math.max(end, m.start - 12), m.start)))) continue;
      const under =
        instruments.find((m) => m.start >= end && m.start < clauseEnd && g.under.test(text.slice(Math.max(from, m.start - 30), m.start))) ??
        (opener && topLevel(reading, own) ? opener : undefined);
      const found = under ? undefined : (carriedActor(text, mentions, opening, auxStart, g) ?? (sourced && attributed(mentions, sourced, auxStart) && topLevel(reading, own) ? sourced : undefined));
      const instrument = under ?? found?.actor;
      if (!instrument) continue;
      const zone = Math.max(reading[own].start, opener && instrument === opener ? opener.end : from, from, found?.zone ?? from);
      // A passive coordinated as a predicate ("X ... owns Y and is being designated pursuant to ..."): its subject is the
      // one the predicate takes up, the first clause's.
      const taken = !found && reading[own].kind === 'predicate' && /^\W*\p{L}+\s*$/u.test(text.slice(reading[own].start, auxStart)) ? actingSubject(reading, own) : undefined;
      const objects = taken ? patients(text, mentions, v, Math.max(taken.start, from), taken.end, asides, chain) : patients(text, mentions, v, zone, auxStart, asides, chain);
      for (const object of objects) {
        if (object.id !== instrument.id) out.push({ type: v.type, subject: instrument, object });
      }
    }
  }
  return out;
}

/** Whether an agentless passive at `auxStart` is the act of the body the opening attributes the sentence to: it stands
 *  after the opening's comma, and no other body or instrument stands between that comma and the passive ("According to a
 *  notice published by the Bureau, the Council said X was banned": the Council's word, perhaps another's act). */
function attributed(mentions: Mention[], sourced: SourcedActor, auxStart: number): boolean {
  return sourced.zone <= auxStart && !mentions.some((m) => (m.label === 'Authority' || m.label === 'Law') && m !== sourced.actor && m.start >= sourced.zone && m.end <= auxStart);
}

/** The body or instrument opening the sentence (`opening`) as the agentless passive's actor, where a carrier (a colon, a
 *  semicolon, "and since then": `g.carrier`) closes its clause before the passive's subject and no other body or
 *  instrument stands between: the actor, and where the passive's subject may start. */
function carriedActor(text: string, mentions: Mention[], opening: Mention | undefined, auxStart: number, g: PassiveGrammar): { actor: Mention; zone: number } | undefined {
  if (!opening || !g.carrier || opening.end >= auxStart) return undefined;
  const carrier = new RegExp(g.carrier.source, `${g.carrier.flags.replace('g', '')}g`);
  let zone = -1;
  for (const m of text.slice(opening.end, auxStart).matchAll(carrier)) zone = opening.end + m.index + m[0].length;
  if (zone < 0) return undefined;
  if (mentions.some((m) => (m.label === 'Authority' || m.label === 'Law') && m.start >= opening.end && m.end <= auxStart && m.id !== opening.id)) return undefined;
  return { actor: opening, zone };
}

/** Whether underPassives can find an act in `text` (its own from `from`) at all: every act is one of `instruments`', and
 *  each needs a participle of a class there (one test for them all, without the word boundaries: it may match more,
 *  never less). The caller reads the sentence's clauses only then. */
export function mayStatePassives(text: string, from: number, instruments: Mention[], g: PassiveGrammar): boolean {
  return instruments.length > 0 && anyOf(listOf(g, () => g.classes.map((v) => v.participle)))?.test(text.slice(from)) !== false;
}

/** The instrument an opening "Under X," names, if the sentence's own text opens so. */
function openingInstrument(text: string, from: number, instruments: Mention[], g: PassiveGrammar): Mention | undefined {
  return instruments.find(
    (m) => m.start >= from && g.opener.test(text.slice(from, m.end)) && /^\s*(?:\([^()]{0,40}\))?\s*,/.test(text.slice(m.end)),
  );
}

/** Whether clause `i` is the sentence's own statement: the main clause or one coordinated with it, not a clause that
 *  reports or asks ("X said that Y was added" is X's saying). */
function topLevel(reading: SentenceClause[], i: number): boolean {
  for (let k: number | undefined = i; k !== undefined && k !== 0; k = reading[k].parent) {
    if (reading[k].kind !== 'coordinated' && reading[k].kind !== 'predicate') return false;
  }
  return true;
}

/** The passive's subjects of the class's labels: the last one before its auxiliary (after `zone`), nothing but asides
 *  between them, and those chained before it; what the asides name is none. */
function patients(text: string, mentions: Mention[], v: PassiveClass, zone: number, auxStart: number, asides: SentenceClause[], chain: RegExp | undefined): Mention[] {
  const inAside = (m: Mention): boolean => asides.some((a) => a.start <= m.start && m.end <= a.end);
  const cut = (a: number, b: number): string => {
    let s = text.slice(a, b);
    for (const x of [...asides].sort((p, q) => q.start - p.start)) if (x.start >= a && x.end <= b) s = s.slice(0, x.start - a) + s.slice(x.end - a);
    return s;
  };
  const found = mentions.filter((m) => v.objects.includes(m.label) && m.start >= zone && m.end <= auxStart && !inAside(m)).sort((a, b) => a.start - b.start);
  // What the brackets after a company's name hold are its aliases, not another subject.
  const candidates = found.filter((m) => !found.some((c) => c.label === 'Company' && c.end <= m.start && m.end <= c.end + (ALIASES.exec(text.slice(c.end, auxStart))?.[0].length ?? 0)));
  const last = candidates.at(-1);
  if (!last || !(/^\s*,?\s*$/.test(cut(last.end, auxStart)) || (last.label === 'Company' && addressBetween(text, mentions, last.end, auxStart)))) return [];
  const out = [last];
  for (let k = candidates.length - 2; k >= 0 && chain?.test(cut(candidates[k].end, out[0].start)); k--) out.unshift(candidates[k]);
  // A country is an object only as the origin its preposition names ("linked to China or Russia").
  const first = out.findIndex((m) => m.label === 'Jurisdiction');
  if (first >= 0 && !(v.origin?.test(text.slice(Math.max(0, out[first].start - 30), out[first].start)) ?? false)) return out.filter((m) => m.label !== 'Jurisdiction');
  return out;
}

// A list's entry after a company's name: its aliases in brackets, then its address, parts between commas that open with
// a capital, a number or a short abbreviation ("ul. Lenina 5"), closed by a country ("X CO., LTD. (a.k.a. Y), 12 Harbour
// Road, Shenzhen, China, is being designated").
const ALIASES = /^\s*\((?:[^()]|\([^()]*\))*\)/u;
const ADDRESS = /^(?:,\s+(?:[\p{Lu}\d]|\p{Ll}{1,4}\.\s)[^,;()]{0,60}?)*,\s+$/u;

/** Whether what stands between a company's name (`from`) and the passive's auxiliary (`to`) is its aliases or short form
 *  in brackets, its address closed by a country the sentence names, or both. */
function addressBetween(text: string, mentions: Mention[], from: number, to: number): boolean {
  const at = from + (ALIASES.exec(text.slice(from, to))?.[0].length ?? 0);
  if (/^\s*,?\s*$/.test(text.slice(at, to))) return true;
  const country = mentions.find((m) => m.label === 'Jurisdiction' && m.start > at && m.end <= to && /^\s*,?\s*$/.test(text.slice(m.end, to)));
  return country !== undefined && (country.start === at || ADDRESS.test(text.slice(at, country.start)));
}
