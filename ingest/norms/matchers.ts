// The vocabularies compiled, once per vocabulary and language, into combined matchers. Surface forms
// of actors, authorities and data categories are literals (longest match wins, so 个人信息处理者 is an
// actor and not the data category 个人信息); actions, modal markers, exceptions and conditions are
// regular expressions.
//
// Speed: a sentence is scanned once per family, never once per pattern. Literals go through one
// Aho–Corasick automaton (ingest/recognize/aho-corasick.ts), a match identified by its text (a map
// from surface form to entry). A regex family is ONE regular expression (all its patterns as one
// alternation), a match identified by a "probe" — one sticky expression that tries every pattern of
// the family as a lookahead at the position the scan stopped — so each pattern keeps its own
// semantics (its leftmost, non-overlapping matches) as if it had been run alone.
import { AhoCorasick } from '../recognize/aho-corasick.ts';
import type { Lang, MarkerModality, Vocabulary } from '../vocab/index.ts';
import { rememberedTogether } from './memo.ts';
import type { SanctionSpan } from './sanctions.ts';

export type MentionKind = 'actor' | 'authority' | 'data';

export interface Mention {
  kind: MentionKind;
  id: string;
  start: number;
  end: number;
}

export interface Marker {
  /** `POWER` only for markers that are powers by themselves ("shall have the power to"). */
  modality: MarkerModality | 'POWER';
  start: number;
  end: number;
  text: string;
  /** A pseudo-marker standing for a sanction clause (ingest/norms/sanctions.ts). */
  sanction?: SanctionSpan;
}

export interface Matchers {
  lang: Lang;
  vocab: Vocabulary;
  mentions(text: string): Mention[];
  markers(text: string): Marker[];
  /** Action ids whose patterns match `text`, in vocabulary order. */
  actions(text: string): string[];
  /** `text` (after an authority's permission) names a power verb or a discretion that binds others. */
  powerVerb(text: string): boolean;
  /** Where the first power verb of `text` starts, or -1. */
  powerVerbAt(text: string): number;
  exceptions(text: string): { start: number; end: number; text: string }[];
  conditions(text: string): string[];
  /** The text ending where an authority (or the list it heads) begins makes it the object of the action. */
  directedBefore(textBefore: string): boolean;
  /** The text from `at` (where an authority list ends) makes it the object of the action. */
  directedAfter(text: string, at: number): boolean;
  /** The text before a marker, in its clause, ends with a state body outside the vocabularies. */
  stateSubject(textBefore: string): boolean;
}

/** A vocabulary regex as matched in one language: English patterns are word-bounded. */
function regexSource(source: string, lang: Lang): string {
  return lang === 'zh' ? `(?:${source})` : `(?<![A-Za-z])(?:${source})(?![A-Za-z])`;
}

/** How many capture groups a regular expression source has (an alternative matching '' reports them all). */
function captures(source: string, flags: string): number {
  return (new RegExp(`${source}|`, flags).exec('') as RegExpExecArray).length - 1;
}

/** The index just after the code point at `i` (a scan resumes there, never inside a surrogate pair). */
function nextIndex(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? i + 2 : i + 1;
}

/**
 * Several regular expressions run as one. `scan` reports, for each pattern, exactly the matches that
 * `text.matchAll(pattern)` would give (leftmost, non-overlapping), in order of start.
 */
export class PatternSet<T> {
  readonly values: readonly T[];
  private readonly finder: RegExp;
  private readonly probe: RegExp;
  /** Per pattern: the number of its lookahead's capture in a probe match (numbered, not named: a
   *  `groups` object of one property per pattern would be built for every match). */
  private readonly slots: Int32Array;
  /** Per pattern: where its next match may start (its previous match's end). Reused across calls. */
  private readonly next: Int32Array;

