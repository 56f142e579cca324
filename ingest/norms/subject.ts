// The addressee of a modal clause, read from the text: the subject noun phrase before the modal verb,
// past the adverbials and prepositional phrases between them (国家安全机关因反间谍工作需要，可以…;
// "The competent authorities of the Member States shall …"). The closed word classes come from
// grammar.yaml; known terms (vocabulary mentions) are atomic, so a phrase never ends inside one.
import { type Grammar, jointAt, type PartyKind } from './grammar.ts';

export interface Subject {
  /** Offsets in the sentence. */
  start: number;
  end: number;
  text: string;
  kind: PartyKind;
  /** The subject is a pronoun (其, "it", "they"): it refers back to the previous subject. */
  pronoun?: boolean;
  /** The subject names bodies by an earlier provision (前款规定的部门): the bodies named before it. */
  backReference?: boolean;
}

/** A known term's span in the sentence (actor or authority mention). */
export interface Span {
  start: number;
  end: number;
  kind?: PartyKind;
}

const MAX_SUBJECT = 60;

function startsWithAny(s: string, words: string[]): string | undefined {
  return words.find((w) => s.startsWith(w));
}

const leadingWords = new WeakMap<string[], RegExp[]>();

/** English leading words as expressions at the start, compiled once per grammar (g.leading's order). */
function leadingExpressions(g: Grammar): RegExp[] {
  let res = leadingWords.get(g.leading);
  if (!res) {
    res = g.leading.map((x) => new RegExp(`^${x}\\b`, 'i'));
    leadingWords.set(g.leading, res);
  }
  return res;
}

// A point's label ("(B) the agency shall", "(vii) The Secretary may") is no part of its subject.
const EN_LABEL = /^\((?:[a-z]{1,2}|[ivxlc]{1,6}|\d{1,3}|[A-Z])\)\s+/u;

function stripLeading(s: string, offset: number, g: Grammar): { text: string; offset: number } {
  let t = s;
  let o = offset;
  for (let changed = true; changed; ) {
    changed = false;
    const ws = t.length - t.trimStart().length;
    if (ws) {
      t = t.slice(ws);
      o += ws;
    }
    const label = g.lang === 'en' ? EN_LABEL.exec(t) : null;
    if (label) {
      t = t.slice(label[0].length);
      o += label[0].length;
      changed = true;
    }
    const w = g.lang === 'zh' ? startsWithAny(t, g.leading) : g.leading[leadingExpressions(g).findIndex((re) => re.test(t))];
    if (w) {
      t = t.slice(w.length);
      o += w.length;
      changed = true;
    }
  }
  return { text: t, offset: o };
}

const openerWords = new WeakMap<Grammar, string[]>();

/** English: the lower-cased text opens with an adverbial opener as a word ("where the", "in order to").
 *  The openers with their space are built once per grammar, not once per test. */
export function opensAdverbial(lower: string, g: Grammar): boolean {
  let words = openerWords.get(g);
  if (!words) {
    words = g.adverbialOpeners.map((o) => `${o} `);
    openerWords.set(g, words);
  }
  return words.some((w) => lower.startsWith(w));
}

const blockers = new WeakMap<Grammar, [string, string[]][]>();

/** The phrase's head goes on into a longer noun (个人 + 信息): not an end. */
function blocked(np: string, rest: string, g: Grammar): boolean {
  let list = blockers.get(g);
  if (!list) {
    list = Object.entries(g.headBlockers);
    blockers.set(g, list);
  }
  for (const [head, nexts] of list) if (np.endsWith(head) && nexts.some((x) => rest.startsWith(x))) return true;
  return false;
}

function headKind(np: string, g: Grammar): PartyKind | undefined {
  // 国家安全机关工作人员: staff of a state body act for it.
  const staff = g.staff.find((w) => np.endsWith(w) && np.length > w.length);
  if (staff && g.heads.some((h) => h.kind !== 'actor' && np.slice(0, -staff.length).replace(/的$/u, '').endsWith(h.text))) return 'authority';
  return g.heads.find((h) => np.endsWith(h.text))?.kind;
}

