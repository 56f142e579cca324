// A document's references to itself. An instrument says "this order", "this Directive", "this Act", "this
// chapter" (a US Code section: the act its chapter codifies) or 本法 of itself, and these name its own Law:
// the catalog's law for the document, else the instrument its title opens with, else, when an enacting
// formula says it is one ("it is hereby ordered"), the instrument of that kind a title or its header line
// names ("Executive Order 99001 of March 3, 2031"), else a Law named by its title. A document that is no
// instrument (a report) has no self: its "this order" takes up an order it named before (relation-rules.yaml,
// anaphora). The words are data: grammar/instruments.yaml, `self` and the citations' `self`.
import type { Found } from './found.ts';
import { grammar } from './grammar.ts';
import { findInstruments } from './instruments.ts';
import { fillName } from './name-templates.ts';
import type { Mention } from './matcher.ts';
import { escapeRegExp } from '../text/clean.ts';
import { HAN } from '../text/scripts.ts';

export interface DocumentSelf {
  /** The catalog's law for the document, when it has one. */
  lawId?: string;
  /** The instrument as found (its name and kind), for the document's entity table to resolve. */
  found: Found;
  /** The document's references to itself ("this Act", 本法), global. */
  pattern: RegExp;
  /** Its long title's opening, case-sensitive ("AN ACT relating to ...", "A BILL To ..."; instruments.yaml `title`). */
  longTitle?: RegExp;
  /** The document is a part of the instrument (a US Code section of the act its chapter codifies): its heading names the
   *  part ("§ 1602. Prohibition on ..."), not the instrument. */
  part?: boolean;
}

export interface SelfSources {
  /** The manifest's title. */
  title?: string;
  /** The document's own title (its first heading). */
  heading?: string;
  /** The document's sentences, for an enacting formula. */
  sentences: string[];
  /** The catalog's law for the document. */
  lawId?: string;
}

export const SELF_RULE = 'self-reference';

/** The instrument the document is, with the words it calls itself by; undefined for a document that is none. */
export function documentSelf(src: SelfSources): DocumentSelf | undefined {
  const titles = [src.title, src.heading].filter((t): t is string => !!t?.trim());
  const own =
    titles.map(titleInstrument).find((x) => x !== undefined) ??
    enacted([...titles, ...src.sentences.slice(0, 1)], src.heading || src.title || '', src.sentences) ??
    titledKind(src.heading || src.title || '', src.sentences);
  if (!own || own.words.length === 0) return undefined;
  // Its divisions ("this section") are its own too, in a document written in Latin script (本法 names the whole) that is
  // the whole instrument, not a part of it (a US Code section calls the act "this chapter", and "this section" itself).
  const parts = !own.part && own.words.some((w) => !w.startsWith(grammar().selfReference.cjk)) ? (grammar().selfReference.parts ?? []) : [];
  return { ...(src.lawId ? { lawId: src.lawId } : {}), found: own.found, pattern: selfPattern([...own.words, ...parts], own.definite, own.formula, own.named), ...(own.longTitle ? { longTitle: own.longTitle } : {}), ...(own.part ? { part: true } : {}) };
}

/** The mentions of the document's own instrument in one sentence; `id` resolves it (once it is mentioned). */
export function selfMentions(text: string, self: DocumentSelf, id: () => string): Mention[] {
  const out: Mention[] = [];
  for (const m of text.matchAll(self.pattern)) {
    // An announcing formula names the instrument by its group `self` ("signed a Proclamation").
    const [start, end] = m.indices?.groups?.self ?? [m.index, m.index + m[0].length];
    out.push({ id: id(), label: 'Law', start, end, surface: text.slice(start, end), via: SELF_RULE, confidence: 0.9 });
  }
  // "AN ACT relating to ...; prohibiting X ...": a bill's long title names the act it is, in capitals.
  const title = self.longTitle ? new RegExp(self.longTitle.source, 'd').exec(text) : null;
  const at = title?.indices?.groups?.self;
  if (at && !out.some((m) => m.start < at[1] && at[0] < m.end)) out.push({ id: id(), label: 'Law', start: at[0], end: at[1], surface: text.slice(at[0], at[1]), via: SELF_RULE, confidence: 0.9 });
  return out.sort((a, b) => a.start - b.start);
}

