// Word classes written once and named in patterns as <NAME>: relation-rules.yaml `classes` (the nouns of restrictive
// measures, which a dozen patterns list), the Chinese enumerators of zh-relations.yaml in voice.yaml (<ENUMERATOR>), the
// Chinese country names of the country datasets in names.yaml (<ZH_STATE>), the grammar's words the relation rules name
// (<COMPANY_NOUN>, <SCOPE_PREPOSITION>, <ASKING>). A pattern names a class instead of copying
// it, so that every copy has the same members; the loader expands the names before it compiles the patterns. A piece of
// a pattern several patterns share that is no class of words (relation-rules.yaml `fragments`) is named the same way.
import { z } from 'zod';
import { regex, regexSource } from './data.ts';
import { VERB_FORMS, type VerbForm, verbForms } from './recognize/verb-forms.ts';
import { escapeRegExp } from './text/clean.ts';

/** `<MEASURE>` in a pattern; a lower-case `<name>` is a named group's, no class. */
export const CLASS_NAME = /<([A-Z][A-Z_]*)>/g;

/** A member written as verbs: lemmas and the forms of each the class stands for (recognize/verb-forms.ts: `{ verbs: [ban],
 *  forms: [base, present, past, gerund] }` is "ban", "bans", "banned", "banning"), not a pattern that spells each form. */
const verbsMember = z.strictObject({ verbs: z.array(z.string().regex(/^[a-z][a-z-]*(?: [a-z]+)*$/)).min(1), forms: z.array(z.enum(VERB_FORMS)).min(1) });
export type ClassMember = string | { verbs: string[]; forms: VerbForm[] };

/** A class: its members, each a regular expression's source, which may name a class written before it, or verbs. */
export const wordClassesSchema = z.record(
  z.string().regex(/^[A-Z][A-Z_]*$/, { error: 'a class name is written in capitals' }),
  z.array(z.union([regexSource('i'), verbsMember])).min(1),
);

/** A verbs member's source: its forms, the longest first, so that the alternation matches as much as a pattern's
 *  optional endings would ("banned" before "ban"); a phrase's words with any spacing between ("laying down"). */
function verbsSource(m: { verbs: string[]; forms: VerbForm[] }): string {
  return verbForms(m.verbs, m.forms)
    .sort((a, b) => b.length - a.length)
    .map((w) => w.split(' ').map(escapeRegExp).join('\\s+'))
    .join('|');
}

export interface WordClasses {
  /** Per class name, the alternation of its members, each in a group of its own: `(?:bans?|tariffs?|...)`. */
  sources: Map<string, string>;
  /** A member naming a class not written before it: [class, member index, message]. */
  problems: [string, number, string][];
}

/** The classes as alternations, in the order written (a member may name only a class before its own or a `given` one, which
 *  a class of the same name replaces). */
export function wordClasses(classes: Record<string, ClassMember[]> = {}, given: Map<string, string> = new Map()): WordClasses {
  const sources = new Map(given);
  const problems: [string, number, string][] = [];
  for (const [name, members] of Object.entries(classes)) {
    const expanded = members.map((m, i) =>
      typeof m !== 'string' ? verbsSource(m) : m.replace(CLASS_NAME, (all, other: string) => {
        const source = sources.get(other);
        if (source === undefined) problems.push([name, i, `${all} names no class written before ${name}`]);
        return source ?? all;
      }),
    );
    sources.set(name, `(?:${expanded.map((m) => `(?:${m})`).join('|')})`);
  }
  return { sources, problems };
}

/** A piece several patterns share, given as its members, which a pattern may name with some of them dropped: `any-of`, an
 *  alternation (`(?:^|向|由)`: named <NAME>, it is `(?:…)` of its members; one may be named more in the pattern, `<NAME>|到`);
 *  `characters`, characters a character class lists (named <NAME> inside a class, `[^\P{Script=Han}<NAME>]`, they are
 *  written there as they stand, each escaped; more may follow them in the class, `[^<NAME>办局]`). A member may name a class
 *  (<ZH_ITEM>), expanded as a pattern's are. `<NAME -经 -和>` drops members, one to each `-` of an alternation, each
 *  character after a `-` of a characters piece (`<NAME -和到须>`): a pattern that differs from the others by a member or
 *  two says so where it names the piece, not by a copy of the whole (grammar/cjk-pieces.yaml). */
export type MemberPiece = { 'any-of': string[] } | { characters: string };
export const memberPieceSchema = z.union([z.strictObject({ 'any-of': z.array(z.string().min(1)).min(1) }), z.strictObject({ characters: z.string().min(1) })]);

/** <NAME> or <NAME -a -b>: a piece named with the members it drops. */
const PIECE_NAME = /<([A-Z][A-Z_]*)((?:\s+-[^\s<>]+)*)>/g;

/** Whether `index` of a regular expression's source is inside a character class (`[…]`, an escape is no bracket). */
function insideClass(source: string, index: number): boolean {
  let inside = false;
  for (let i = 0; i < index; i++) {
    if (source[i] === '\\') i++;
    else if (!inside && source[i] === '[') inside = true;
    else if (inside && source[i] === ']') inside = false;
  }
  return inside;
}

