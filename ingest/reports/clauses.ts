// The clauses of one English sentence, read for the relation rules (relations.ts): where each clause stands, what kind
// it is, where its subject stands (or which clause it takes its subject from) and whether its act is stated at all.
// Who acts is the subject of the verb's own clause; what a clause beside it says (its negation, its subject, its
// question) is no part of it. The words that open clauses are data (relation-rules.yaml, `clauses`); names the
// recognizer found are read as single nouns, so a comma or verb inside a name never opens a clause.
import { isPresentVerb, modifiesAsName, suffixTag, tagsOf } from '../recognize/lexicon.ts';
import { gatedMatchAll, globalOf } from '../text/literal-gate.ts';
import { hasUnifiedOrExtAIdeograph } from '../text/scripts.ts';

/** Words that negate the verb group they stand in. */
const NEGATORS = /^(?:not|never)$/;

export interface ClauseGrammar {
  /** A relative or adverbial clause between commas (", which administers X,", ", after it had reviewed X,"), or from its
   *  comma to the sentence's end. */
  subordinate: RegExp;
  /** An apposition or a denied alternative between commas (", a Shenzhen-based maker of drones,", ", not the Ministry,"). */
  apposition: RegExp;
  /** A clause coordinated between commas whose verb group ends at its closing comma, the object after it shared with the
   *  clause before (", and no bid may include," in "The County will not buy, and no bid may include, X"): an aside, so the
   *  clause before goes on to the shared object. */
  raised?: RegExp;
  /** Read on the text up to a word (its `$` the word's end): the word opens a clause whose act is asked or supposed,
   *  not stated ("whether", "if", "in the event that", a sentence's opening "Should"). */
  undecided: RegExp;
  /** Opens an adverbial clause at the sentence's start, up to its first comma ("Once", "After", "If"). */
  adverbial: RegExp;
  /** Coordinators that may open a clause ("and", "but"). */
  coordinators: RegExp;
  /** Finite verbs that mark a clause without being any rule's cue: auxiliaries and modals. */
  auxiliaries: RegExp;
  /** Subject pronouns that take up the subject of the clause they depend on or are coordinated with ("it", "they"). */
  pronouns: RegExp;
  /** Relative pronouns: without a subject of their own after them, the noun before the clause is its subject. */
  relatives: RegExp;
  /** The possessive relative pronoun ("whose"): a noun it owns stands between it and the clause's subject ("X, whose
   *  equipment Congress barred agencies from buying": the equipment is barred, X's). */
  possessive?: RegExp;
  /** Opens a clause of time or cause ("since", "after"): inside a question its act is stated, not asked ("what steps the
   *  Service has taken since it banned X": the ban happened). */
  presupposed?: RegExp;
  /** A quantifier before "of" and a relative pronoun ("all of which", "each of whom"): the relative takes up every name of
   *  the list before its comma. */
  quantified?: RegExp;
  /** A word of a date: an adverbial opener before one is a preposition of time ("Since November 2022"), no clause. */
  dates?: RegExp;
  /** A provision's noun ("section", "article"): before its number it opens a noun phrase with no determiner ("section 1709
   *  of the Act"), which may be a clause's subject. */
  provisions?: RegExp;
  /** The verb of a restrictive relative clause that only says what its noun holds ("transactions that involve X",
   *  "vehicles that run X", "equipment that is made by X"): what it names stays an object of the verb before. */
  holding: RegExp;
  /** A verb that reports, finds or argues what its "that"-clause says ("finds", "said", "argues"): the noun phrase after
   *  "that" may be a bare one ("finds that federal law already limits X"), the complement clause's own subject. */
  reporting?: RegExp;
  /** Read on the text up to the noun before a restrictive relative clause: an unnamed instrument the clause's subject has
   *  just issued ("issued a final rule that restricts X"), whose relative clause takes up that subject. */
  issuing?: RegExp;
  /** Nouns whose "that" may open what they hold, no relative clause ("the risk that X collect data", "the fact that ..."):
   *  a modifier after it opens no subject (modifiedName). */
  contents?: RegExp;
  /** Determiners and quantifiers that open a noun phrase which may be a clause's subject. */
  determiners: RegExp;
  /** Opens an adjunct naming those the subject acts with or through ("in consultation with"): an aside. */
  partners?: RegExp;
  /** A modal verb: after a comma, a common noun phrase and a modal open a clause. */
  modal?: RegExp;
  /** Prepositions: a past participle before one is a participle modifying a noun ("cranes supplied by X"), no verb. */
  prepositions: RegExp;
}

export type ClauseKind = 'main' | 'coordinated' | 'predicate' | 'subordinate' | 'apposition' | 'complement' | 'relative' | 'restrictive' | 'undecided' | 'presupposed';

export interface Span {
  start: number;
  end: number;
}

export interface SentenceClause extends Span {
  kind: ClauseKind;
  /** The clause this one is nested in (an aside, a complement clause), if any. */
  parent?: number;
  /** Its own subject: the noun phrase before its first verb. */
  subject?: Span;
  /** The clause whose subject it takes up: a predicate coordinated with it, a pronoun subject, a relative pronoun. */
  carries?: number;
  /** Where its first verb group starts. */
  verb?: number;
  /** A relative clause with a subject of its own ("which the Ministry added to the list"): the name right before it,
   *  which the relative pronoun stands for as the clause's object. */
  antecedent?: Span;
  /** A quantified relative's ("all of which"): every name of the list the antecedent ends, the antecedent among them. */
  antecedents?: Span[];
  /** Where its verb group's main verb ends (past auxiliaries and adverbs). */
  verbEnd?: number;
  /** What it names after its opening is its own verb's object, no object of a verb before it (a restrictive relative
   *  clause, a subordinate clause between commas, unless its verb only says what the noun before holds). */
  owns?: boolean;
  /** A conjunct between commas whose object is the one after its closing comma, shared with the clause before (`raised`):
   *  its verb reaches past its end to that object. */
  raised?: boolean;
  /** The consequent of a condition that opens the sentence, its verb a modal of the future or of possibility ("If the
   *  court upholds the order, the Commission will add X"): its act supposed, not stated, as the condition's. */
  supposed?: boolean;
}

/** What the reader needs of a mention: where it stands. */
interface Placed {
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}_][\p{L}\p{N}_'’-]*/gu;
/** The modals of a consequent whose act a condition before it leaves supposed: not "shall" or "must", an instrument's
 *  duty under a condition ("If the Secretary determines ..., the Secretary shall prohibit X") being its measure. */
const SUPPOSING = /^(?:will|would|may|might)$/i;

/** Whether `at` stands inside brackets opened before it and closed after it. */
function inBrackets(text: string, at: number): boolean {
  let depth = 0;
  for (let i = 0; i < at; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && depth > 0) depth--;
  }
  return depth > 0 && text.indexOf(')', at) >= 0;
}

/** A sentence mostly in a script without spaces between words (ideographs of U+3400..U+9FFF outnumber Latin letters)
 *  is not read (one main clause). */