/** A heading of an instrument that never calls itself by its word ("this order"): where the heading is the document's
 *  title (`titled`, given only for such a document, and not for a part of an instrument), it names the instrument, so its
 *  own provisions have their actor (relations.ts, the document's self); `titled.id` resolves it (once it is mentioned). */
export function titleSelf(text: string, mentions: Mention[], titled: { title: string; id: () => string } | undefined): Mention[] {
  if (!titled || text !== titled.title.trim()) return mentions;
  const id = titled.id();
  // A title that names the instrument by its citation ("Executive Order 99001 of March 3, 2031") holds its mention.
  if (mentions.some((m) => m.id === id)) return mentions.map((m) => (m.id === id ? { ...m, via: SELF_RULE } : m));
  // One that names another body or instrument is no name of the document alone.
  if (mentions.some((m) => m.label === 'Authority' || m.label === 'Law')) return mentions;
  return [{ id, label: 'Law', start: 0, end: text.length, surface: text, via: SELF_RULE, confidence: 0.9 }, ...mentions];
}

interface Own {
  found: Found;
  words: string[];
  /** Words it is also called by after "the" ("the rule" of a Federal Register rule). */
  definite?: string[];
  /** The formula that announces it, when a group `self` in it names the instrument ("signed a Proclamation"). */
  formula?: RegExp;
  /** Its long title's opening (a group `self`), case-sensitive. */
  longTitle?: RegExp;
  /** Citations that name it whole, wherever written ("Senate Bill 1184" in the title of the act it enacts). */
  named?: string[];
  /** The document is a part of it that calls it by a word of its own (a US Code section's "this chapter"): its "this
   *  section" is the section, a procedural citation, not the act. */
  part?: boolean;
}

/** The instrument a title opens with ("Directive (EU) 2022/2555 (NIS2) — OJ L 333", "Norland Port
 *  Infrastructure Security Act, section 12"); a code section's is the act the title names with it. */
function titleInstrument(title: string): Own | undefined {
  const cjk = cjkTitle(title);
  if (cjk) return cjk;
  const finds = findInstruments(title).filter((f) => !f.pending).sort((a, b) => a.start - b.start);
  const first = finds[0];
  if (!first || !/^[\s\p{P}]*(?:the\s+)?$/iu.test(title.slice(0, first.start))) return undefined;
  const own = selfWord(first);
  if (!own) return undefined;
  const act = own.part ? finds.find((f) => f !== first && !citationOf(f)) : undefined;
  return { found: act ?? first, words: [own.word, ...namedUpToHead(first, own.word)], ...(own.part ? { part: true } : {}) };
}

/** "FINANCIAL SANCTIONS NOTICE" over a text that says "the Annex to this Notice": a title ending in a kind word of
 *  `titled-kinds` (any case), which the text calls itself by with its capital after "this" (case-sensitive), is the
 *  instrument the document is, named by its title (grammar/instruments.yaml self `titled-kinds`). */
function titledKind(title: string, sentences: string[]): Own | undefined {
  const g = grammar();
  const name = title.trim();
  const word = g.selfReference['titled-kinds'].find((w) => new RegExp(`\\b${escapeRegExp(w)}$`, 'iu').test(name));
  if (!name || !word || name.toLowerCase() === word.toLowerCase()) return undefined;
  const called = new RegExp(`\\b[Tt]his\\s+${escapeRegExp(word)}\\b`, 'u');
  if (!sentences.some((s) => called.test(s))) return undefined;
  return { found: { start: 0, end: 0, surface: name, label: 'Law', name, rule: 'self:title', score: 0.6, kind: g.instrumentKinds.get(word) ?? 'notice' }, words: [word] };
}