function matchesOutside(s: string, re: RegExp, masks: Span[]): boolean {
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const at = m.index;
    if (!masks.some((x) => at >= x.start && at < x.end)) return true;
    if (m[0] === '') re.lastIndex++;
  }
  return false;
}

/** The phrase has a verb after its last 的, outside known terms: a subject with its predicate, not a noun phrase. */
function predicates(np: string, mentions: Span[], g: Grammar): boolean {
  const from = np.lastIndexOf('的') + 1;
  for (const v of g.verbs) {
    for (let j = np.indexOf(v, from); j >= 0; j = np.indexOf(v, j + 1)) {
      if (!mentions.some((m) => j >= m.start && j < m.end)) return true;
    }
  }
  return false;
}

function opensNoun(s: string, mentions: Span[], g: Grammar): boolean {
  return mentions.some((m) => m.start === 0) || g.openerNouns.some((w) => s.startsWith(w)) || g.heads.some((h) => h.text.length > 1 && s.startsWith(h.text));
}

/** The Chinese noun phrase at the start of `s` (mentions: known terms, offsets in `s`). */
function zhLeadingPhrase(s: string, mentions: Span[], g: Grammar): { end: number; kind: PartyKind } | undefined {
  // An opener that begins a party noun (经营单位, 自然人, 从业人员) opens no adverbial: a known term, a noun
  // stem or a head starts there.
  if (startsWithAny(s, g.adverbialOpeners) && !opensNoun(s, mentions, g)) return zhRelativeSubject(s, mentions, g);
  let best: { end: number; kind: PartyKind } | undefined;
  const limit = Math.min(s.length, MAX_SUBJECT);
  for (let i = 1; i <= limit; i++) {
    const inside = mentions.find((m) => i > m.start && i < m.end);
    if (inside) continue;
    const np = s.slice(0, i);
    const atMention = mentions.find((m) => m.end === i);
    const kind = atMention?.kind ?? headKind(np, g);
    if (!kind || (!atMention && blocked(np, s.slice(i), g))) continue;
    // 国家机关委托他人: a verb and its object pronoun, not a noun phrase ending in 人.
    if (!atMention && g.objectPronouns.some((w) => np.length > w.length && np.endsWith(w))) continue;
    // 组织开展…: the bare head is the verb of a predicate, and the clause names no subject.
    if (!atMention && g.verbalHeads[np]?.some((v) => s.startsWith(v, i))) return undefined;
    if (g.prepositions.some((re) => matchesOutside(np, re, mentions))) break;
    // 有关主管部门发现网络数据处理者…: a verb outside a relative clause (收到举报的部门) ends the subject before it.
    if (predicates(np, mentions, g)) continue;
    // 本人或者…: a phrase does not end on a coordinator (者 of 或者).
    if (g.coordinators.some((c) => np.endsWith(c))) continue;
    best = { end: i, kind };
  }
  if (!best) return undefined;
  // X会同Y确定的企业: the act of a body and its partners qualifies the party noun after 的, the clause's subject.
  if (jointAt(g, s, best.end)) {
    const relative = zhRelativeTail(s, mentions, g);
    if (relative) return relative;
  }
  const np = s.slice(0, best.end);
  if (g.nonParties.has(np)) return undefined;
  return best;
}

/** The longest party noun after a relative clause's 的 that a Chinese subject may have (…的网络数据处理者). */
const MAX_RELATIVE_HEAD = 12;

/** A whole clause opening with a preposition that starts a relative clause (grammar.yaml relativeOpeners) and ending,
 *  with no comma, in 的 + a party noun (为用户提供服务的经营者, 在境内运营的企业): the subject. */
function zhRelativeSubject(s: string, mentions: Span[], g: Grammar): { end: number; kind: PartyKind } | undefined {
  return startsWithAny(s, g.relativeOpeners) ? zhRelativeTail(s, mentions, g) : undefined;
}

/** The clause, whole, when it ends (with no comma) in 的 + a party noun: a relative clause and its head. */
function zhRelativeTail(s: string, mentions: Span[], g: Grammar): { end: number; kind: PartyKind } | undefined {
  const text = s.trimEnd();
  const de = text.lastIndexOf('的');
  const noun = text.slice(de + 1);
  if (/[，,；;：:]/u.test(text) || de < 2 || !noun || noun.length > MAX_RELATIVE_HEAD || g.nonParties.has(noun)) return undefined;
  if (g.prepositions.some((re) => matchesOutside(noun, re, []))) return undefined;
  const kind = mentions.find((m) => m.end === text.length && m.start > de)?.kind ?? headKind(text, g);
  return kind ? { end: text.length, kind } : undefined;
}