function mostlyUnspaced(text: string): boolean {
  if (!hasUnifiedOrExtAIdeograph(text)) return false;
  let unspaced = 0;
  let latin = 0;
  for (const ch of text) {
    if (hasUnifiedOrExtAIdeograph(ch)) unspaced++;
    else if (/[A-Za-z]/.test(ch)) latin++;
  }
  return unspaced > latin;
}

/** Where the words that open an undecided clause end in `text`: the grammar's pattern (read on the text up to a word)
 *  run once over the sentence, its end anchor read as a word's end. */
const undecidedScans = new WeakMap<RegExp, RegExp>();
function undecidedEnds(text: string, g: ClauseGrammar): Set<number> {
  let scan = undecidedScans.get(g.undecided);
  if (!scan) {
    scan = new RegExp(g.undecided.source.replace(/\$(?=\)|\||$)/g, '(?![\\w-])'), `${g.undecided.flags.replace('g', '')}g`);
    undecidedScans.set(g.undecided, scan);
  }
  return new Set([...gatedMatchAll(scan, text)].map((m) => m.index + m[0].length));
}

interface Token {
  start: number;
  end: number;
  word: string;
  /** A recognised name. */
  name: boolean;
  /** A comma follows it. */
  comma?: boolean;
  /** A name in the possessive ("Shenwei's"). */
  possessive?: boolean;
  /** Written with a capital. */
  capital?: boolean;
}