/** A Han run opening a title, before any space or bracket. */
const CJK_TITLE_RUN = new RegExp(`^\\s*(${HAN}{2,40})(?=$|[\\s(（])`, 'u');
/** A title that opens with a Chinese act's name, unquoted ("无人驾驶航空器飞行管理暂行条例 (Interim Regulations ...)", as a
 *  corpus manifest or a file's heading gives it): the Han run before any space or bracket, ending in an instrument's
 *  ending (条例, 法, 办法), is the act, which calls itself 本 and that ending. */
function cjkTitle(title: string): Own | undefined {
  const run = CJK_TITLE_RUN.exec(title)?.[1];
  if (!run) return undefined;
  const found = findInstruments(`《${run}》`).find((f) => f.rule === 'instrument:cjk' && f.name === run);
  if (!found) return undefined;
  const own = selfWord(found);
  const start = title.indexOf(run);
  return own ? { found: { ...found, start, end: start + run.length, surface: run }, words: [own.word] } : undefined;
}

/** "this UN Regulation" of "UN Regulation No. 155": a named instrument also calls itself by its name up to its head, where
 *  its number or year follows the head. */
function namedUpToHead(f: Found, head: string): string[] {
  if (f.rule !== 'instrument:named') return [];
  const at = f.name.lastIndexOf(` ${head}`);
  const upTo = at > 0 ? f.name.slice(0, at + head.length + 1) : '';
  return upTo && upTo.length < f.name.length ? [upTo] : [];
}

/**
 * An enacting formula's instrument: the first of that word a title or the header line names anywhere
 * ("Executive Order 99001 of March 3, 2031" above "it is hereby ordered"), else one named by the title.
 */
function enacted(lines: string[], title: string, sentences: string[]): Own | undefined {
  const g = grammar();
  for (const s of sentences) {
    for (const f of g.selfReference.enacting) {
      const m = f.pattern.exec(s);
      if (!m) continue;
      const word = fillName(f.word, m.groups);
      const words = [word, ...(f.also ?? [])];
      const definite = { ...(f.definite ? { definite: f.definite } : {}), ...(f.pattern.source.includes('(?<self>') ? { formula: f.pattern } : {}), ...(f.title ? { longTitle: f.title } : {}) };
      const called = (x: Found): boolean => !x.pending && selfWord(x)?.word.toLowerCase() === word.toLowerCase();
      const inLines = lines.flatMap((l) => findInstruments(l).filter(called))[0];
      if (inLines) return { found: inLines, words, ...definite };
      // A title that names no instrument of the formula's word may name the bill that enacts it.
      const own = { words, ...definite, ...billsOf(lines) };
      const named = shortTitle(sentences, called) ?? headerLine(sentences, s, words) ?? announcedTitle(s, f.pattern);
      if (named) return { found: named, ...own };
      const kind = g.instrumentKinds.get(capitalised(word)) ?? 'statute';
      const name = title.trim();
      return name ? { found: { start: 0, end: 0, surface: name, label: 'Law', name, rule: 'self:title', score: 0.6, kind }, ...own } : undefined;
    }
  }
  return undefined;
}

/** "State of Calder: Enrolled Senate Bill 1184 (2026 Regular Session)" above a short title's act: a title's statute by its
 *  number in a series numbered anew (a bill's, a session law's: `local` citations) is the bill that enacts the act. */
function billsOf(lines: string[]): Pick<Own, 'named'> {
  const local = new Set(grammar().citations.filter((c) => c.local && c.kind === 'statute').map((c) => `instrument:${c.id}`));
  const named = [...new Set(lines.flatMap((l) => findInstruments(l)).filter((f) => local.has(f.rule)).map((f) => f.surface))];
  return named.length > 0 ? { named } : {};
}

/** A short-title section's name ("This act may be cited as the "X Act."", grammar/instruments.yaml `short-title`): the
 *  instrument named right after the cue, of the formula's word, where the sentence names no other instrument before the
 *  cue (a citation of sections is the act's own: "Sections 1 to 9 may be cited as"). The first such sentence only. */
function shortTitle(sentences: string[], called: (f: Found) => boolean): Found | undefined {
  const cue = grammar().selfReference['short-title'];
  for (const s of sentences) {
    const m = new RegExp(cue.source, cue.flags.replace(/[gy]/g, '')).exec(s);
    if (!m) continue;
    const at = m.index + m[0].length;
    const finds = findInstruments(s).filter((f) => !f.pending);
    if (finds.some((f) => f.end <= m.index && !citationOf(f))) return undefined;
    return finds.find((f) => f.start === at && called(f));
  }
  return undefined;
}