const EN_VERB = /\b(is|are|was|were|be|been|has|have|had|shall|may|must|will|would|can|could|should|do|does|did)\b/i;

/** The English noun phrase at the start of `s`, or undefined when `s` opens with an adverbial or a verb. */
function enLeadingPhrase(s: string, g: Grammar): { end: number; kind: PartyKind } | undefined {
  const lower = s.toLowerCase();
  if (opensAdverbial(lower, g) || g.adverbialOpeners.includes(lower)) return undefined;
  // A preposition opens no subject ("to the processor"); "that" may be its determiner.
  const first = lower.split(/\s/u, 1)[0] as string;
  if (first !== 'that' && g.headEnders.includes(first)) return undefined;
  // A short form in brackets after the subject ("Executive departments and agencies (agencies)").
  const whole = s.replace(/[\s,;:]+$/u, '').replace(/\s*\([^()]{1,40}\)$/u, '').length;
  if (whole === 0 || whole > 400) return undefined;
  // The verbs of a post-modifier of a party noun ("The authority which has granted the approval", "Each
  // authority granting an approval") are not the clause's: the subject ends before it.
  const end = enPostModifier(s.slice(0, whole), g) ?? whole;
  if (end > 200) return undefined;
  // A finite verb before the marker means this is not a bare subject ("are not in conformity with").
  if (EN_VERB.test(s.slice(0, end))) return undefined;
  const head = enHead(s.slice(0, end), g);
  if (!/^[\p{L}‘'"“]/u.test(s)) return undefined;
  const kind = enPartyKind(head, g);
  return kind ? { end, kind } : undefined;
}

// A relative clause, with its preposition ("with which", "in whose territory"), or a participle.
const EN_RELATIVE = /\s+(?:(?:with|to|by|in|on|from|for|under|at|of)\s+)?(?:who|whom|which|whose|that)\b/u;
const EN_PARTICIPLE = /^[a-z]{3,}(?:ing|ed)$/u;

/** Where a party noun's relative clause or participle phrase begins in `np` ("the supervisory
 *  authority with which the complaint has been lodged", "any controller involved in processing"), or
 *  undefined when the phrase has none after a party noun. */
export function enPostModifier(np: string, g: Grammar): number | undefined {
  const rel = EN_RELATIVE.exec(np);
  const candidates: [number, boolean][] = rel && rel.index > 0 ? [[rel.index, false]] : [];
  // A participle phrase goes on after its participle ("granting an approval"); a final -ing noun does not ("the CE marking").
  for (const w of np.matchAll(/\s+([a-z]+)(?=\s+\S)/gu)) if (EN_PARTICIPLE.test(w[1] as string)) candidates.push([w.index, true]);
  for (const [at, participle] of candidates.sort((a, b) => a[0] - b[0])) {
    const before = np.slice(0, at);
    const head = enHead(before, g);
    // A participle follows its party noun itself ("any controller involved"), not an attachment ("provider of advanced …").
    if (!EN_VERB.test(before) && enPartyKind(head, g) && (!participle || head === before)) return at;
  }
  return undefined;
}

/** The kind of party an English head names, or undefined when it names none ("That documentation").
 *  A coordinated head ("the CSIRT, the competent authority or the single point of contact") names a
 *  party when one of its parts does. */
export function enPartyKind(head: string, g: Grammar): PartyKind | undefined {
  const parts = head.split(/\s*,\s*|\s+(?:and\/or|and|or)\s+/u).filter(Boolean);
  if (parts.length > 1) {
    const kinds = parts.map((p) => enPartyKind(p, g)).filter((k): k is PartyKind => k !== undefined);
    return kinds.includes('authority') ? 'authority' : kinds[0];
  }
  const words = head.split(/\s+/);
  const last = (words.at(-1) ?? '').replace(/[’']s$/u, '');
  // A body named by structure ("the National Cyber Security Centre", "the designated body") before the
  // nouns that name no party or a private one (centre, body).
  if (g.enBodyEnd?.proper?.test(head) || g.enBodyEnd?.public?.test(head)) return 'authority';
  if (g.nonParties.has(last)) return undefined;
  if (g.enBodyEnd?.authority.test(head)) return 'authority';
  if (g.enBodyEnd?.state.test(head)) return 'state';
  const lower = last.toLowerCase();
  if (g.heads.some((h) => h.kind === 'actor' && h.text === lower)) return 'actor';
  // -ment nouns (requirement, infringement, document) name acts and things, not parties.
  if (/ments?$/u.test(lower)) return undefined;
  if (/^[A-Z]{2,}s?$/.test(last)) return 'authority';
  return lower.length >= 5 && g.actorSuffixes.some((x) => lower.endsWith(x)) ? 'actor' : undefined;
}

/** The head of an English noun phrase: up to its first relative or prepositional attachment. An ender
 *  right after a determiner modifies the noun before it ("the designated authorities"), and one inside a
 *  head of several words ("single points of contact") ends nothing. */
export function enHead(np: string, g: Grammar): string {
  const words = np.split(/\s+/);
  const inHead = wordsInsideHeads(np, words, g);
  const cut = words.findIndex((w, i) => i > 0 && !inHead.has(i) && !g.modifiers.includes((words[i - 1] as string).toLowerCase()) && g.headEnders.includes(w.toLowerCase().replace(/[,;:]$/, '')));
  return (cut > 0 ? words.slice(0, cut) : words).join(' ');
}

const multiWord = new WeakMap<Grammar, { text: string; words: string[] }[]>();

/** The heads of several words ("point of contact"), listed once per grammar. */
function multiWordHeads(g: Grammar): { text: string; words: string[] }[] {
  let list = multiWord.get(g);
  if (!list) {
    list = g.heads.filter((h) => h.text.includes(' ')).map((h) => ({ text: h.text, words: h.text.split(' ') }));
    multiWord.set(g, list);
  }
  return list;
}

/** Indices of the words, after the first, of the multi-word heads the phrase contains ("point of contact"). */
function wordsInsideHeads(np: string, words: string[], g: Grammar): Set<number> {
  const out = new Set<number>();
  if (words.length < 2) return out;
  for (const h of multiWordHeads(g)) {
    if (!np.includes(h.text)) continue;
    const hw = h.words;
    for (let i = 0; i + hw.length <= words.length; i++) {
      if (hw.every((x, j) => words[i + j]?.replace(/[,;:]$/, '') === x)) for (let j = 1; j < hw.length; j++) out.add(i + j);
    }
  }
  return out;
}

function isPronoun(s: string, g: Grammar): boolean {
  const t = s.trim();
  if (g.lang === 'zh') return g.pronouns.some((p) => t === p || (t.startsWith(p) && t.length <= p.length + 1));
  return g.pronouns.includes(t.toLowerCase());
}

/**
 * The subject of the modal clause whose marker starts at `marker`: the noun phrase opening the marker's
 * own clause; else, in Chinese, the nearest earlier clause (from `floor`) that opens with one; in
 * English, the sentence's opening noun phrase. Undefined when the clause names no subject.
 */
export function findSubject(sentence: string, clauses: [number, number][], marker: number, floor: number, mentions: Span[], g: Grammar): Subject | undefined {
  const own = clauses.findIndex(([s, e]) => marker >= s && marker < e);
  for (let ci = own; ci >= 0; ci--) {
    const [cs, ce] = clauses[ci] as [number, number];
    if (ce <= floor) break;
    const from = Math.max(cs, floor);
    const to = ci === own ? marker : ce;
    const raw = sentence.slice(from, to).replace(/[，,：:]$/u, '');
    const { text, offset } = stripLeading(raw, from, g);
    if (!text) continue;
    // "… notify the Commission and shall notify it": a predicate coordinated before the modal, not a subject.
    if (g.lang === 'en' && ci === own && /\s(?:and|or)$/u.test(text.trimEnd())) return undefined;
    if (g.backReference?.test(text.trim())) return { start: offset, end: offset + text.trim().length, text: text.trim(), kind: 'authority', pronoun: true, backReference: true };
    if (isPronoun(text, g)) return { start: offset, end: offset + text.trim().length, text: text.trim(), kind: 'actor', pronoun: true };
    const phrase = g.lang === 'zh'
      ? zhLeadingPhrase(text, mentions.filter((m) => m.start >= offset && m.end <= to).map((m) => ({ start: m.start - offset, end: m.end - offset, kind: m.kind })), g)
      : enLeadingPhrase(text, g);
    if (phrase) {
      const start = g.lang === 'en' ? enCoordinatedStart(sentence, clauses, ci, floor, offset, g) : offset;
      return (g.lang === 'en' && ci < own ? enPartnersHost(sentence, clauses, start, floor, g) : undefined) ?? { start, end: offset + phrase.end, text: sentence.slice(start, offset + phrase.end), kind: phrase.kind };
    }
    // "In such cases the controller shall": an adverbial run into its subject without a comma.
    if (g.lang === 'en' && ci === own && opensAdverbial(text.toLowerCase(), g)) {
      const tail = enTrailingPhrase(text, g);
      if (tail) return { start: offset + tail.start, end: offset + tail.end, text: text.slice(tail.start, tail.end), kind: tail.kind };
    }
    // "The Attorney General, in consultation with A, B, and C, shall": the opening phrase is the subject,
    // the parties after "in consultation with" are its partners.
    if (g.lang === 'en' && ci === own) {
      const partnered = enPartnered(sentence, clauses, own, floor, g);
      if (partnered) return partnered;
    }
    // English names its subject first: a clause without one is an adverbial, so look no further back
    // than the sentence's opening phrase.
    if (g.lang === 'en' && ci === own) {
      const opening = clauses.findIndex(([, e]) => e > floor);
      for (let k = opening; k < own; k++) {
        const [os, oe] = clauses[k] as [number, number];
        const stripped = stripLeading(sentence.slice(Math.max(os, floor), oe), Math.max(os, floor), g);
        const head = enOpening(stripped.text, g);
        if (head) return { start: stripped.offset, end: stripped.offset + head.end, text: stripped.text.slice(0, head.end), kind: head.kind };
        if (!opensAdverbial(stripped.text.toLowerCase(), g)) break;
      }
      return undefined;
    }
  }
  return undefined;
}

const EN_DETERMINER = /\b(?:the|each|every|any|all|its|their|that|those|such)\s+/giu;
const EN_ATTACHED = /\s(?:of|and|or)\s*$/u;

/** The determiner phrase naming a party that ends an English clause opened by an adverbial ("If the
 *  report is late the Approval Authority"), with the phrases attached before it by of/and/or ("the Chair
 *  of the Board", "the controller or the processor"). */
function enTrailingPhrase(s: string, g: Grammar): { start: number; end: number; kind: PartyKind } | undefined {
  const end = s.replace(/[\s,;:]+$/u, '').length;
  const starts = [...s.slice(0, end).matchAll(EN_DETERMINER)].map((m) => m.index);
  let found: { start: number; end: number; kind: PartyKind } | undefined;
  for (let i = starts.length - 1; i >= 0 && (starts[i] as number) > 0; i--) {
    const at = starts[i] as number;
    if (found && !EN_ATTACHED.test(s.slice(0, found.start))) break;
    const phrase = enLeadingPhrase(s.slice(at, end), g);
    if (!phrase || at + phrase.end !== end) break;
    found = { start: at, end, kind: phrase.kind };
  }
  return found;
}

/** The opening noun phrase of an English sentence whose subject is followed by a relative clause. */
function enOpening(s: string, g: Grammar): { end: number; kind: PartyKind } | undefined {
  const lower = s.toLowerCase();
  if (opensAdverbial(lower, g)) return undefined;
  const m = /^(.{1,120}?)\s+(who|which|that|whose)\b/u.exec(s);
  if (!m) return undefined;
  const np = m[1] as string;
  if (EN_VERB.test(np) || !/^[\p{L}‘'"“]/u.test(np)) return undefined;
  const kind = enPartyKind(enHead(np, g), g);
  return kind ? { end: np.length, kind } : undefined;
}

const EN_PARENTHETICAL = /^\s*(where applicable|where appropriate|if any|as the case may be|as appropriate|in particular)\s*,?\s*$/iu;

/** "The controller and the processor and, where applicable, their representatives, shall": the subject
 *  begins in an earlier clause that ends with a coordinator, past parentheticals. */
function enCoordinatedStart(sentence: string, clauses: [number, number][], ci: number, floor: number, start: number, g: Grammar): number {
  let from = start;
  for (let k = ci - 1; k >= 0; k--) {
    const [cs, ce] = clauses[k] as [number, number];
    if (ce <= floor) break;
    const text = sentence.slice(Math.max(cs, floor), ce);
    if (EN_PARENTHETICAL.test(text)) continue;
    const at = Math.max(cs, floor) + (text.length - text.trimStart().length);
    // "the controller and the processor and," / a list of parties "the CSIRT, the competent authority or …".
    const bare = text.trim().replace(/,$/u, '');
    const listed = !EN_VERB.test(bare) && (/\b(and|or)$/iu.test(bare) || enPartyKind(enHead(bare.replace(/\s+(and|or)$/iu, ''), g), g) !== undefined);
    // A purpose clause ("To assist in …, the Attorney General") is no conjunct of the subject.
    if (!listed || opensAdverbial(bare.toLowerCase(), g) || g.adverbialOpeners.includes(bare.toLowerCase()) || /^to\s/iu.test(bare)) break;
    from = at;
    // A clause that is only the coordinator ("X or, where applicable, Y, and, where appropriate, Z")
    // joins the subject to the conjuncts before it.
    if (/\b(and|or)$/iu.test(bare) && !/^(and|or)$/iu.test(bare)) break;
  }
  return from;
}

const EN_PARTNERS = /^\s*(?:in (?:coordination|consultation|cooperation|conjunction) with|acting through|together with|jointly with|through)\b/iu;

/** "…, the Assistant Secretary, in cooperation with A, B, and C, shall": the parties read before the
 *  modal are partners named in a clause opened by "in cooperation with"; the subject is the phrase of
 *  the clause before it. */
function enPartnersHost(sentence: string, clauses: [number, number][], start: number, floor: number, g: Grammar): Subject | undefined {
  const at = clauses.findIndex(([s, e]) => start >= s && start < e);
  // The partners' clause holds the subject read, ends just before it ("in cooperation with A, B"), or follows the
  // clause the subject's coordination was taken back to ("The Commission, together with ENISA, shall").
  const k = [at, at - 1, at + 1].find((i) => i >= 1 && i < clauses.length && EN_PARTNERS.test(sentence.slice(clauses[i]?.[0], clauses[i]?.[1])));
  if (k === undefined) return undefined;
  const [hs, he] = clauses[k - 1] as [number, number];
  if (he <= floor) return undefined;
  const { text, offset } = stripLeading(sentence.slice(Math.max(hs, floor), he).replace(/[,;:]\s*$/u, ''), Math.max(hs, floor), g);
  const phrase = enLeadingPhrase(text, g);
  return phrase ? { start: offset, end: offset + phrase.end, text: text.slice(0, phrase.end), kind: phrase.kind } : undefined;
}

/** The sentence opens with a party and a later clause, before the modal, names its partners. */
function enPartnered(sentence: string, clauses: [number, number][], own: number, floor: number, g: Grammar): Subject | undefined {
  const first = clauses.findIndex(([, e]) => e > floor);
  if (first < 0 || first >= own) return undefined;
  if (!clauses.slice(first + 1, own + 1).some(([cs, ce]) => EN_PARTNERS.test(sentence.slice(cs, ce)))) return undefined;
  const [fs, fe] = clauses[first] as [number, number];
  const from = Math.max(fs, floor);
  const text = sentence.slice(from, fe).replace(/[,;:]\s*$/u, '');
  const lead = text.length - text.trimStart().length;
  const phrase = enLeadingPhrase(text.trimStart(), g);
  return phrase ? { start: from + lead, end: from + lead + phrase.end, text: text.trimStart().slice(0, phrase.end), kind: phrase.kind } : undefined;
}