/** The sentence's words, each recognised name one token. */
function tokens(text: string, mentions: Placed[]): Token[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Token[] = [];
  let k = 0;
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    while (k < sorted.length && sorted[k].end <= start) k++;
    const name = sorted[k] && sorted[k].start <= start ? sorted[k] : undefined;
    if (name) {
      if (out.at(-1)?.start !== name.start) out.push({ start: name.start, end: name.end, word: text.slice(name.start, name.end), name: true });
      // "Shenwei's": the word runs past the name by a possessive ending.
      if (start + m[0].length > name.end && /['’]s$/u.test(m[0])) out[out.length - 1].possessive = true;
      continue;
    }
    out.push({ start, end: start + m[0].length, word: m[0].toLowerCase(), name: false, capital: /^\p{Lu}/u.test(m[0]) });
  }
  for (let i = 0; i < out.length; i++) if (/^[^\p{L}\p{N}]*,/u.test(text.slice(out[i].end, out[i + 1]?.start ?? text.length))) out[i].comma = true;
  return out;
}

/**
 * Whether the token at `k` opens a finite verb group: an auxiliary or modal, or a verb in the past or present tense
 * ("restricted", "banned", "oversees"). A past participle before a preposition modifies a noun ("cranes supplied by X"),
 * unless an auxiliary stands before it; a present-tense form that may be a plural noun ("imports") counts only right
 * after a name or pronoun, its subject.
 */
/** A name whose last word is a plural ("Regulations", "Rules"), perhaps before a year ("... Regulations 2023"). */
const PLURAL_NAME = /\p{Ll}[^s\s]s(?:\s+\d{4})?$/u;
/** A compound participle ("medium-sized", "state-owned", "Chinese-made"): an adjective before its noun, no finite verb;
 *  not a verb with a prefix of verbs ("re-exported", "co-signed"). */
const COMPOUND_PARTICIPLE = /^(?!(?:re|co|pre|de|un|mis|over|under|out)-)[\p{L}\d]+(?:-[\p{L}\d]+)*-\p{Ll}+ed$/iu;

const SINGULAR_TAGS = new Set(['Singular', 'Uncountable', 'Infinitive']);
/** The lexicon's tags of a noun. */
const NOUN_TAGS = new Set(['Noun', 'Singular', 'Plural', 'Uncountable']);

/** A word the lexicon reads only as an adverb, or one in "-ly", not a name's or after a comma. */
function isAdverbToken(t: Token): boolean {
  const tags = tagsOf(t.word);
  return !t.name && !t.comma && (/^[a-z]{2,}ly$/.test(t.word) || (tags.length > 0 && tags.every((x) => x === 'Adverb')));
}

/** The index of the word before toks[k] past adverbs ("The Dutch government already requires": the government's). */
function pastAdverbs(toks: Token[], k: number): number {
  let p = k - 1;
  while (p > 0 && isAdverbToken(toks[p])) p--;
  return p;
}

/** The lexicon's tags of a word that only modifies a noun. */
const ADJECTIVE_TAGS = new Set(['Adjective', 'Comparable', 'Superlative', 'Comparative']);

/** A word that may be a noun phrase's head: the lexicon's noun, or a word it does not know whose ending, if any, makes a
 *  noun ("software", "routers", "devices"). */
function nounHead(word: string): boolean {
  const tags = tagsOf(word);
  if (tags.length > 0) return tags.some((x) => NOUN_TAGS.has(x));
  const guess = suffixTag(word);
  return guess === undefined || NOUN_TAGS.has(guess);
}

/**
 * Whether the past form at `k` stands in a noun phrase's attribute position, an adjective, no verb: a common noun's head
 * right after it, and before it a determiner ("the covered equipment", "its restricted exports"), a word the lexicon
 * reads only as an adjective ("certain licensed services"), or a coordinator joining a noun before it ("equipment and
 * managed services supplied by X") where the lexicon reads the form itself as an adjective ("managed", "licensed",
 * "controlled"; not "banned" or "added", past forms only, which after "and" open a predicate).
 */
function attributive(toks: Token[], k: number, g: ClauseGrammar): boolean {
  const [prev, t, next] = [toks[k - 1], toks[k], toks[k + 1]];
  if (!prev || !next || prev.name || next.name || prev.comma || t.comma) return false;
  if (g.determiners.test(next.word) || g.prepositions.test(next.word) || g.auxiliaries.test(next.word) || !nounHead(next.word)) return false;
  if (g.determiners.test(prev.word)) return true;
  const before = tagsOf(prev.word);
  if (before.length > 0 && before.every((x) => ADJECTIVE_TAGS.has(x))) return true;
  if (!g.coordinators.test(prev.word) || !tagsOf(t.word).includes('Adjective')) return false;
  const conjunct = toks[k - 2];
  if (!conjunct || conjunct.comma || !(conjunct.name || tagsOf(conjunct.word).some((x) => NOUN_TAGS.has(x)))) return false;
  // "The Council reviewed the list and restricted exports": a past tense before the coordinator makes the form after it
  // its parallel predicate; only where none stands before ("installing equipment and managed services") is it an attribute.
  return !toks.slice(0, k - 1).some((x) => !x.name && tagsOf(x.word).includes('PastTense'));
}

function finiteAt(toks: Token[], k: number, g: ClauseGrammar): boolean {
  const t = toks[k];
  if (!t || t.name) return false;
  // "In May the Bureau amended ...": a capitalised "May" inside a sentence is the month, no modal.
  if (t.capital && k > 0 && /^may$/i.test(t.word)) return false;
  if (g.auxiliaries.test(t.word)) return true;
  // "Prohibited Transactions. (a) The Secretary shall ...": a capitalised word inside a sentence, or one opening it before
  // another, is a heading's or a name's, no verb.
  if (t.capital && (k > 0 || toks[k + 1]?.capital)) return false;
  const tags = tagsOf(t.word);
  const next = toks[k + 1];
  if (tags.includes('PastTense') || (/[a-z]{3}ed$/.test(t.word) && !tags.includes('Noun') && !COMPOUND_PARTICIPLE.test(t.word))) {
    // "which it placed on the list": a subject pronoun right before it makes it its verb, whatever follows.
    const prev = toks[k - 1];
    if (prev && !prev.name && g.pronouns.test(prev.word)) return true;
    if (attributive(toks, k, g)) return false;
    // "software designed, developed or supplied by X": participles in a list, or before a preposition, modify a noun.
    return !(next && !next.name && (g.prepositions.test(next.word) || g.coordinators.test(next.word))) && !t.comma;
  }
  if (tags.includes('PresentTense')) {
    const p = pastAdverbs(toks, k);
    const prev = toks[p];
    // "..., and the increase applies to X": a singular noun right after a determiner is a subject too (a verb's base form
    // there is a noun: "the increase").
    const before = toks[p - 1];
    const determined = !!prev && !prev.name && !prev.comma && tagsOf(prev.word).some((x) => SINGULAR_TAGS.has(x)) && !!before && !before.name && !before.comma && g.determiners.test(before.word);
    return !!prev && (prev.name || g.pronouns.test(prev.word) || determined);
  }
  // "the Iran (Sanctions) Regulations 2023 prohibit X": a verb's base form right after a plural name (its last word a
  // plural, a year perhaps after it) is that subject's present verb; "the Export Rules list on the website" no verb of it.
  if (tags.includes('Infinitive')) {
    const prev = toks[pastAdverbs(toks, k)];
    return !!prev?.name && !prev.possessive && !prev.comma && PLURAL_NAME.test(prev.word) && !(next && !next.name && g.prepositions.test(next.word));
  }
  // A present form the lexicon reads as a plural noun or does not know ("sets", "bars", "designates": lexicon.ts
  // isPresentVerb) is the verb of a subject right before it (no comma between, no auxiliary after): a subject pronoun, or a
  // name that is no possessive ("Shenwei's plants") and no people's adjective ("Chinese drones"), which modify the noun.
  if (isPresentVerb(t.word)) {
    const prev = toks[pastAdverbs(toks, k)];
    if (!prev || prev.comma || (next && !next.name && g.auxiliaries.test(next.word))) return false;
    return g.pronouns.test(prev.word) || (prev.name && !prev.possessive && !modifiesAsName(prev.word));
  }
  return false;
}

/**
 * Whether the word at `v`, after a comma and a coordinator, is a present verb coordinated with the clause's own present
 * verb at `verbAt` ("The Act prohibits X, and names Y as covered"): a present form the lexicon may read as a plural noun
 * ("names", "lists", "sets"; finiteAt wants a subject right before it), with a name or a determiner right after it, as a
 * verb's object stands; a plural noun wants a preposition or a verb after it ("and parts of X", "and lists published by
 * Y"). The clause's verb before it a present form too, as coordinated predicates share their tense.
 */
function presentPredicate(toks: Token[], v: number, g: ClauseGrammar, verbAt: number | undefined): boolean {
  const [t, next] = [toks[v], toks[v + 1]];
  if (!t || !next || t.name || t.capital || verbAt === undefined || !isPresentVerb(t.word)) return false;
  if (!next.name && !g.determiners.test(next.word)) return false;
  const verb = toks.find((x) => x.start === verbAt);
  return !!verb && !verb.name && (tagsOf(verb.word).includes('PresentTense') || isPresentVerb(verb.word));
}

/**
 * The clauses of `text`, outermost first: the main clause (the whole sentence), the asides between commas, the
 * clauses coordinated after a coordinator or semicolon (with a subject of their own, or a predicate taking up the one
 * before), complement clauses after "that", and clauses opened by a word that leaves their act undecided.
 */
export function readClauses(text: string, mentions: Placed[], g: ClauseGrammar): SentenceClause[] {
  const main: SentenceClause = { kind: 'main', start: 0, end: text.length };
  if (mostlyUnspaced(text)) return [main];
  const toks = tokens(text, mentions);
  const inName = (at: number): boolean => mentions.some((m) => m.start < at && at < m.end);
  const clauses: SentenceClause[] = [main];

  // Asides between commas: their own clauses, nested in whatever holds them.
  const asides: SentenceClause[] = [];
  for (const [re, kind] of [[g.subordinate, 'subordinate'], [g.apposition, 'apposition'], [g.raised, 'subordinate']] as const) {
    if (!re) continue;
    for (const m of gatedMatchAll(re, text)) {
      if (inName(m.index)) continue;
      const start = m.index;
      const end = m.index + m[0].length;
      // ", the Federal Communications Commission has banned,": a name after "the" is no apposition's common noun.
      const the = kind === 'apposition' ? /^,\s+the\s+/i.exec(m[0])?.[0].length : undefined;
      if (the !== undefined && mentions.some((x) => x.start === start + the)) continue;
      if (asides.some((a) => a.start < end && start < a.end)) continue;
      asides.push({ kind, start, end, ...(re === g.raised ? { raised: true } : {}) });
    }
  }
  // An adjunct naming those the subject acts with or through (", in consultation with A, B, and C, shall"; "In
  // coordination with A, the Secretary shall"): from its opener to the last comma before the next verb, an aside.
  if (g.partners) {
    for (const m of gatedMatchAll(globalOf(g.partners), text)) {
      if (inName(m.index) || !/(?:^|,)\s*$/.test(text.slice(0, m.index))) continue;
      const from = text.lastIndexOf(',', m.index) >= 0 && text.slice(0, m.index).trim() !== '' ? text.lastIndexOf(',', m.index) : 0;
      const k = toks.findIndex((t) => t.start >= m.index + m[0].length);
      let v = k;
      while (v >= 0 && v < toks.length && !finiteAt(toks, v, g)) v++;
      if (k < 0 || v >= toks.length) continue;
      let end = toks[v].start;
      while (end > from && (text[end - 1] !== ',' || inName(end - 1))) end--;
      if (end <= m.index || asides.some((a) => a.start < end && from < a.end)) continue;
      asides.push({ kind: 'apposition', start: from, end });
    }
  }
  // A sentence that opens with an adverbial clause ("Once the Agency approves a plan, the operator shall ..."): up to
  // its first comma, a clause of its own.
  // "Since November 2022 the FCC ...": before a date the opener is a preposition of time, opening no clause.
  const dated = !!toks[1] && !toks[1].name && !!g.dates?.test(toks[1].word);
  const comma = toks[0] && !toks[0].name && g.adverbial.test(toks[0].word) && !dated ? text.indexOf(',', toks[0].end) : -1;
  if (comma > 0 && !inName(comma) && !asides.some((a) => a.start <= comma)) asides.push({ kind: g.undecided.test(text.slice(0, toks[0].end)) ? 'undecided' : 'subordinate', start: 0, end: comma + 1 });
  // A relative clause's comma before the rest of a list it names is no close of it ("..., which bars it from acquiring
  // cameras, telematics units or drones made by X, whether ...": the aside runs past the last conjunct): words without a
  // verb, a coordinator, and words without a verb up to the next comma or the sentence's end.
  for (const a of asides) {
    if (a.kind !== 'subordinate') continue;
    const k = toks.findIndex((t) => t.start >= a.end);
    if (k < 0) continue;
    let j = k;
    const plain = (t: Token | undefined, at: number): boolean => !!t && (t.name || (!g.coordinators.test(t.word) && !g.relatives.test(t.word) && !g.pronouns.test(t.word) && !finiteAt(toks, at, g)));
    while (j < k + 5 && plain(toks[j], j) && !toks[j].comma) j++;
    if (j === k || !toks[j] || toks[j].name || !/^(?:and|or)$/.test(toks[j].word)) continue;
    let e = j + 1;
    while (e < j + 9 && plain(toks[e], e) && !toks[e].comma) e++;
    // The last conjunct up to its comma (one word or a name will do: "cranes, trucks and generators, came into force"),
    // or up to the sentence's end ("..., which extend the ban to A, B and C.").
    const last = toks[e];
    if (last ? !last.comma || !plain(last, e) : e === j + 1) continue;
    const close = last ? text.indexOf(',', last.end) + 1 : text.length;
    if (asides.some((x) => x !== a && x.start < close && a.end <= x.start)) continue;
    a.end = close;
  }
  const aside = (at: number): SentenceClause | undefined => asides.find((a) => a.start <= at && at < a.end);

  const undecidedAt = undecidedEnds(text, g);
  // Where the verb groups outside asides start, read once: a coordinator asks whether its clause has one yet.
  const verbs = toks.flatMap((t, k) => (!aside(t.start) && finiteAt(toks, k, g) ? [t.start] : []));
  // Top-level splits outside asides: a semicolon, or a coordinator that a verb group or a subject and its verb follow.
  const splits: { at: number; kind: ClauseKind; verb?: number; subject?: Span; closes?: boolean; antecedent?: Span; antecedents?: Span[]; verbEnd?: number; issued?: boolean }[] = [];
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k];
    if (aside(t.start)) continue;
    // So does a colon that ends a lead-in before its item ("... do hereby proclaim as follows: (8) The Secretary and the
    // Secretary of Homeland Security shall jointly prohibit X"), an enumerator after either.
    const before = text.slice(toks[k - 1]?.end ?? 0, t.start);
    const enumerated = k > 1 && /^\)\s*$/.test(before) && /[;:]\s*\($/.test(text.slice(toks[k - 2]?.end ?? 0, toks[k - 1]?.start ?? 0));
    const semicolon = k > 0 && (/[;:]\s*$/.test(before) || enumerated);
    // A semicolon between the items of a list ("designated A; B; and C", legal and executive texts' lists) opens no
    // clause: none opens where no verb group follows it before the next semicolon or the sentence's end.
    // Nor does one inside brackets ("X CO., LTD. (a.k.a. Y; a.k.a. Z), Shenzhen, China, is being designated": the
    // aliases of a name).
    const opensClause = semicolon && !inBrackets(text, t.start) && verbs.some((at) => at >= t.start && at < (text.indexOf(';', t.start) + 1 || text.length + 1));
    // A name is read as one noun: it opens a clause only as the subject after a semicolon ("...; ZTE was not affected").
    if (t.name) {
      if (opensClause) splits.push({ at: t.start, kind: 'coordinated', closes: true, ...subjectAfter(toks, k, g) });
      continue;
    }
    if (undecidedAt.has(t.end)) {
      splits.push({ at: t.start, kind: 'undecided', ...subjectAfter(toks, k + 1, g) });
      continue;
    }
    // "To ask the Minister what steps the Service has taken since it banned X": inside a question, a clause of time or
    // cause with its own subject states its act.
    if (g.presupposed?.test(t.word) && splits.findLast((x) => x.kind === 'undecided' || x.closes)?.kind === 'undecided') {
      const read = subjectAfter(toks, k + 1, g);
      if (read.subject) {
        splits.push({ at: t.start, kind: 'presupposed', ...read });
        continue;
      }
    }
    // "Under that rule, ...": "that" after a preposition is a determiner, opening no clause ("to which" is a relative),
    // unless a pronoun subject follows it ("broad in that it restricts X").
    if (t.word === 'that' && k > 0 && !toks[k - 1].name && g.prepositions.test(toks[k - 1].word) && !(toks[k + 1] && !toks[k + 1].name && g.pronouns.test(toks[k + 1].word))) continue;
    // "X, a Xiamen company that the commission had added to the list": a relative clause of the apposition's noun.
    if (t.word === 'that' && k > 0 && !toks[k - 1].name && !apposed(toks, k, g) && !memberOf(toks, k)) {
      const read = subjectAfter(toks, k + 1, g);
      if (read.subject) {
        splits.push({ at: t.start, kind: 'complement', ...read });
        continue;
      }
      // "The Legislature finds that federal law already limits X": after a verb of reporting, a bare noun phrase.
      const bare = g.reporting?.test(toks[k - 1].word) ? bareReportedSubject(toks, k + 1, g) : undefined;
      if (bare) {
        splits.push({ at: t.start, kind: 'complement', ...bare });
        continue;
      }
    }
    // "the date on which the Commission places X on the list": a relative clause with its own subject states its act,
    // whatever the clause around it asks.
    if (k > 0 && g.relatives.test(t.word)) {
      const read = subjectAfter(toks, possessedEnd(toks, k, g), g, true);
      // "the access that telematics control units give to X": a name's modifier the recogniser left out of it opens the
      // clause's subject, no verb of a clause on the noun before.
      // Not after a noun whose "that" opens what it holds ("the risk that cable repair vessels collect data").
      const modified = read.subject || g.contents?.test(toks[k - 1].word) ? undefined : modifiedName(toks, k + 1, g);
      if (modified !== undefined) {
        const named = subjectAfter(toks, modified, g, true, true);
        if (named.subject) Object.assign(read, { subject: { start: toks[k + 1].start, end: named.subject.end }, verb: named.verb });
      }
      if (read.subject) splits.push({ at: t.start, kind: 'relative', ...read, ...objectOf(toks, k, read.verb, g, text) });
      else {
        // "practices that subsidize X": a restrictive relative clause whose subject is the noun before it; a verb that
        // says what the noun holds ("transactions that involve X") keeps X the object of the verb before.
        const verb = ownVerb(toks, k + 1, g);
        // "BIS issued a final rule that restricts X": an unnamed instrument just issued acts as its issuer does; the
        // clause takes up the subject of the clause it nests in.
        const noun = antecedent(toks, k);
        const issued = !!g.issuing?.test(text.slice(Math.max(0, noun.start - 80), noun.end));
        if (verb) splits.push({ at: t.start, kind: 'restrictive', subject: noun, verb: verb.start, ...(issued ? { issued } : {}) });
      }
      continue;
    }
    if (semicolon && !opensClause) continue;
    if (semicolon) {
      // "...; in 2025 it added X": the subject may follow an opening phrase of time or place.
      const opener = g.prepositions.test(t.word) ? [1, 2, 3, 4].map((n) => subjectAfter(toks, k + n, g)).find((r) => r.subject) : undefined;
      const read = opener ?? subjectAfter(toks, k, g);
      // A lead-in's item with no subject of its own ("The Secretary, in consultation with A, B and C, shall: (i) prohibit
      // imports of X and related Y"; "...; (ii) add Z ..."), its verb perhaps "related" or a relative clause's, goes on with the
      // lead-in's predicate: the lead-in's subject acts in it, not the last name before the colon.
      const item = !read.subject && (/:\s*$/.test(before) || enumerated || /^(?:(?:and|or)\s+)?\([a-z\d]{1,5}\)\s/i.test(text.slice(t.start)));
      // An item that opens with a determiner and has no subject is a noun phrase, the lead-in's object ("will not buy any
      // of the following: (c) any drone or camera manufactured by X"): its participle is no verb of a clause of its own.
      if (item && !t.name && g.determiners.test(t.word) && !read.verb) continue;
      splits.push({ at: t.start, kind: item ? 'predicate' : 'coordinated', closes: true, ...read });
      continue;
    }
    // "The Commission approves the plan, the recipient shall remove X": after a clause with a verb and a comma, a common
    // noun phrase and a modal open a clause of their own ("Under the Act, a port operator may not ..." opens none).
    if (k > 0 && toks[k - 1].comma && g.determiners.test(t.word) && g.modal && verbs.some((at) => at >= (splits.at(-1)?.at ?? 0) && at < t.start)) {
      let v = k + 1;
      while (v < k + 6 && toks[v] && !toks[v].name && /^[a-z][\w-]*$/.test(toks[v].word) && !g.modal.test(toks[v].word)) v++;
      if (v > k + 1 && toks[v] && g.modal.test(toks[v].word)) {
        splits.push({ at: t.start, kind: 'coordinated', closes: true, subject: { start: t.start, end: toks[v - 1].end }, verb: toks[v].start });
        continue;
      }
    }
    if (!g.coordinators.test(t.word) || k === 0) continue;
    // A coordinator right after an auxiliary or a negation is inside the verb group, no clause's opening ("has not yet
    // imposed tariffs on X": "yet" is an adverb there, and the negation stays the verb's).
    const prior = toks[k - 1];
    if (!prior.name && !prior.comma && (g.auxiliaries.test(prior.word) || NEGATORS.test(prior.word))) continue;
    // "A and B restricted X": a coordinator before the clause has a verb joins its subjects, not two clauses.
    // After a comma the clause is the sentence's level one, whose verb may stand before a nested clause that has none
    // ("The Agency will tell hospitals which routers to replace, and the Administration will read X": two clauses).
    const closes = toks[k - 1].comma;
    const opened = (closes ? splits.findLast((s) => s.kind === 'coordinated' || s.kind === 'predicate') : splits.at(-1))?.at ?? 0;
    if (!verbs.some((at) => at >= opened && at < t.start)) continue;
    let v = k + 1;
    while (toks[v] && !toks[v].name && /ly$|^(?:also|then|now|later|since|today|subsequently)$/.test(toks[v].word)) v++;
    if (finiteAt(toks, v, g) || (closes && presentPredicate(toks, v, g, verbs.findLast((at) => at >= opened && at < t.start)))) {
      splits.push({ at: t.start, kind: 'predicate', verb: toks[v].start, closes });
      continue;
    }
    const read = subjectAfter(toks, k + 1, g);
    // No comma, semicolon or colon inside: "or Russian software under its rule; the order extends" has no subject.
    if (read.subject && !/[,;:]/.test(text.slice(t.end, read.verb))) {
      splits.push({ at: t.start, kind: 'coordinated', closes, ...read });
      continue;
    }
    // "banned exports of X, and several states, including Y, have restricted Z"; "banned exports of X and exports of W fell
    // sharply": a bare plural or a quantifier's noun phrase with a verb group of its own is a new clause's subject, no
    // further object of the verb before.
    const bare = read.subject ? undefined : bareSubjectAfter(toks, k + 1, g, text);
    if (bare) splits.push({ at: t.start, kind: 'coordinated', closes, ...bare });
  }

  // Each split runs to the next one of its kind's level: a complement or undecided clause nests in the clause it
  // opens in and runs to that clause's end; coordinated clauses follow each other.
  const top: SentenceClause[] = [];
  let current = 0;
  for (const s of splits) {
    const c: SentenceClause = {
      kind: s.kind,
      start: s.at,
      end: text.length,
      ...(s.subject ? { subject: s.subject } : {}),
      ...(s.verb !== undefined ? { verb: s.verb } : {}),
      ...(s.antecedent ? { antecedent: s.antecedent, verbEnd: s.verbEnd, ...(s.antecedents ? { antecedents: s.antecedents } : {}) } : {}),
    };
    if (s.kind === 'complement' || s.kind === 'undecided' || s.kind === 'relative' || s.kind === 'restrictive' || s.kind === 'presupposed') {
      c.parent = current;
      if (s.issued) c.carries = current;
      clauses.push(c);
      current = clauses.length - 1;
      continue;
    }
    // A coordinated clause stays inside the complement or undecided clause open ("note that A has added X and B will
    // inspect Y": both inside "that").
    // After a comma or semicolon it coordinates at the sentence's level, closing them ("Lawmakers asked whether the
    // Service could ban X, and the Service said ...": the second clause asks nothing).
    const open = clauses[current];
    if (!s.closes && current !== 0) {
      // Coordinated with the clause open (beside it, or inside the clause it depends on).
      const level = open.kind === 'coordinated' || open.kind === 'predicate' ? (open.parent ?? 0) : current;
      c.parent = level;
      const prev = top.filter((x) => x.parent === level).at(-1);
      if (prev) prev.end = s.at;
      current = clauses.length;
    } else {
      for (let k: number | undefined = current; k !== undefined && k !== 0; k = clauses[k].parent) clauses[k].end = Math.min(clauses[k].end, s.at);
      c.parent = 0;
      const prev = top.filter((x) => x.parent === 0).at(-1);
      if (prev) prev.end = s.at;
      current = clauses.length;
    }
    if (s.kind === 'predicate') {
      const prev = top.filter((x) => x.parent === c.parent).at(-1);
      c.carries = prev ? clauses.indexOf(prev) : c.parent;
    }
    clauses.push(c);
    top.push(c);
  }
  // The main clause's own subject: the words before its first verb outside asides.
  const v0 = verbs.length ? toks.findIndex((t) => t.start === verbs[0]) : -1;
  const opening = asides.find((a) => a.start === 0)?.end ?? 0;
  if (v0 > 0 && toks[v0 - 1].end > opening) {
    let e = v0 - 1;
    while (e > 0 && toks[e - 1].end > opening && isAdverbToken(toks[e])) e--;
    main.subject = { start: opening, end: toks[e].end };
    main.verb = toks[v0].start;
    if (asides.some((a) => a.start === 0 && a.kind === 'undecided' && a.end <= toks[v0].start) && SUPPOSING.test(toks[v0].word)) main.supposed = true;
  }
  // Asides: nested in the innermost clause around them; a relative pronoun without a subject after it takes up the
  // noun before the comma, a pronoun subject the clause around.
  for (const a of asides) {
    // ", both of which it placed on the list,": the clause read from its relative pronoun, past the quantifier and "of".
    const first = toks.findIndex((t) => t.start >= a.start);
    const quantified = a.kind === 'subordinate' && !!g.quantified && !!toks[first] && !toks[first].name && g.quantified.test(toks[first].word) && toks[first + 1]?.word === 'of' && !!toks[first + 2] && g.relatives.test(toks[first + 2].word);
    const inner = quantified ? first + 2 : first;
    const read = subjectAfter(toks, inner + 1, g, !!toks[inner] && g.relatives.test(toks[inner].word));
    a.parent = innermost(clauses, a.start);
    if (read.verb !== undefined && read.verb < a.end && read.subject) {
      Object.assign(a, { subject: read.subject, verb: read.verb });
      if (a.kind === 'subordinate' && toks[inner] && g.relatives.test(toks[inner].word)) Object.assign(a, objectOf(toks, inner, read.verb, g, text));
    }
    else {
      const before = toks.filter((t) => t.end <= a.start).at(-1);
      if (before) a.subject = { start: before.start, end: before.end };
    }
    // ", which makes navigation chips,": the clause's verb has its own objects; ", which includes X," lists the noun's.
    a.owns = a.kind === 'subordinate' && !(toks[inner] && g.relatives.test(toks[inner].word) && !read.subject && !ownVerb(toks, inner + 1, g));
    clauses.push(a);
    // "X, a Xiamen camera maker that the Department added to the list in May, has not sued": a relative clause with a
    // subject of its own inside an apposition between commas is a clause of its own, its object the name the apposition
    // stands beside (objectOf), as where no comma closes the apposition; the sentence's clause around it acts on nothing
    // inside it.
    if (a.kind === 'apposition') {
      const r = toks.findIndex((t, k) => k > 0 && t.start > a.start && t.end <= a.end && !t.name && g.relatives.test(t.word));
      const rel = r > 0 ? subjectAfter(toks, possessedEnd(toks, r, g), g, true) : {};
      if (rel.subject && rel.verb !== undefined && rel.verb < a.end) {
        const object = objectOf(toks, r, rel.verb, g, text);
        if (object.antecedent) clauses.push({ kind: 'relative', start: toks[r].start, end: a.end, parent: clauses.length - 1, subject: rel.subject, verb: rel.verb, ...object });
      }
    }
  }
  // Pronoun subjects take up the subject of the clause they depend on or follow.
  clauses.forEach((c, i) => {
    if (!c.subject || c.carries !== undefined) return;
    const word = text.slice(c.subject.start, c.subject.end).trim().toLowerCase();
    if (!g.pronouns.test(word) && !g.relatives.test(word)) return;
    const coordinated = c.kind === 'coordinated' ? top.slice(0, top.indexOf(c)).filter((x) => x.parent === c.parent).at(-1) : undefined;
    c.carries = coordinated ? clauses.indexOf(coordinated) : (c.parent ?? 0);
    if (c.carries === i) delete c.carries;
  });
  return clauses;
}