  constructor(entries: { value: T; source: string }[], caseInsensitive: boolean) {
    this.values = entries.map((e) => e.value);
    this.next = new Int32Array(entries.length);
    const flags = caseInsensitive ? 'iu' : 'u';
    // An empty set matches nothing (a negative lookahead of the empty string never succeeds).
    this.finder = new RegExp(entries.length ? entries.map((e) => e.source).join('|') : '(?!)', `g${flags}`);
    this.probe = new RegExp(entries.map((e) => `(?:(?=(${e.source}))|)`).join(''), `y${flags}`);
    // Pattern i's capture comes after those of the patterns before it, each one plus its own groups.
    this.slots = new Int32Array(entries.length);
    let slot = 1;
    entries.forEach((e, i) => {
      this.slots[i] = slot;
      slot += 1 + captures(e.source, flags);
    });
  }

  /** True when any pattern matches somewhere in `text`. */
  test(text: string): boolean {
    this.finder.lastIndex = 0;
    return this.finder.test(text);
  }

  scan(text: string, onMatch: (value: T, start: number, end: number) => void): void {
    const { finder, probe, slots, next, values } = this;
    next.fill(0);
    finder.lastIndex = 0;
    for (let m = finder.exec(text); m; m = finder.exec(text)) {
      const at = m.index;
      probe.lastIndex = at;
      const groups = probe.exec(text);
      if (groups) {
        for (let i = 0; i < slots.length; i++) {
          const g = groups[slots[i] as number];
          if (g === undefined || at < (next[i] as number)) continue;
          next[i] = at + Math.max(g.length, 1);
          onMatch(values[i] as T, at, at + g.length);
        }
      }
      finder.lastIndex = nextIndex(text, at);
    }
  }
}

/** The spellings a literal matches: English forms with a capital or small first letter. */
function spellings(form: string, lang: Lang): string[] {
  const first = form[0] ?? '';
  if (lang === 'zh' || !/[a-z]/i.test(first)) return [form];
  return [first.toLowerCase() + form.slice(1), first.toUpperCase() + form.slice(1)];
}

const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/**
 * Literal surface forms: at each position the longest form wins (English ones between ASCII letter
 * boundaries), identified by its text. Forms starting inside another match are found too;
 * `selectNonOverlapping` then keeps the longest.
 */
class LiteralSet<T> {
  private readonly automaton = new AhoCorasick<true>();
  private readonly byForm = new Map<string, T>();
  private readonly key: (s: string) => string;
  private readonly bounded: boolean;

  constructor(entries: { value: T; form: string }[], lang: Lang) {
    this.key = lang === 'zh' ? (s) => s : (s) => (s[0] ?? '').toLowerCase() + s.slice(1);
    this.bounded = lang !== 'zh';
    const sorted = [...entries].sort((a, b) => b.form.length - a.form.length);
    for (const e of sorted) if (!this.byForm.has(this.key(e.form))) this.byForm.set(this.key(e.form), e.value);
    for (const e of sorted) for (const s of spellings(e.form, lang)) this.automaton.add(s, true);
    this.automaton.build();
  }

  scan(text: string, onMatch: (value: T, start: number, end: number) => void): void {
    const { byForm, key, bounded } = this;
    // The longest match per start (occurrences come in order of end).
    const longest = new Map<number, number>();
    for (const h of this.automaton.search(text)) {
      if (bounded && (isAsciiLetter(text.charCodeAt(h.start - 1)) || isAsciiLetter(text.charCodeAt(h.end)))) continue;
      if ((longest.get(h.start) ?? -1) < h.end) longest.set(h.start, h.end);
    }
    for (const start of [...longest.keys()].sort((a, b) => a - b)) {
      const end = longest.get(start) as number;
      const v = byForm.get(key(text.slice(start, end)));
      if (v !== undefined) onMatch(v, start, end);
    }
  }
}