/** A header line before the formula that is one citation alone, called by one of the formula's words ("15 CFR Part 795"
 *  above "ACTION: Final rule.", which calls itself "this part" too): the instrument the document is. Only a whole line,
 *  never a citation inside a sentence, which names another instrument ("under Executive Order 13873"). */
function headerLine(sentences: string[], formula: string, words: string[]): Found | undefined {
  const own = new Set(words.map((w) => w.toLowerCase()));
  for (const line of sentences.slice(0, Math.max(0, sentences.indexOf(formula)))) {
    const f = findInstruments(line).find((x) => !x.pending && x.surface === line.trim());
    if (f && own.has(selfWord(f)?.word.toLowerCase() ?? '')) return f;
  }
  return undefined;
}

/** "Today, President X signed an Executive Order, Securing Connected Mobility ..., that ...": the title an announcement
 *  writes between commas right after the instrument it announces (instruments.ts apposedTitles) names that instrument,
 *  so its "the Order" is the order, not the announcement's own title. */
function announcedTitle(sentence: string, pattern: RegExp): Found | undefined {
  if (!pattern.source.includes('(?<self>')) return undefined;
  const self = new RegExp(pattern.source, 'id').exec(sentence)?.indices?.groups?.self;
  if (!self) return undefined;
  return findInstruments(sentence).find((f) => f.rule === 'instrument:apposed-title' && /^\s*,\s*$/.test(sentence.slice(self[1], f.start)));
}

/** The word an instrument calls itself by: a citation's `self` word, a name's head ("Act"), 本 and a Chinese
 *  name's ending (本法). */
function selfWord(f: Found): { word: string; part?: boolean } | undefined {
  const g = grammar();
  const c = citationOf(f);
  if (c) {
    if (!c.self) return undefined;
    const groups = [...f.surface.matchAll(c.pattern)][0]?.groups;
    return { word: fillName(c.self.word, groups), ...(c.self.part ? { part: true } : {}) };
  }
  if (f.rule === 'instrument:cjk') {
    const ending = [...g.cjkEndings].sort((a, b) => b.length - a.length).find((e) => f.name.endsWith(e));
    return ending ? { word: `${g.selfReference.cjk}${ending}` } : undefined;
  }
  const words = f.name.split(/\s+/);
  const head = f.rule === 'instrument:leading' ? words[0] : words.findLast((w) => g.instrumentHeads.has(w));
  return head ? { word: head } : undefined;
}

function citationOf(f: Found): ReturnType<typeof grammar>['citations'][number] | undefined {
  return f.rule.startsWith('instrument:') ? grammar().citations.find((c) => `instrument:${c.id}` === f.rule) : undefined;
}

/** "this Act", "the present Regulation" (any case), 本法; "the rule" for a `definite` word, not one of something
 *  ("the rule of law"). */
function selfPattern(words: string[], definite: string[] = [], formula?: RegExp, named: string[] = []): RegExp {
  const g = grammar().selfReference;
  const cjk = words.filter((w) => w.startsWith(g.cjk)).map(escapeRegExp);
  const latin = words.filter((w) => !w.startsWith(g.cjk)).map(escapeRegExp);
  const parts = [
    ...(latin.length ? [`\\b(?:${g.determiners.map(escapeRegExp).join('|')})\\s+(?:${latin.join('|')})\\b`] : []),
    ...(definite.length ? [`\\bthe\\s+(?:${definite.map(escapeRegExp).join('|')})\\b(?!\\s+of\\b)`] : []),
    ...(cjk.length ? [`(?:${cjk.join('|')})`] : []),
    ...(formula ? [`(?:${formula.source})`] : []),
    ...(named.length ? [`(?<![\\p{L}\\p{N}])(?:${named.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`] : []),
  ];
  return new RegExp(parts.join('|'), 'giud');
}

const capitalised = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase();