/**
 * The object a relative pronoun at token `k` stands for in its clause with a subject of its own ("Skyward, which the
 * Ministry added to the list"): the name right before it (past a comma), and where the clause's main verb ends, after
 * its auxiliaries and adverbs. None when no name stands before it.
 */
function objectOf(toks: Token[], k: number, verb: number | undefined, g: ClauseGrammar, text = ''): { antecedent?: Span; antecedents?: Span[]; verbEnd?: number } {
  // "Huawei, ZTE and Dahua, all of which it placed on the list": past the quantifier and "of", the list before the comma.
  const quantified = !!g.quantified && toks[k - 1]?.word === 'of' && !!toks[k - 2] && !toks[k - 2].name && g.quantified.test(toks[k - 2].word) && !!toks[k - 3]?.name && !!toks[k - 3].comma;
  const before = quantified ? toks[k - 3] : toks[k - 1]?.name ? toks[k - 1] : (apposed(toks, k, g) ?? memberOf(toks, k));
  if (!before?.name || verb === undefined) return {};
  let v = toks.findIndex((t) => t.start === verb);
  while (toks[v + 1] && !toks[v + 1].name && (g.auxiliaries.test(toks[v].word) || /[a-z]ly$/.test(toks[v].word))) v++;
  if (!toks[v]) return {};
  const antecedent = { start: before.start, end: before.end };
  if (!quantified) return { antecedent, verbEnd: toks[v].end };
  // The names the list coordinates: each joined to the next by a comma, or by the one "and" or "or" before its last.
  const antecedents = [antecedent];
  let coordinated = false;
  for (let j = k - 3; ; ) {
    const p = toks[j - 1];
    if (p?.name && /^\s*,\s*$/.test(text.slice(p.end, toks[j].start))) j -= 1;
    else if (!coordinated && p && !p.name && /^(?:and|or)$/.test(p.word) && toks[j - 2]?.name && /^\s*,?\s*$/.test(text.slice(toks[j - 2].end, p.start))) {
      j -= 2;
      coordinated = true;
    } else break;
    antecedents.unshift({ start: toks[j].start, end: toks[j].end });
  }
  return { antecedent, antecedents, verbEnd: toks[v].end };
}