/** Greedy non-overlapping selection: higher rank first, then longer, then earlier. */
function selectNonOverlapping<T extends { start: number; end: number }>(items: T[], rank: (t: T) => number): T[] {
  if (items.length < 2) return items;
  items.sort((a, b) => rank(a) - rank(b) || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken: T[] = [];
  for (const it of items) if (!taken.some((t) => it.start < t.end && t.start < it.end)) taken.push(it);
  return taken.sort((a, b) => a.start - b.start);
}

interface Who {
  kind: MentionKind;
  id: string;
}

type MarkerKind = MarkerModality | 'POWER';

const cache = new WeakMap<Vocabulary, Partial<Record<Lang, Matchers>>>();

export function matchersFor(vocab: Vocabulary, lang: Lang): Matchers {
  const perVocab = cache.get(vocab) ?? {};
  const hit = perVocab[lang];
  if (hit) return hit;
  // Remembered: several readers scan the same sentence, and the same party terms, for the same things.
  const clauses = clauseFinders(vocab, lang);
  const matchers: Matchers = {
    lang,
    vocab,
    ...powerVerbFinders(vocab, lang),
    ...clauses,
    ...rememberedTogether({
      mentions: mentionFinder(vocab, lang),
      markers: markerFinder(vocab, lang),
      actions: actionFinder(vocab, lang),
      exceptions: clauses.exceptions,
      conditions: clauses.conditions,
    }),
  };
  perVocab[lang] = matchers;
  cache.set(vocab, perVocab);
  return matchers;
}

const alternation = (list: string[]) => list.map((x) => `(?:${x})`).join('|');

/** A set of the vocabulary's regular expressions (case-insensitive in English). */
function regexes<T>(lang: Lang, entries: { value: T; sources: string[] }[]): PatternSet<T> {
  return new PatternSet<T>(
    entries.flatMap((e) => e.sources.map((s) => ({ value: e.value, source: regexSource(s, lang) }))),
    lang === 'en',
  );
}

/** Actors, authorities and data categories by their printed forms. */
function mentionFinder(vocab: Vocabulary, lang: Lang): Matchers['mentions'] {
  const entries: { value: Who; form: string }[] = [];
  const add = (kind: MentionKind, list: { id: string; patterns: { zh: string[]; en: string[] } }[]) => {
    for (const e of list) for (const form of e.patterns[lang]) entries.push({ value: { kind, id: e.id }, form });
  };
  add('actor', vocab.actors);
  add('authority', vocab.authorities);
  add('data', vocab.dataCategories);
  const literals = new LiteralSet(entries, lang);
  return (text) => {
    const found: Mention[] = [];
    literals.scan(text, (w, start, end) => found.push({ kind: w.kind, id: w.id, start, end }));
    return selectNonOverlapping(found, () => 0);
  };
}

/** The words between two modals of one clause joined by "and"/"or" (no sentence or clause break between). */
const EN_SAME_CLAUSE = /^[^.;:]*\s(?:and|or)\s+$/u;

/** Modal markers, the strongest first where they overlap, without the non-normative ones. */
function markerFinder(vocab: Vocabulary, lang: Lang): Matchers['markers'] {
  const m = vocab.modalities;
  // Modal verbs are lower case in legal English; case-sensitive so that "25 May 2018" is no permission.
  const markerSet = new PatternSet<MarkerKind>(
    [
      ...m.power.direct[lang].map((s) => ({ value: 'POWER' as const, source: regexSource(s, lang) })),
      ...m.precedence.flatMap((mod) => m.markers[mod][lang].map((s) => ({ value: mod, source: regexSource(s, lang) }))),
    ],
    false,
  );
  const rankOf = (mod: MarkerKind): number => (mod === 'POWER' ? -1 : m.precedence.indexOf(mod));
  const nn = m.nonNormative[lang];
  const before = nn.before.length ? new RegExp(`(?:^|[^A-Za-z])(?:${alternation(nn.before)})\\s*$`, 'iu') : undefined;
  // Sticky, tested at the marker's end on the whole sentence (no slice; lookbehinds see the marker).
  // A parenthetical or an adverb may stand between the modal and what makes it no norm ("shall, in
  // accordance with paragraph 2, be subject to"; "shall not adversely affect").
  const after = nn.after.length ? new RegExp(`\\s*(?:,[^,.;]{1,80},\\s*)?(?:[a-z]+ly\\s+)?(?:${alternation(nn.after)})(?![A-Za-z])`, 'iuy') : undefined;
  const afterAt = (text: string, at: number): boolean => {
    if (!after) return false;
    after.lastIndex = at;
    return after.test(text);
  };
  return (text) => {
    const found: Marker[] = [];
    markerSet.scan(text, (modality, start, end) => found.push({ modality, start, end, text: text.slice(start, end) }));
    // A modal coordinated with one in a relative clause ("a competent authority, which shall monitor … and
    // may request …") is in that clause too.
    let relativeEnd = -1;
    return selectNonOverlapping(found, (k) => rankOf(k.modality)).filter((k) => {
      if (before?.test(text.slice(Math.max(0, k.start - 20), k.start)) || (relativeEnd >= 0 && lang === 'en' && EN_SAME_CLAUSE.test(text.slice(relativeEnd, k.start)))) {
        relativeEnd = k.end;
        return false;
      }
      relativeEnd = -1;
      return !afterAt(text, k.end);
    });
  };
}

/** The vocabulary's actions a text names, in vocabulary order. */
function actionFinder(vocab: Vocabulary, lang: Lang): Matchers['actions'] {
  const actionSet = regexes(lang, vocab.actions.map((a, i) => ({ value: i, sources: a.patterns[lang] })));
  const actionIds = vocab.actions.map((a) => a.id);
  const seen = new Uint8Array(actionIds.length);
  return (text) => {
    seen.fill(0);
    actionSet.scan(text, (i) => {
      seen[i] = 1;
    });
    const out: string[] = [];
    for (let i = 0; i < actionIds.length; i++) if (seen[i]) out.push(actionIds[i] as string);
    return out;
  };
}

function powerVerbFinders(vocab: Vocabulary, lang: Lang): Pick<Matchers, 'powerVerbAt' | 'powerVerb'> {
  const verbSet = regexes(lang, [{ value: 0, sources: vocab.modalities.power.verbs[lang] }]);
  const permissionSet = regexes(lang, [{ value: 0, sources: [...vocab.modalities.power.verbs[lang], ...(vocab.modalities.power.discretion?.[lang] ?? [])] }]);
  return {
    powerVerbAt(text) {
      let at = -1;
      verbSet.scan(text, (_, start) => {
        if (at < 0 || start < at) at = start;
      });
      return at;
    },
    powerVerb: (text) => permissionSet.test(text),
  };
}

/** Exceptions, conditions, and the words that direct a modal at a party or at the state. */
function clauseFinders(vocab: Vocabulary, lang: Lang): Pick<Matchers, 'exceptions' | 'conditions' | 'directedBefore' | 'directedAfter' | 'stateSubject'> {
  const m = vocab.modalities;
  const exceptionSet = regexes(lang, [{ value: 0, sources: m.exceptions[lang] }]);
  const conditionSet = regexes(lang, [{ value: 0, sources: m.conditions[lang] }]);
  const spans = (set: PatternSet<number>, text: string) => {
    const found: { start: number; end: number; text: string }[] = [];
    set.scan(text, (_, start, end) => found.push({ start, end, text: text.slice(start, end) }));
    return selectNonOverlapping(found, () => 0);
  };
  const dt = m.directedTo[lang];
  const directedBefore = dt.before.length ? new RegExp(`(?:${alternation(dt.before)})$`, 'iu') : undefined;
  const directedAfter = dt.after.length ? new RegExp(alternation(dt.after), 'iuy') : undefined;
  const stateSubject = m.stateSubject[lang].length ? new RegExp(alternation(m.stateSubject[lang]), 'u') : undefined;
  return {
    exceptions: (text) => spans(exceptionSet, text),
    conditions: (text) => spans(conditionSet, text).map((s) => s.text.trim()),
    directedBefore: (textBefore) => directedBefore?.test(textBefore) ?? false,
    directedAfter(text, at) {
      if (!directedAfter) return false;
      directedAfter.lastIndex = at;
      return directedAfter.test(text);
    },
    stateSubject: (textBefore) => stateSubject?.test(textBefore) ?? false,
  };
}
