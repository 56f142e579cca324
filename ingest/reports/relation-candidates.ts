// The candidate relations of one document for a learned relation model (bench/relation-model.ts trains it,
// relation-model.ts here scores it for suggested relations): every pair of
// recognised mentions of one sentence as the relation rules read it (relations.ts' trace: a list item with its lead-ins,
// an object in the item's own text), in either order, whose labels some English rule of a type allows at its subject and
// its object (the rules are checked against the graph model when loaded), with general features only, never a name:
// the word classes of relation-rules.yaml between, before and after the two, the words between (a mention there
// replaced by its label), which rule types' cues stand between them, their order and distance, punctuation, negation
// and modals, and what the rules made of the pair (the types they made, the furthest check that stopped one).
import path from 'node:path';
import { DataFile, displayName, readText } from '../data.ts';
import { type ClassMember, wordClasses } from '../word-classes.ts';
import { gatedTest, mayMatch } from '../text/literal-gate.ts';
import { stage, type TracedEnd, type TracedSentence, type Veto } from './relation-trace.ts';
import { pairRules, type RelationRule, type RuleSet } from './relations.ts';

/** The version of the feature set below: a model trained on features of another version is not read (relation-model.ts).
 *  Raise it with any change to what sentenceCandidates writes as features, and re-export the model. */
export const FEATURE_VERSION = 1;

/** The stated relation types (evaluate.ts STATED), in a fixed order: the model's classes after "none". */
export const TYPES = ['RESTRICTS', 'REGULATES', 'DESIGNATES', 'INVESTIGATES', 'ADDS_TO_LIST'] as const;

export interface Candidate {
  /** `locator|subject id|object id`: one pair of entities of one sentence. */
  key: string;
  locator: string;
  start: string;
  end: string;
  /** The types whose rules allow the two labels this way round. */
  types: string[];
  features: string[];
  /** The types the rules made between the two in this sentence. */
  made: string[];
  /** For a gate on the model's adds (relation-gates.ts), not features: the types a cue of whose rules matches
   *  between the two or in the windows around them, either order; per type, every check that stopped one of its rules
   *  on the pair; and the texts between (raw), before and after, to match other cues against. */
  cueAround: string[];
  vetoes: Record<string, Veto[]>;
  spans: { between: string; before: string; after: string };
}

export interface Allowed {
  subject: Map<string, Set<string>>;
  object: Map<string, Set<string>>;
}

/** Per type, the labels its English rules take at the subject and at the object. */
export function allowedLabels(rules: RuleSet): Allowed {
  const subject = new Map<string, Set<string>>();
  const object = new Map<string, Set<string>>();
  for (const r of pairRules(rules)) {
    if (!(TYPES as readonly string[]).includes(r.type)) continue;
    for (const l of r.subject) subject.set(r.type, (subject.get(r.type) ?? new Set()).add(l));
    for (const l of r.object) object.set(r.type, (object.get(r.type) ?? new Set()).add(l));
  }
  return { subject, object };
}

/** The word classes of relation-rules.yaml, each compiled to match a whole word. The file is read as every data file is
 *  (data.ts: its value remembered as JSON, data-cache.ts), not by the YAML reader again: loadRules has just read it. */
export function classPatterns(file = path.join(import.meta.dirname, 'relation-rules.yaml')): [string, RegExp][] {
  const data = new DataFile(displayName(file), readText(file));
  data.assertValid();
  const classes = wordClasses((data.value as { classes?: Record<string, ClassMember[]> }).classes);
  return [...classes.sources].map(([name, source]) => [name, new RegExp(`(?<![\\p{L}\\p{N}])${source}(?![\\p{L}\\p{N}])`, 'iu')]);
}