/** Where the clause after the relative pronoun at `k` goes on: past the noun a possessive one owns ("whose equipment"; at
 *  most three words, no name, verb or determiner), else right after it. */
/** The noun phrase a relative pronoun at token `k` stands for: the name before it, or, where that name is another name's
 *  "of" phrase, the head name ("the connected vehicles rule of the US Department of Commerce, which bars X": the rule; a
 *  name's "of" phrase says whose it is). */
function antecedent(toks: Token[], k: number): Span {
  const before = toks[k - 1];
  let j = k - 2;
  if (before.name && toks[j]?.word === 'the') j--;
  if (before.name && toks[j]?.word === 'of' && toks[j - 1]?.name) return { start: toks[j - 1].start, end: toks[j - 1].end };
  // "enacted the X Act as part of the Y Act, which bars Z": the part named first is the head, the whole it was enacted in
  // only says where it stands (a whole holds many parts; the clause tells the part's own content).
  if (before.name && toks[j]?.word === 'of' && toks[j - 1]?.word === 'part' && toks[j - 2]?.word === 'as' && toks[j - 3]?.name && !toks[j - 3].comma) return { start: toks[j - 3].start, end: toks[j - 3].end };
  return { start: before.start, end: before.end };
}

export function possessedEnd(toks: { word: string; name: boolean }[], k: number, g: ClauseGrammar): number {
  if (!g.possessive?.test(toks[k]?.word ?? '')) return k + 1;
  let j = k + 1;
  while (j < k + 4 && toks[j] && !toks[j].name && /^[a-z][\w-]*$/.test(toks[j].word) && !g.determiners.test(toks[j].word) && !g.pronouns.test(toks[j].word) && !g.auxiliaries.test(toks[j].word)) j++;
  return j;
}