/** `source` with each piece it names expanded (MemberPiece), its drops made; the problems: a drop of no member, a
 *  characters piece named outside a class or an alternation inside one, drops after a name that is no piece. */
export function expandPieces(source: string, pieces: ReadonlyMap<string, MemberPiece>): { source: string; problems: string[] } {
  const problems: string[] = [];
  const out = source.replace(PIECE_NAME, (all, name: string, edits: string, at: number) => {
    const piece = pieces.get(name);
    const drops = edits.split(/\s+-/).slice(1);
    if (piece === undefined) {
      if (drops.length > 0) problems.push(`${all}: ${name} is no piece, nothing to drop from`);
      return all;
    }
    if ('characters' in piece) {
      if (!insideClass(source, at)) problems.push(`${all}: a characters piece is named inside a character class only`);
      const members = [...piece.characters];
      const dropped = new Set(drops.flatMap((d) => [...d]));
      for (const d of dropped) if (!members.includes(d)) problems.push(`${all}: ${d} is no character of ${name}`);
      return members.filter((c) => !dropped.has(c)).map((c) => (/[\\\][^-]/.test(c) ? `\\${c}` : c)).join('');
    }
    if (insideClass(source, at)) problems.push(`${all}: an alternation is named outside a character class only`);
    for (const d of drops) if (!piece['any-of'].includes(d)) problems.push(`${all}: ${d} is no member of ${name}`);
    return `(?:${piece['any-of'].filter((m) => !drops.includes(m)).join('|')})`;
  });
  return { source: out, problems };
}

/** A pattern's source with each class name replaced by its alternation; the names no class has. */
export function expandClasses(source: string, classes: WordClasses): { source: string; unknown: string[] } {
  const unknown: string[] = [];
  const out = source.replace(CLASS_NAME, (all, name: string) => {
    const alternation = classes.sources.get(name);
    if (alternation === undefined) unknown.push(all);
    return alternation ?? all;
  });
  return { source: out, unknown };
}

/** Pieces of patterns written once and named in patterns as <NAME>, as the classes are, that are no word classes
 *  (relation-rules.yaml `fragments`: the relation model's features are the word classes alone, relation-candidates.ts):
 *  each one regular expression's source, which may name a class or a fragment written before it, or verbs (`{ verbs,
 *  forms }`, as a class's member: the verbs of a pattern that are no class of the model's), or named parts (`{ source,
 *  parts }`, Fragment). */
const fragmentName = z.string().regex(/^[A-Z][A-Z_]*$/, { error: 'a fragment name is written in capitals' });
export const fragmentsSchema = z.record(
  fragmentName,
  z.union([z.string().min(1), verbsMember, z.strictObject({ source: z.string().min(1), parts: z.record(fragmentName, z.union([z.string().min(1), verbsMember])) })]),
);
/** A fragment: a regular expression's source, verbs, or a pattern written as named parts (PartedPattern, as a long entry
 *  of relation-rules.yaml may be: `DESIGNATED_OBJECT`), whose parts are its own and no fragment another pattern may name. */
export type Fragment = ClassMember | PartedPattern;

/** `classes` with `fragments` added, each expanded in a group of its own; a fragment that takes a class's name, names
 *  no class or fragment written before it, or does not compile (alone, with `flags`; it may match the empty string, a
 *  lookaround may be all it is) is a problem: [fragment, message]. */
export function withFragments(fragments: Record<string, Fragment> = {}, classes: WordClasses, flags = ''): { classes: WordClasses; problems: [string, string][] } {
  const sources = new Map(classes.sources);
  const problems: [string, string][] = [];
  for (const [name, fragment] of Object.entries(fragments)) {
    if (sources.has(name)) problems.push([name, `<${name}> is a class already`]);
    let source: string;
    let expanded: string;
    if (typeof fragment === 'object' && 'parts' in fragment) {
      // Written as parts: expanded against the classes and fragments before it, its parts its own.
      source = fragment.source;
      const parted = expandParts(fragment, { sources, problems: [] }, flags);
      for (const message of parted.problems) problems.push([name, message]);
      expanded = parted.source;
    } else {
      source = typeof fragment === 'string' ? fragment : verbsSource(fragment);
      const { source: out, unknown } = expandClasses(source, { sources, problems: [] });
      for (const u of unknown) problems.push([name, `${u} names no class or fragment written before ${name}`]);
      expanded = out;
    }
    try {
      new RegExp(expanded, flags);
    } catch (e) {
      problems.push([name, `bad regular expression /${source}/ (${(e as Error).message})`]);
    }
    sources.set(name, `(?:${expanded})`);
  }
  return { classes: { sources, problems: classes.problems }, problems };
}

/** Words and phrases as written, as one class's alternation: each escaped, a phrase's words with any spacing between
 *  ("call on" matches "call  on"). */
export function wordsClass(words: string[]): string {
  return `(?:${words.map((w) => w.split(' ').map(escapeRegExp).join('\\s+')).join('|')})`;
}