/** A crude lemma: lower case, a plural's or a verb's ending off ("restrictions" -> "restriction", "banned" -> "bann"). */
export function lemma(word: string): string {
  const w = word.toLowerCase();
  if (w.length <= 4) return w;
  if (/ies$/.test(w)) return `${w.slice(0, -3)}y`;
  if (/(?:ss|us|is)$/.test(w)) return w;
  if (/(?:sh|ch|x|z)es$/.test(w)) return w.slice(0, -2);
  if (/s$/.test(w)) return w.slice(0, -1);
  if (/ing$/.test(w) && w.length > 5) return w.slice(0, -3);
  if (/ed$/.test(w)) return w.slice(0, -2);
  return w;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
const bucket = (n: number, edges: number[]): string => {
  const i = edges.findIndex((e) => n <= e);
  return i === -1 ? `>${edges.at(-1)}` : `<=${edges[i]}`;
};
/** How many words between are read one by one: the first and last this many when more stand between. */
const EDGE_WORDS = 6;
/** The window before the first mention and after the second, in characters. */
const WINDOW = 60;

export interface Context {
  rules: RuleSet;
  allowed: Allowed;
  classes: [string, RegExp][];
  byType: Map<string, RelationRule[]>;
}

export function context(rules: RuleSet): Context {
  const byType = new Map<string, RelationRule[]>();
  for (const r of pairRules(rules)) byType.set(r.type, [...(byType.get(r.type) ?? []), r]);
  return { rules, allowed: allowedLabels(rules), classes: classPatterns(), byType };
}

/** The text between two offsets with each mention inside replaced by its label ("<Company>"). */
function masked(text: string, from: number, to: number, mentions: TracedEnd[]): string {
  let out = '';
  let at = from;
  for (const m of mentions) {
    if (m.at === undefined || m.to === undefined || m.at < from || m.to > to) continue;
    out += `${text.slice(at, m.at)} ${m.label ?? 'X'}MENTION `;
    at = m.to;
  }
  return out + text.slice(at, to);
}

/** The types of `types` a cue of whose rules matches between the two mentions or in the windows before and after them;
 *  `within`, the sentence the spans are slices of, where given, is asked first whether it holds a cue's literals. */
export function cuesAround(types: string[], spans: Candidate['spans'], byType: Map<string, RelationRule[]>, within?: string): string[] {
  return types.filter((ty) =>
    (byType.get(ty) ?? []).some((r) => (within === undefined || mayMatch(r.cue, within)) && (r.cue.test(spans.between) || r.cue.test(spans.before) || r.cue.test(spans.after))),
  );
}

/** What a reader of only some candidates may leave unread (relation-suggestions.ts): `skip`, the pairs it says;
 *  `bare`, the features of what the rules made of a pair (rule, veto, cue: a model of the words alone reads none);
 *  `noCues`, the types whose cue stands around the pair (cueAround left empty, for the reader to ask of one type). */
export interface Only {
  skip?: (start: string, end: string) => boolean;
  bare?: boolean;
  noCues?: boolean;
}

/** The candidates of one sentence; `made`: the relations the rules made there, as `type|start|end`. */
export function sentenceCandidates(t: TracedSentence, made: Set<string>, cx: Context, only: Only = {}): Candidate[] {
  const mentions = t.mentions.filter((m) => m.at !== undefined && m.to !== undefined && m.label !== undefined).sort((a, b) => (a.at as number) - (b.at as number));
  const from = t.from ?? 0;
  // The furthest check that stopped a rule of any type on the pair.
  const vetoOf = new Map<string, Veto>();
  for (const v of t.vetoed) {
    const k = `${v.start.id}|${v.end.id}`;
    const was = vetoOf.get(k);
    if (!was || stage(v.veto) > stage(was)) vetoOf.set(k, v.veto);
  }
  const vetoesOf = new Map<string, Record<string, Veto[]>>();
  for (const v of t.vetoed) {
    const k = `${v.start.id}|${v.end.id}`;
    const per = vetoesOf.get(k) ?? {};
    per[v.type] = [...(per[v.type] ?? []), v.veto];
    vetoesOf.set(k, per);
  }
  // Per pair of entities, the nearest pair of their mentions; the types two labels allow, once per pair of labels.
  const nearest = new Map<string, { s: TracedEnd; o: TracedEnd; gap: number; types: string[] }>();
  const typesOf = new Map<string, string[]>();
  for (const s of mentions) {
    for (const o of mentions) {
      if (s === o || s.id === o.id || (o.at as number) < from) continue;
      if ((s.at as number) < (o.to as number) && (o.at as number) < (s.to as number)) continue;
      const labels = `${s.label}>${o.label}`;
      let types = typesOf.get(labels);
      if (!types) {
        types = TYPES.filter((ty) => cx.allowed.subject.get(ty)?.has(s.label as string) && cx.allowed.object.get(ty)?.has(o.label as string));
        typesOf.set(labels, types);
      }
      if (types.length === 0) continue;
      const gap = Math.max((o.at as number) - (s.to as number), (s.at as number) - (o.to as number));
      const k = `${s.id}|${o.id}`;
      const was = nearest.get(k);
      if (!was || gap < was.gap) nearest.set(k, { s, o, gap, types });
    }
  }
  const out: Candidate[] = [];
  // Whether the sentence can hold each class's (and the negation's, modal's and recommendation's) literals: asked once per
  // sentence, not once per pair (literal-gate.ts).
  const { negation, modal, recommendation } = cx.rules;
  const inSentence = nearest.size === 0 ? [] : cx.classes.map(([, re]) => mayMatch(re, t.text));
  const negationIn = nearest.size > 0 && mayMatch(negation, t.text);
  const modalIn = nearest.size > 0 && modal !== undefined && mayMatch(modal, t.text);
  const recommendationIn = nearest.size > 0 && recommendation !== undefined && mayMatch(recommendation, t.text);
  for (const [k, { s, o, types }] of nearest) {
    if (only.skip?.(s.id, o.id)) continue;
    const subjectFirst = (s.at as number) < (o.at as number);
    const [a, b] = subjectFirst ? [s, o] : [o, s];
    const raw = t.text.slice(a.to, b.at);
    const before = t.text.slice(Math.max(0, (a.at as number) - WINDOW), a.at);
    const after = t.text.slice(b.to, (b.to as number) + WINDOW);
    const spans = { between: raw, before, after };
    // The cues around are many patterns over three texts: a reader that asks them of a few types reads them itself.
    const cueAround = only.noCues ? [] : cuesAround(types, spans, cx.byType, t.text);
    const between = masked(t.text, a.to as number, b.at as number, mentions);
    const f = new Set<string>([`order:${subjectFirst ? 'subject-first' : 'object-first'}`, `subject:${s.label}`, `object:${o.label}`, `labels:${s.label}>${o.label}`]);
    const words = [...between.matchAll(WORD)].map((w) => (w[0].endsWith('MENTION') ? w[0] : lemma(w[0])));
    f.add(`words:${bucket(words.length, [0, 2, 5, 10, 20, 40])}`);
    const read = words.length > 2 * EDGE_WORDS ? [...words.slice(0, EDGE_WORDS), ...words.slice(-EDGE_WORDS)] : words;
    for (const w of read) f.add(`w:${w}`);
    if (words.length > 0) {
      f.add(`first:${words[0]}`);
      f.add(`last:${words.at(-1)}`);
    }
    const inside = mentions.filter((m) => (m.at as number) >= (a.to as number) && (m.to as number) <= (b.at as number)).length;
    f.add(`mentions-between:${bucket(inside, [0, 1, 3])}`);
    for (const [p, name] of [[':', 'colon'], [';', 'semicolon'], ['(', 'bracket'], ['—', 'dash'], ['"', 'quote'], ['“', 'quote']] as const) if (raw.includes(p)) f.add(`punct:${name}`);
    f.add(`commas:${bucket((raw.match(/,/g) ?? []).length, [0, 1, 3])}`);
    // The classes are asked of slices of the sentence (before, after) and of the span between with its mentions masked:
    // first whether those hold a class's literals (literal-gate.ts).
    for (let c = 0; c < cx.classes.length; c++) {
      const [name, re] = cx.classes[c] as [string, RegExp];
      if (gatedTest(re, between)) f.add(`between:${name}`);
      if (!inSentence[c]) continue;
      if (re.test(before)) f.add(`before:${name}`);
      if (re.test(after)) f.add(`after:${name}`);
    }
    if (negationIn) {
      if (negation.test(raw)) f.add('negation:between');
      if (negation.test(before)) f.add('negation:before');
    }
    if (modal && modalIn && modal.test(raw)) f.add('modal:between');
    if (recommendation && recommendationIn && recommendation.test(raw)) f.add('recommendation:between');
    // A rule's cue between the two, in the rule's order or the other.
    for (const ty of only.bare ? [] : types) {
      for (const r of cx.byType.get(ty) ?? []) {
        if (!mayMatch(r.cue, t.text) || !r.cue.test(raw)) continue;
        f.add(`cue:${ty}`);
        if ((r.order === 'subject-first') === subjectFirst) f.add(`cue-ordered:${ty}`);
      }
    }
    if ((s.at as number) < from) f.add('subject:lead-in');
    if (!/^\p{Lu}/u.test(s.surface)) f.add('subject:lower-case');
    const made_ = types.filter((ty) => made.has(`${ty}|${s.id}|${o.id}`));
    for (const ty of made_) f.add(`rule:${ty}`);
    if (made_.length === 0) f.add('rule:none');
    const veto = vetoOf.get(k);
    if (veto) f.add(`veto:${veto}`);
    out.push({ key: `${t.locator}|${k}`, locator: t.locator, start: s.id, end: o.id, types, features: [...f], made: made_, cueAround, vetoes: vetoesOf.get(k) ?? {}, spans });
  }
  return out;
}