/** The name an apposition right before a relative pronoun at `k` stands beside ("Ardent, a Xiamen company that the
 *  commission added to the list", "Y, the Chinese company whose equipment ...": the name): a name and its comma, an article and at most five words (a place
 *  among them) with no comma or verb. */
/** The name a class before a relative pronoun at token `k` counts it among ("X was one of twelve companies that the
 *  Bureau added to the list", "X is among the firms that ..."): the subject of "be" before "one of" or "among", the class
 *  noun plural, no name or verb in it. */
function memberOf(toks: Token[], k: number): Token | undefined {
  const noun = toks[k - 1];
  if (!noun || noun.name || noun.comma || !/^[a-z][\w-]*s$/.test(noun.word)) return undefined;
  for (let a = k - 2; a >= Math.max(2, k - 5); a--) {
    const t = toks[a];
    if (t.name || t.comma) return undefined;
    const among = t.word === 'among' ? a : t.word === 'of' && toks[a - 1]?.word === 'one' ? a - 1 : undefined;
    if (among === undefined) continue;
    const be = toks[among - 1];
    return be && !be.name && /^(?:is|are|was|were)$/.test(be.word) && toks[among - 2]?.name ? toks[among - 2] : undefined;
  }
  return undefined;
}

function apposed(toks: Token[], k: number, g: ClauseGrammar): Token | undefined {
  if (toks[k - 1]?.comma) return undefined;
  for (let a = k - 2; a >= Math.max(1, k - 6); a--) {
    const t = toks[a];
    if (t.comma || g.determiners.test(toks[a + 1]?.word ?? '') || finiteAt(toks, a, g)) return undefined;
    if (/^(?:a|an|the)$/.test(t.word)) return toks[a - 1].name && toks[a - 1].comma ? toks[a - 1] : undefined;
  }
  return undefined;
}