/** Classes given as finished alternations (from another file or a dataset), not written as members. */
export function givenClasses(sources: Record<string, string>): WordClasses {
  return { sources: new Map(Object.entries(sources).map(([name, alternation]) => [name, `(?:${alternation})`])), problems: [] };
}

/** A pattern written as named parts: `source` names each part as <NAME>, as a pattern names a class, and each part is one
 *  regular expression's source that may name a class, a fragment or a part written before it, or verbs (`{ verbs, forms }`,
 *  as a fragment may be): so a long pattern reads as the constructions it is made of, each named and commented where it is
 *  written (relation-rules.yaml `chain`), and a grammar pattern need not spell each form of its verbs (patternWithVerbs). */
export interface PartedPattern {
  source: string;
  parts: Record<string, Fragment>;
}

/** `pattern`'s source with its parts expanded against `classes` (withFragments: each part in a group of its own, so a
 *  part's alternatives stay its own and a quantifier after its name applies to it whole), and each part's own expansion;
 *  the problems of the pattern: a part that takes a class's name, names no class or part written before it, or does not
 *  compile; a name the source gives no part or class of; a part nothing names. */
export function expandParts(pattern: PartedPattern, classes: WordClasses, flags = ''): { source: string; parts: Map<string, string>; problems: string[] } {
  const { classes: withParts, problems: partProblems } = withFragments(pattern.parts, classes, flags);
  const problems = partProblems.map(([name, message]) => `${name}: ${message}`);
  const { source, unknown } = expandClasses(pattern.source, withParts);
  for (const u of unknown) problems.push(`${u} names no part of the pattern or class`);
  const namers = [pattern.source, ...Object.values(pattern.parts).filter((p) => typeof p === 'string')];
  for (const name of Object.keys(pattern.parts)) {
    if (!namers.some((s) => s.includes(`<${name}>`))) problems.push(`<${name}> is not named in the pattern`);
  }
  return { source, parts: new Map(Object.keys(pattern.parts).map((name) => [name, withParts.sources.get(name) as string])), problems };
}

/** A pattern of a data file, as it stands or written as parts (PartedPattern): the classes (and parts) it names
 *  expanded, then compiled with `flags`; a name no class has is a problem of the file. `classes` is called when a pattern
 *  is read, so a class built from a dataset costs nothing until then. */
export const patternWithClasses = (classes: () => WordClasses, pieces: () => ReadonlyMap<string, MemberPiece> = () => new Map()) => (flags = '') =>
  z
    .union([z.string(), z.strictObject({ source: z.string(), parts: fragmentsSchema })])
    .transform((pattern, ctx) => {
      if (typeof pattern === 'string' && pieces().size > 0) {
        const expanded = expandPieces(pattern, pieces());
        for (const message of expanded.problems) ctx.addIssue({ code: 'custom', message, input: pattern });
        pattern = expanded.source;
      }
      if (typeof pattern !== 'string') {
        const { source, problems } = expandParts(pattern, classes(), flags);
        for (const message of problems) ctx.addIssue({ code: 'custom', message, input: pattern.source });
        return source;
      }
      const { source: out, unknown } = expandClasses(pattern, classes());
      for (const u of unknown) ctx.addIssue({ code: 'custom', message: `${u} names no class`, input: pattern });
      return out;
    })
    .pipe(regex(flags));

/** A pattern of a grammar file (grammar/things.yaml, grammar/instruments.yaml) as it stands (the `classes` it names, if
 *  any, expanded: grammar.ts the lexicon's closed classes), or its `source` with the verbs
 *  it names as <NAME> (`verbs: { NAME: { verbs, forms } }`), each name the alternation of its lemmas' forms, as a fragment
 *  of relation-rules.yaml written as verbs is: parts that are verbs only (expandParts), so a pattern need not spell each
 *  form of its verbs; or its `source` with named `parts` (`parts: { NAME: source or { verbs, forms } }`), a word class
 *  written once where the pattern is (instruments.yaml state-code: the states' abbreviations). A name the pattern does not give, or verbs it does not name, is a problem of the file. Compiled with
 *  `flags`. */
export const patternWithVerbs = (flags = '', classes: () => WordClasses = () => ({ sources: new Map(), problems: [] })) =>
  z
    .union([
      z.string(),
      z.strictObject({ source: z.string(), verbs: z.record(z.string().regex(/^[A-Z][A-Z_]*$/), verbsMember) }),
      z.strictObject({ source: z.string(), parts: z.record(z.string().regex(/^[A-Z][A-Z_]*$/), z.union([z.string().min(1), verbsMember])) }),
    ])
    .transform((pattern, ctx) => {
      if (typeof pattern === 'string') {
        const { source, unknown } = expandClasses(pattern, classes());
        for (const u of unknown) ctx.addIssue({ code: 'custom', message: `${u} names no class`, input: pattern });
        return source;
      }
      const { source, problems } = expandParts({ source: pattern.source, parts: 'verbs' in pattern ? pattern.verbs : pattern.parts }, classes(), flags);
      for (const message of problems) ctx.addIssue({ code: 'custom', message, input: pattern.source });
      return source;
    })
    .pipe(regex(flags));