/** Where the name stands that one or two plain lower-case words right after a relative pronoun modify ("that telematics
 *  control units give", "which cellular modules send"): words the lexicon knows as no verb (nor a determiner, pronoun,
 *  adverb or auxiliary), no comma after them; none when the first may be the clause's verb ("that subsidize X Co."). */
function modifiedName(toks: Token[], k: number, g: ClauseGrammar): number | undefined {
  for (let j = k; j < k + 2; j++) {
    const t = toks[j];
    if (!t || t.name || t.comma || t.capital || !/^[a-z][a-z-]*$/.test(t.word)) return undefined;
    if (g.determiners.test(t.word) || g.pronouns.test(t.word) || g.auxiliaries.test(t.word) || g.holding.test(t.word) || g.prepositions.test(t.word) || isAdverbToken(t)) return undefined;
    if (tagsOf(t.word).some((x) => VERB_FORMS.has(x)) || /[a-z]ed$/.test(t.word)) return undefined;
    if (toks[j + 1]?.name) return j + 1;
  }
  return undefined;
}
/** A word the lexicon knows only as a verb's base form ("give", "send"). */
function onlyBaseForm(word: string): boolean {
  const tags = tagsOf(word);
  return tags.length > 0 && tags.every((x) => x === 'Infinitive');
}
/** The lexicon's tags of a verb form. */
const VERB_FORMS = new Set(['Verb', 'Infinitive', 'PresentTense', 'PastTense', 'Gerund', 'Participle', 'PerfectTense', 'Modal', 'Copula', 'Auxiliary']);

/** The verb right after a relative pronoun (past adverbs) that makes what follows its own objects: none when a noun
 *  phrase follows instead, or a verb that only says what the noun before holds (ClauseGrammar.holding). */
function ownVerb(toks: Token[], k: number, g: ClauseGrammar): Token | undefined {
  let v = k;
  // "rely" ends as an adverb does: a holding verb is no adverb ("carriers that rely on X").
  while (toks[v] && !toks[v].name && /[a-z]ly$/.test(toks[v].word) && !g.holding.test(toks[v].word)) v++;
  const verb = toks[v];
  return verb && !verb.name && !g.determiners.test(verb.word) && !g.pronouns.test(verb.word) && !g.holding.test(verb.word) ? verb : undefined;
}

/** The subject and verb of a clause whose words start at token `k`: a pronoun, a name, or a noun phrase opened by a
 *  determiner (at most eight words, no verb inside), then a verb group (in a `relative` clause, any inflected word
 *  after a name). */
function subjectAfter(toks: Token[], k: number, g: ClauseGrammar, relative = false, base = false): { subject?: Span; verb?: number } {
  const t = toks[k];
  if (!t) return {};
  const provision = !t.name && !!g.provisions?.test(t.word) && /^\d/.test(toks[k + 1]?.word ?? '');
  if (!t.name && !g.pronouns.test(t.word) && !g.determiners.test(t.word) && !provision) return {};
  for (let v = k + 1; v < Math.min(toks.length, k + 9); v++) {
    // After a relative pronoun and a name, an inflected word is the relative clause's verb ("which the Commission places").
    // After a modified name (`base`), so is a verb's base form after a plural name, before a preposition too: the
    // clause's object is the pronoun ("the access that telematics units give to X").
    const inflected =
      relative && toks[v - 1].name && !toks[v].name && (/^[a-z]{3,}(?:s|ed)$/.test(toks[v].word) || (base && PLURAL_NAME.test(toks[v - 1].word) && !toks[v - 1].comma && !toks[v - 1].possessive && onlyBaseForm(toks[v].word)));
    if (inflected || finiteAt(toks, v, g)) {
      // The adverbs before the verb are no words of the subject ("The Authority already requires").
      let e = v - 1;
      while (e > k && isAdverbToken(toks[e])) e--;
      return { subject: { start: t.start, end: toks[e].end }, verb: toks[v].start };
    }
    // "The Secretary and the Secretary of Homeland Security shall": a subject of names coordinated goes on to its verb.
    const conjoined = toks[v - 1].name && (toks[v + 1]?.name || (toks[v + 1] && g.determiners.test(toks[v + 1].word) && toks[v + 2]?.name));
    if (!toks[v].name && (g.relatives.test(toks[v].word) || (g.coordinators.test(toks[v].word) && !conjoined))) return {};
    // "and X to the Entity List after they shipped ...": a subordinator or a subject pronoun inside opens another clause,
    // whose verb that is.
    if (!toks[v].name && (g.adverbial.test(toks[v].word) || g.pronouns.test(toks[v].word))) return {};
  }
  return {};
}

/**
 * The subject and verb of a complement clause after a verb of reporting whose noun phrase has no determiner ("finds that
 * federal law already limits X", "said that export controls have cut X"): one to three lower-case words, no name, pronoun,
 * relative, coordinator or preposition among them, then a verb group: an auxiliary, or a verb in the past or present after
 * the phrase's last noun (past adverbs skipped).
 */
function bareReportedSubject(toks: Token[], k: number, g: ClauseGrammar): { subject: Span; verb: number } | undefined {
  const plain = (t: Token | undefined): boolean =>
    !!t && !t.name && !t.capital && /^[a-z][a-z-]*$/.test(t.word) && !g.pronouns.test(t.word) && !g.relatives.test(t.word) && !g.coordinators.test(t.word) && !g.prepositions.test(t.word) && !g.auxiliaries.test(t.word) && !g.determiners.test(t.word);
  for (let v = k + 1; v <= k + 3; v++) {
    if (!plain(toks[v - 1]) || toks[v - 1].comma) return undefined;
    let w = v;
    while (toks[w] && isAdverbToken(toks[w])) w++;
    const verb = toks[w];
    if (!verb || verb.name || verb.capital) continue;
    const head = tagsOf(toks[v - 1].word);
    const tags = tagsOf(verb.word);
    // The phrase's head: a noun or a word the lexicon does not know ("law"), no verb, adjective or gerund.
    if (head.some((x) => !NOUN_TAGS.has(x))) continue;
    const finite = g.auxiliaries.test(verb.word) || tags.includes('PastTense') || tags.includes('PresentTense') || (head.includes('Plural') && tags.includes('Infinitive'));
    if (finite && !tags.some((x) => NOUN_TAGS.has(x) && x !== 'Infinitive')) return { subject: { start: toks[k].start, end: toks[v - 1].end }, verb: verb.start };
  }
  return undefined;
}

/** A quantifier that opens a noun phrase without an article ("several states", "many carriers", "two agencies"). */
const QUANTIFIER = /^(?:several|many|most|other|various|numerous|few|two|three|four|five|six|seven|eight|nine|ten|\d+)$/;
/** A word that looks like a plural common noun ("exports", "provinces"), no possessive. */
const BARE_PLURAL = /^[a-z][a-z-]*[^s\W]s$/;
/** An aside of examples between commas inside a subject (", including Florida,", ", such as A,"). */
const EXAMPLES_IN_SUBJECT = /,\s+(?:including|such\s+as|notably|among\s+them)\s[^,;:]{1,80},/g;

/**
 * The subject and verb of a clause that opens at toks[k] without a determiner or name: a quantifier or a bare plural
 * ("several states ... have restricted", "exports of Y fell"), perhaps an aside of examples between commas inside it, then
 * within eight words a finite verb group that is an auxiliary or a verb in the past (finiteAt; a present form that may be a
 * plural noun is none here: "and imports of Y" after a plural is no verb). No relative, coordinator, subordinator or
 * pronoun before the verb: those open or join another clause.
 */
function bareSubjectAfter(toks: Token[], k: number, g: ClauseGrammar, text: string): { subject: Span; verb: number } | undefined {
  const t = toks[k];
  if (!t || t.name || t.comma || !(QUANTIFIER.test(t.word) || (BARE_PLURAL.test(t.word) && !g.auxiliaries.test(t.word)))) return undefined;
  for (let v = k + 1; v < Math.min(toks.length, k + 9); v++) {
    const w = toks[v];
    if (!w.name && (g.relatives.test(w.word) || g.coordinators.test(w.word) || g.adverbial.test(w.word) || g.pronouns.test(w.word))) return undefined;
    // A capitalised word is a name's or a month's ("in May"), no verb.
    if (w.capital || !finiteAt(toks, v, g)) continue;
    const past = g.auxiliaries.test(w.word) || tagsOf(w.word).includes('PastTense') || /[a-z]{3}ed$/.test(w.word);
    if (!past || /[;:]/.test(text.slice(t.start, w.start)) || /,/.test(text.slice(t.start, w.start).replace(EXAMPLES_IN_SUBJECT, ' '))) return undefined;
    let e = v - 1;
    while (e > k && isAdverbToken(toks[e])) e--;
    return { subject: { start: t.start, end: toks[e].end }, verb: w.start };
  }
  return undefined;
}

/** The innermost clause holding `at` (the main clause at least). */
export function innermost(clauses: SentenceClause[], at: number): number {
  let best = 0;
  clauses.forEach((c, i) => {
    if (c.start <= at && at < c.end && c.end - c.start <= clauses[best].end - clauses[best].start) best = i;
  });
  return best;
}

/** The subject span that acts for clause `i`: its own, or the one it takes up (followed to its source). */
export function actingSubject(clauses: SentenceClause[], i: number): Span | undefined {
  const seen = new Set<number>();
  let k: number | undefined = i;
  while (k !== undefined && !seen.has(k)) {
    seen.add(k);
    const c: SentenceClause = clauses[k];
    if (c.carries !== undefined) k = c.carries;
    else return c.subject;
  }
  return undefined;
}

/** Whether clause `i` or one it is nested in leaves its act undecided; a relative clause states its own. */
export function undecided(clauses: SentenceClause[], i: number): boolean {
  for (let k: number | undefined = i; k !== undefined; k = clauses[k].parent) {
    if (clauses[k].kind === 'undecided') return true;
    if (clauses[k].kind === 'relative' || clauses[k].kind === 'restrictive' || clauses[k].kind === 'presupposed') return false;
  }
  return false;
}

/** Whether clause `i` states a supposed act: it is the consequent of an opening condition (`supposed`), or a predicate
 *  sharing that consequent's subject ("..., the Commission will add X and ban Y"); a clause coordinated after it with a
 *  subject of its own states its own act. The consequent is no condition itself (undecided stays false for it). */
export function supposed(clauses: SentenceClause[], i: number): boolean {
  const c = clauses[i];
  if (c.supposed) return true;
  return c.kind === 'predicate' && c.carries !== undefined && !!clauses[c.carries]?.supposed;
}

/** Whether clause `outer` holds clause `inner` (or is it). */
export function holds(clauses: SentenceClause[], outer: number, inner: number): boolean {
  for (let k: number | undefined = inner; k !== undefined; k = clauses[k].parent) if (k === outer) return true;
  return false;
}

/** Whether `at` stands in a clause opened after `from` that owns its objects ("an investigation of practices that
 *  subsidize X": X is subsidised, not investigated; "designated B, which makes X,": X is made, not designated). */
export function ownedAfter(clauses: SentenceClause[], from: number, at: number): boolean {
  for (let k: number | undefined = innermost(clauses, at); k !== undefined; k = clauses[k].parent) {
    if ((clauses[k].kind === 'restrictive' || clauses[k].owns) && clauses[k].start >= from) return true;
  }
  return false;
}
