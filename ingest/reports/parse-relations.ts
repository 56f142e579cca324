// The parse reader: relations read from a shallow parse (chunks.ts), each verb group's subject and objects taken from
// the noun groups around it, the relation rules as data over (verb class, subject kind, object kind, preposition) in
// verb-classes.yaml. The regex reader (relations.ts, relation-rules.yaml) stays as it is; records.ts chooses between
// them, or takes both, as the file's `reader` (or a caller's option) says.
//
// Conventions as the regex reader's (docs/recognition-evaluation.md): a negation, a modal ("may", "could"), a question
// or condition ("whether", "if"), an intention ("plans to ban", "will propose"), and in a document that is no
// instrument a recommendation ("should") state nothing; a passive's agent ("by BIS") acts, and with no agent the
// instrument it was done under ("under the Act"); a relative clause's subject is the noun before it; an apposition
// or relative clause between commas is skipped.
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { loadData, loadJsonData } from '../data.ts';
import { nodeKind, relationshipType } from '../kinds.ts';
import type { SentenceFindings } from '../recognize/index.ts';
import type { Mention } from '../recognize/matcher.ts';
import { SELF_RULE } from '../recognize/self.ts';
import { wordnetPackage } from '../recognize/wordnet-heads.ts';
import { BODY_NOUN, type BodyNouns, bodyNounSubjects, NamedBodies } from './body-nouns.ts';
import { type Parse, parseSentence, type Token, type VerbGroup } from './chunks.ts';
import type { Relation } from './relations.ts';
import { documentVoice, VOICE, voiceMentions } from './voice.ts';

export type Reader = 'rules' | 'parse' | 'both';
export const READERS: readonly Reader[] = ['rules', 'parse', 'both'];

export interface VerbClass {
  id: string;
  type: string;
  subject: string[];
  object: string[];
  verbs: string[];
  wordnet?: string[];
  makers?: boolean;
  /** A country named by its demonym ("Chinese drones") is an object: the goods' origin. */
  origin?: boolean;
  /** Any head noun of the direct object with no name passes on its "of" phrase ("review the remote-access features of
   *  X", "regulates the testing of X"): what is examined or governed is what it belongs to. */
  throughOf?: boolean;
  /** The class's objects are only the "of" phrases of these duty bearers ("requires manufacturers of X to ..."). */
  bearers?: string[];
  /** Read only as a passive prohibition ("X may not be imported under the rule"): the agent or instrument restricts X. */
  prohibited?: boolean;
  requires?: string[];
  prepositional?: Record<string, string[]>;
  nouns?: string[];
  nounPreps?: string[];
  light?: string[];
  confidence: number;
}

export interface VerbClasses {
  reader: Reader;
  intent: string[];
  modal: string[];
  recommendation: string[];
  hedges: string[];
  transparent: string[];
  modifierHeads: string[];
  makers: string[];
  means: string[];
  mandates: string[];
  undergo: string[];
  linkers: string[];
  origins: string[];
  ties: string[];
  wrappers: string[];
  staff: string[];
  questions: string[];
  holding: string[];
  scoped: string[];
  powers: string[];
  denials: string[];
  imposers: string[];
  classes: VerbClass[];
}

const label = z.string().refine((l) => nodeKind(l) !== undefined, { error: (iss) => `unknown node label "${String(iss.input)}"` });
const words = z.array(z.string().regex(/^[a-z][a-z-]*$/));
const classSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
    type: z.string().refine((t) => relationshipType(t) !== undefined, { error: (iss) => `unknown relationship type "${String(iss.input)}"` }),
    subject: z.array(label).min(1),
    object: z.array(label).min(1),
    verbs: words.min(1),
    wordnet: z.array(z.string().regex(/^[a-z]+#\d+$|^[a-z]+$/)).optional(),
    makers: z.boolean().optional(),
    origin: z.boolean().optional(),
    throughOf: z.boolean().optional(),
    bearers: words.optional(),
    prohibited: z.boolean().optional(),
    requires: words.optional(),
    prepositional: z.record(z.string(), words).optional(),
    nouns: z.array(z.string().regex(/^[a-z][a-z-]*(?: [a-z][a-z-]*)?$/)).optional(),
    nounPreps: words.optional(),
    light: words.optional(),
    confidence: z.number().gt(0).lte(1),
  })
  .superRefine((c, ctx) => {
    // As relation-rules.yaml's rules: a type patterns may make, between the kinds it allows.
    const t = relationshipType(c.type);
    if (!t) return;
    if (!t.madeBy.includes('pattern')) ctx.addIssue({ code: 'custom', path: ['type'], message: `${c.type} cannot be made by a pattern` });
    for (const [key, allowed] of [['subject', t.from], ['object', t.to]] as const) {
      c[key].forEach((l, i) => {
        if (!allowed.includes(l)) ctx.addIssue({ code: 'custom', path: [key, i], message: `${c.type} cannot ${key === 'subject' ? 'start' : 'end'} at ${l}` });
      });
    }
  });
const classesSchema = z.strictObject({
  reader: z.enum(['rules', 'parse', 'both']),
  intent: words,
  modal: words,
  recommendation: words,
  hedges: words,
  transparent: words,
  modifierHeads: words,
  makers: words,
  means: words,
  mandates: words,
  undergo: words,
  linkers: words,
  origins: words,
  ties: words,
  wrappers: words,
  staff: words,
  questions: words,
  holding: words,
  scoped: words,
  powers: words,
  denials: words,
  imposers: words,
  classes: z.array(classSchema).min(1),
}) satisfies z.ZodType<VerbClasses>;

export const VERB_CLASSES_FILE = path.join(import.meta.dirname, 'verb-classes.yaml');
export const VERB_SYNONYMS_FILE = path.join(import.meta.dirname, 'verb-synonyms.json');

/** The verb classes of verb-classes.yaml (or `file`), their verbs joined by the WordNet synonyms of the senses they
 *  name (verb-synonyms.json). */
export function loadVerbClasses(file = VERB_CLASSES_FILE, synonymsFile = VERB_SYNONYMS_FILE): VerbClasses {
  const data = loadData(file, classesSchema);
  const synonyms = fs.existsSync(synonymsFile) ? loadJsonData(synonymsFile, SynonymsFile).senses : {};
  return { ...data, classes: data.classes.map((c) => ({ ...c, verbs: [...new Set([...c.verbs, ...(c.wordnet ?? []).flatMap((s) => synonyms[s] ?? [])])] })) };
}

// ------------------------------------------------------------------ WordNet synonyms, generated once
const SynonymsFile = z.object({ source: z.string().optional(), senses: z.record(z.string(), z.array(z.string())) });

/** The one-word lemmas of each named verb sense ("prohibit#1" -> forbid, interdict, proscribe, veto, disallow, nix) in
 *  the WordNet database files in `dict`; a sense without a number is every sense of the verb. */
export function deriveSynonyms(dict: string, senses: string[]): Record<string, string[]> {
  const index = new Map<string, string[]>();
  for (const line of fs.readFileSync(path.join(dict, 'index.verb'), 'utf8').split('\n')) {
    if (!/^[a-z]/.test(line)) continue;
    const f = line.trim().split(' ');
    const n = Number(f[2]);
    index.set(f[0], f.slice(f.length - n));
  }
  const data = fs.readFileSync(path.join(dict, 'data.verb'), 'utf8');
  const lemmasAt = (offset: string): string[] => {
    const at = data.indexOf(`\n${offset} `);
    const f = data.slice(at + 1, data.indexOf('\n', at + 1)).split(' ');
    const count = Number.parseInt(f[3], 16);
    return Array.from({ length: count }, (_, k) => f[4 + 2 * k].replace(/\(.*\)$/, '').toLowerCase()).filter((w) => /^[a-z]+$/.test(w));
  };
  const out: Record<string, string[]> = {};
  for (const s of [...senses].sort()) {
    const [verb, n] = s.split('#');
    const offsets = index.get(verb) ?? [];
    const chosen = n ? [offsets[Number(n) - 1]].filter((x) => x !== undefined) : offsets;
    out[s] = [...new Set(chosen.flatMap(lemmasAt))].filter((w) => w !== verb).sort();
  }
  return out;
}

if (import.meta.main && process.argv.includes('--synonyms')) {
  const { dict, source } = wordnetPackage();
  const senses = [...new Set(loadData(VERB_CLASSES_FILE, classesSchema).classes.flatMap((c) => c.wordnet ?? []))];
  const out = { source: source.replace('ingest/recognize/wordnet-heads.ts', 'ingest/reports/parse-relations.ts --synonyms'), senses: deriveSynonyms(dict, senses) };
  fs.writeFileSync(VERB_SYNONYMS_FILE, `${JSON.stringify(out, null, 1)}\n`);
  console.log(`${VERB_SYNONYMS_FILE}: ${Object.keys(out.senses).length} senses`);
}

// ------------------------------------------------------------------ the reader

/** What the reader needs of the classes, indexed once per VerbClasses. */
interface Index {
  byVerb: Map<string, VerbClass[]>;
  verbs: ReadonlySet<string>;
  nouns: ReadonlySet<string>;
  /** Every verb the reader asks a lemma about: the classes' verbs and light verbs, and the word lists of verbs. */
  known: ReadonlySet<string>;
  /** The duty classes (with bearers) and all their bearers. */
  dutyClasses: VerbClass[];
  /** The class a scope idiom states ("falls within the scope of X"). */
  scopeClasses: VerbClass[];
  bearers: ReadonlySet<string>;
  byNoun: Map<string, VerbClass[]>;
  subjectLabels: Set<string>;
  objectLabels: Set<string>;
  /** A word of some class (a verb's stem, a noun) in the sentence: only such a sentence is parsed. A prohibition's verbs
   *  count only beside a negation. */
  cue: RegExp;
  prohibitionCue: RegExp;
  sets: Record<'intent' | 'modal' | 'recommendation' | 'hedges' | 'transparent' | 'modifierHeads' | 'makers' | 'means' | 'mandates' | 'undergo' | 'linkers' | 'origins' | 'ties' | 'wrappers' | 'staff' | 'questions' | 'holding' | 'scoped' | 'powers' | 'denials' | 'imposers', Set<string>>;
}
const indexes = new WeakMap<VerbClasses, Index>();
function indexOf(vc: VerbClasses): Index {
  let ix = indexes.get(vc);
  if (ix) return ix;
  const byVerb = new Map<string, VerbClass[]>();
  const byNoun = new Map<string, VerbClass[]>();
  const add = (m: Map<string, VerbClass[]>, k: string, c: VerbClass): void => void m.set(k, [...(m.get(k) ?? []), c]);
  for (const c of vc.classes) {
    for (const v of c.verbs) add(byVerb, v, c);
    for (const n of c.nouns ?? []) add(byNoun, n, c);
  }
  const stem = (w: string): string => w.replace(/(?:e|y)$/, '').replace(/[-]/g, '\\W?');
  const alternation = (ws: string[]): string => [...new Set(ws.map(stem))].sort((a, b) => b.length - a.length).join('|');
  const cued = vc.classes.filter((c) => !c.prohibited);
  ix = {
    cue: new RegExp(`\\b(?:${alternation([...cued.flatMap((c) => c.verbs), ...cued.flatMap((c) => c.nouns ?? []).flatMap((n) => n.split(' '))])}|(?:${cued.flatMap((c) => c.bearers ?? []).join('|')})\\s+of\\b|\\bscope\\s+of\\b)`, 'i'),
    prohibitionCue: new RegExp(`\\bnot\\b[^.;]*\\b(?:${alternation(vc.classes.filter((c) => c.prohibited).flatMap((c) => c.verbs))})`, 'i'),
    byVerb,
    verbs: new Set(byVerb.keys()),
    nouns: new Set([...byNoun.keys()].filter((n) => !n.includes(' '))),
    known: new Set([...byVerb.keys(), ...vc.classes.flatMap((c) => c.light ?? []), ...vc.intent, ...vc.means, ...vc.undergo, ...vc.questions, ...vc.holding, ...vc.scoped, ...vc.denials]),
    dutyClasses: vc.classes.filter((c) => c.bearers),
    scopeClasses: vc.classes.filter((c) => c.id === 'regulate'),
    bearers: new Set(vc.classes.flatMap((c) => c.bearers ?? [])),
    byNoun,
    subjectLabels: new Set(vc.classes.flatMap((c) => c.subject)),
    objectLabels: new Set(vc.classes.flatMap((c) => c.object)),
    sets: {
      intent: new Set(vc.intent), modal: new Set(vc.modal), recommendation: new Set(vc.recommendation), hedges: new Set(vc.hedges),
      transparent: new Set(vc.transparent), modifierHeads: new Set(vc.modifierHeads), makers: new Set(vc.makers),
      means: new Set(vc.means), mandates: new Set(vc.mandates), undergo: new Set(vc.undergo), linkers: new Set(vc.linkers), origins: new Set(vc.origins), ties: new Set(vc.ties), wrappers: new Set(vc.wrappers), staff: new Set(vc.staff), questions: new Set(vc.questions), holding: new Set(vc.holding), scoped: new Set(vc.scoped), powers: new Set(vc.powers), denials: new Set(vc.denials), imposers: new Set(vc.imposers),
    },
  };
  indexes.set(vc, ix);
  return ix;
}

/** A stated act read from the parse, before it is a Relation record. */
export interface ParsedAct {
  cls: VerbClass;
  subject: Mention;
  object: Mention;
}

/** Parses by sentence text and mention spans (bounded): a report repeats sentences, and so do the documents of a run. */
const parses = new Map<string, Parse>();
function parsed(text: string, mentions: Mention[], verbs: ReadonlySet<string>, nouns: ReadonlySet<string>, known: ReadonlySet<string>): Parse {
  const key = `${text}\u0000${mentions.map((m) => `${m.start}:${m.end}:${m.id}`).join(',')}`;
  let p = parses.get(key);
  if (!p) {
    if (parses.size >= 5_000) parses.clear();
    p = parseSentence(text, mentions, verbs, nouns, known);
    parses.set(key, p);
  }
  return p;
}

/** The relations the parse reader reads in the report's sentences. `bodyNouns`: the nouns that take up a body named
 *  before ("the bureau", relation-rules.yaml `bodyNouns`), read as the regex reader reads them (body-nouns.ts); a
 *  speech's "we" is its voice's authority (voice.ts). Both only as actors. */
export function extractParsedRelations(findings: SentenceFindings[], vc: VerbClasses, bodyNouns?: BodyNouns): Relation[] {
  const ix = indexOf(vc);
  const instrument = findings.some((f) => f.mentions.some((m) => m.via === SELF_RULE));
  const voice = documentVoice(findings, instrument);
  const bodies = new NamedBodies();
  const out: Relation[] = [];
  const seen = new Set<string>();
  // The actor the last parsed sentence of the paragraph named, which an opening "It" or "They" takes up.
  let previous = { para: '', subject: [] as Mention[] };
  // A lead-in ending with a colon or dash lends its actor to the items after it that open with their verb ("The
  // Proclamation:" + "- Imposes a 25 percent tariff on X"), until a sentence of the section names its own subject.
  let leadIn = { section: '', subject: [] as Mention[] };
  for (const f of findings) {
    const text = f.sentence.text;
    const own = f.mentions.filter((m) => !m.procedural || m.label === 'Law');
    const taken = [...voiceMentions(text, 0, own, voice), ...(bodyNouns ? bodyNounSubjects(text, 0, own, bodyNouns, bodies) : [])];
    for (const m of f.mentions) bodies.add(m);
    const mentions = taken.length ? [...own, ...taken].sort((a, b) => a.start - b.start) : own;
    const para = f.sentence.locator.replace(/\.s_\d+$/, '');
    const section = f.sentence.locator.split('.')[0];
    if (previous.para !== para) previous = { para, subject: [] };
    if (leadIn.section !== section) leadIn = { section, subject: [] };
    const actor = mentions.filter((m) => ix.subjectLabels.has(m.label));
    const item = leadIn.subject.length > 0 && ITEM_VERB.test(f.sentence.text);
    if (LEAD_IN.test(f.sentence.text)) {
      const first = actor.find((m) => m.start < f.sentence.text.length / 2);
      leadIn = { section, subject: first ? [first] : [] };
    } else if (!item && !ENUMERATED.test(f.sentence.text)) leadIn = { section, subject: [] };
    // Only a sentence with a possible actor (or a pronoun or lead-in lending one) and a possible object is parsed (most
    // have none).
    const pronoun = previous.subject.length > 0 && OPENING_PRONOUN.test(f.sentence.text);
    // A question asks, it states nothing ("Does the Act apply to drones?").
    const cued = (ix.cue.test(f.sentence.text) || ix.prohibitionCue.test(f.sentence.text)) && !QUESTION.test(f.sentence.text);
    if ((!actor.length && !pronoun && !item) || !cued || !mentions.some((m) => ix.objectLabels.has(m.label))) {
      if (actor.length) previous.subject = [];
      continue;
    }
    const read = readSentence(f.sentence.text, mentions, vc, instrument, item ? leadIn.subject : previous.subject);
    previous.subject = read.subject;
    for (const act of read.acts) {
      const key = `${act.cls.type}|${act.subject.id}|${act.object.id}|${f.sentence.locator}`;
      if (act.subject.id === act.object.id || seen.has(key)) continue;
      seen.add(key);
      const voiced = act.subject.via === VOICE;
      const takenUp = voiced || act.subject.via === BODY_NOUN;
      out.push({
        type: act.cls.type,
        start: act.subject.id,
        end: act.object.id,
        rule: `parse:${act.cls.id}`,
        locator: f.sentence.locator,
        quote: f.sentence.text,
        confidence: takenUp ? Math.round(act.cls.confidence * 80) / 100 : act.cls.confidence,
        ...(voiced && voice ? { antecedent: voice.locator } : {}),
      });
    }
  }
  return out;
}

const DEMONYM = 'country:demonym';
const OPENING_PRONOUN = /^(?:It|They)\b/;
const QUESTION = /\?\s*["”’)]*\s*$/;
const LEAD_IN = /[:—–]\s*$/;
/** An item that opens with its verb, past an enumerator or bullet: "Imposes a tariff on X", "(a) Prohibits X". */
const ITEM_VERB = /^(?:\(?[a-z0-9]{1,3}[.)]\s+|[-–•*]\s+)?[A-Z][a-z]+s\b/;
const ENUMERATED = /^\(?[a-zA-Z0-9]{1,4}[.)]\s/;

/** The acts one sentence states, read from its parse. */
export function readActs(text: string, mentions: Mention[], vc: VerbClasses, instrument = false): ParsedAct[] {
  return readSentence(text, mentions, vc, instrument, []).acts;
}

/** The acts one sentence states, and the actor its main clause names (for an "It" after it). `previous`: the actor of
 *  the paragraph's sentence before, which an opening "It" or "They" takes up. */
function readSentence(text: string, mentions: Mention[], vc: VerbClasses, instrument: boolean, previous: Mention[]): { acts: ParsedAct[]; subject: Mention[] } {
  const ix = indexOf(vc);
  const p = parsed(text, mentions, ix.verbs, ix.nouns, ix.known);
  const out: ParsedAct[] = [];
  const subjects = new Map<number, Mention[]>();
  let main: Mention[] | undefined;
  let objectsBefore: Mention[] = [];
  const stopped = new Set<number>();
  p.groups.forEach((g, gi) => {
    const subj = subjectOf(p, g, gi, subjects, ix, previous);
    subjects.set(gi, subj.active);
    if (main === undefined && !g.infinitive && !g.passive && !insideAside(p, g.main)) main = subj.active.filter((m) => ix.subjectLabels.has(m.label));
    const after = argumentsAfter(p, g, ix);
    if (after.pronoun) after.direct = objectsBefore;
    // An aside's verb ("X, a company that shipped Y to Z, ... and added it to the List") lends no object to an "it" after it.
    else if (after.direct.length && !insideAside(p, g.main)) objectsBefore = after.direct;
    else if (subj.relativeObject && !g.passive) after.direct = subj.relativeObject;
    // "Under that rule, X may not be imported": a prohibition is the instrument's (or the agent's) restriction.
    if (g.passive && g.negative && g.auxiliaries.some((a) => PROHIBITING.has(a)) && !undecided(p, g)) {
      const agents = after.pps.filter((pp) => pp.prep === 'by').flatMap((pp) => pp.mentions);
      const under = [...after.pps.filter((pp) => pp.prep === 'under' || pp.prep === 'pursuant').flatMap((pp) => pp.mentions), ...subj.under].filter((m) => m.label === 'Law');
      for (const cls of (ix.byVerb.get(g.lemma) ?? []).filter((c) => c.prohibited)) pairs(out, cls, [...agents, ...under], subj.active);
    }
    // "Under Section 889, federal agencies may not buy equipment from Huawei": a prohibition binding a party no class
    // lets act is the instrument's restriction of what it may not trade in.
    if (!g.passive && g.negative && g.auxiliaries.some((a) => PROHIBITING.has(a)) && !undecided(p, g) && !subj.active.some((m) => ix.subjectLabels.has(m.label))) {
      const traded = [...after.direct, ...after.pps.filter((pp) => pp.prep === 'from').flatMap((pp) => pp.mentions), ...after.makers];
      for (const cls of (ix.byVerb.get(g.lemma) ?? []).filter((c) => c.prohibited)) pairs(out, cls, subj.under, traded);
    }
    if (blocked(p, g, gi, ix, instrument) || (subj.from !== undefined && stopped.has(subj.from))) {
      stopped.add(gi);
      return;
    }
    // "Under the Cyber Resilience Act, manufacturers of X must ...": a duty on those who make a thing regulates it.
    if (subj.borne?.length && g.auxiliaries.some((a) => /^(?:must|shall)$/.test(a))) for (const cls of ix.dutyClasses) pairs(out, cls, subj.under, subj.borne);
    // "USTR maintains duties under section 301 of X on Y": a measure named by a noun is the instrument's too (the
    // annotation's convention); a verb's act stays its subject's ("BIS added X to the Entity List under the EAR").
    const underLaws = after.pps.filter((pp) => pp.prep === 'under' || pp.prep === 'pursuant').flatMap((pp) => pp.mentions).filter((m) => m.label === 'Law');
    const classes = (ix.byVerb.get(g.lemma) ?? []).filter((c) => !c.prohibited);
    for (const cls of classes) {
      const needs = cls.requires ?? cls.prepositional?.[g.lemma];
      if (needs && !after.pps.some((pp) => needs.includes(pp.prep))) continue;
      const through = (role: string): Mention[] => {
        const t = after.throughPP.get(role);
        return t && (cls.throughOf || (t.head && cls.bearers?.includes(t.head))) ? t.mentions : [];
      };
      const direct = cls.bearers
        ? through('')
        : cls.prepositional?.[g.lemma]
          ? [...after.pps.filter((pp) => needs?.includes(pp.prep)).flatMap((pp) => pp.mentions), ...(needs ?? []).flatMap(through)]
          : [...after.direct, ...through('')];
      const makers = cls.makers ? after.makers : [];
      if (g.passive) {
        // The passive's subject is acted on; its agent ("by X"), else the instrument it was done under, acts.
        const agents = after.pps.filter((pp) => pp.prep === 'by').flatMap((pp) => pp.mentions);
        const under = agents.length ? [] : [...after.pps.filter((pp) => pp.prep === 'under' || pp.prep === 'pursuant').flatMap((pp) => pp.mentions), ...subj.under].filter((m) => m.label === 'Law');
        pairs(out, cls, [...agents, ...under], [...subj.active, ...makers, ...(cls.makers ? (subj.makers ?? []) : [])]);
      } else {
        pairs(out, cls, subj.active, [...direct, ...makers]);
      }
    }
    // "X falls within the scope of this Regulation": the instrument whose scope it is regulates X.
    if (!g.passive && ix.sets.scoped.has(g.lemma)) {
      const scope = after.throughPP.get('within') ?? after.throughPP.get('under');
      if (scope?.head === 'scope') for (const cls of ix.scopeClasses) pairs(out, cls, scope.mentions, subj.active);
    }
    // "ZTE has been under investigation by the Commission", "Huawei is subject to restrictions imposed by BIS": the
    // subject undergoes the measure of the agent named.
    if (!g.passive && (/^(?:be|is|are|was|were|been|being)$/.test(g.lemma) || ix.sets.undergo.has(g.lemma))) {
      const measure = after.heads.get('under') ?? after.heads.get('to');
      const agents = after.pps.filter((pp) => pp.prep === 'by').flatMap((pp) => pp.mentions);
      if (measure && agents.length) for (const cls of ix.byNoun.get(measure) ?? []) pairs(out, cls, agents, subj.active);
    }
    // "Chinese drones already face tariffs under section 301 of X": the subject undergoes the measure of the instrument
    // or body named.
    if (!g.passive && after.head && ix.sets.undergo.has(g.lemma)) {
      const actors = after.pps.filter((pp) => /^(?:under|by|from|pursuant)$/.test(pp.prep)).flatMap((pp) => pp.mentions);
      for (const cls of ix.byNoun.get(after.head) ?? []) pairs(out, cls, actors, subj.active);
    }
    // "imposed tariffs on X", "opened an investigation into X": a class noun as the verb's object; or the noun a
    // relative clause hangs on ("the sanctions that OFAC imposed on X").
    const head = after.head ?? (after.direct.length ? undefined : subj.relativeHead);
    if (!g.passive && head) {
      for (const cls of ix.byNoun.get(head) ?? []) {
        if (!(cls.light ?? []).includes(g.lemma)) continue;
        pairs(out, cls, [...subj.active, ...underLaws], [...after.pps.filter((pp) => (cls.nounPreps ?? []).includes(pp.prep)).flatMap((pp) => pp.mentions), ...(cls.makers ? after.makers : [])]);
      }
    }
  });
  out.push(...nominalisations(p, ix));
  return { acts: out, subject: main ?? [] };
}

function pairs(out: ParsedAct[], cls: VerbClass, subjects: Mention[], objects: Mention[]): void {
  for (const s of subjects) {
    if (!cls.subject.includes(s.label)) continue;
    // "Chinese drones": a demonym names the goods' origin, an object only of a class that says so.
    for (const o of objects) if (cls.object.includes(o.label) && o.id !== s.id && (o.via !== DEMONYM || cls.origin) && o.via !== VOICE && o.via !== BODY_NOUN) out.push({ cls, subject: s, object: o });
  }
}

/** Whether the group states no act: negated, modal, undecided, intended, or recommended in a report. */
function blocked(p: Parse, g: VerbGroup, gi: number, ix: Index, instrument: boolean): boolean {
  if (g.negative) return true;
  if (g.auxiliaries.some((a) => ix.sets.modal.has(a) || (!instrument && ix.sets.powers.has(a)))) return true;
  if (!instrument && g.auxiliaries.some((a) => ix.sets.recommendation.has(a))) return true;
  if (undecided(p, g)) return true;
  // An infinitive takes the intention of the verb it hangs on ("plans to ban X", "asked BIS to add X").
  if (g.infinitive) {
    const gov = governing(p, gi);
    if (!gov) return false;
    if (ix.sets.intent.has(gov.lemma) || gov.negative || gov.auxiliaries.some((a) => ix.sets.modal.has(a) || (!instrument && ix.sets.powers.has(a)))) return true;
    // "had no basis to restrict X", "rejected calls to ban X": a negated or intended noun between them.
    if (p.tokens.slice(gov.end + 1, g.start).some((t) => /^(?:no|not|never|nothing)$/.test(t.lower) || (t.kind === 'N' && ix.sets.intent.has(t.lower)))) return true;
    return blocked(p, gov, p.groups.indexOf(gov), ix, instrument);
  }
  // "denied that it had added X": a clause a denial governs is not stated.
  for (let q = gi - 1; q >= 0; q--) {
    const d = p.groups[q];
    if (ix.sets.denials.has(d.lemma) && p.tokens.slice(d.end + 1, g.start).some((t) => t.lower === 'that') && !p.tokens.slice(d.end + 1, g.start).some((t) => t.kind === 'PUNCT' && /^[;:]$/.test(t.text))) return true;
  }
  // "will propose to restrict": an intention verb with "will" before a class verb is caught above through its infinitive.
  return false;
}

/** "whether to add X", "If the Department adds X ..., exporters will ...": undecided up to the condition's comma. */
function undecided(p: Parse, g: VerbGroup): boolean {
  // "Were BIS to list X, ...", "Should the FCC add X, ...": an inverted condition up to its comma.
  if (/^(?:were|should|had)$/.test(p.tokens[0]?.lower ?? '') && !p.tokens.slice(0, g.start).some((t) => t.kind === 'PUNCT' && /^[,;:]$/.test(t.text))) return true;
  for (let k = g.start - 1; k >= 0; k--) {
    const t = p.tokens[k];
    if (t.kind === 'PUNCT' && /^[;:]$/.test(t.text)) break;
    if (t.kind === 'PUNCT' && t.text === ',' && !insideAside(p, k)) break;
    if (t.kind === 'SUB' && /^(?:whether|if|unless)$/.test(t.lower)) return true;
  }
  return false;
}

/** The modals of a prohibition ("may not be imported", "shall not be procured"). */
const PROHIBITING = new Set(['may', 'shall', 'must', 'can']);

/** The verb group an infinitive hangs on: the one before it in the same clause. */
function governing(p: Parse, gi: number): VerbGroup | undefined {
  for (let k = gi - 1; k >= 0; k--) {
    const g = p.groups[k];
    const between = p.tokens.slice(g.end + 1, p.groups[gi].start);
    if (between.some((t) => (t.kind === 'PUNCT' && /^[;:]$/.test(t.text)) || t.kind === 'REL' || t.kind === 'SUB')) return undefined;
    if (!insideAsideIndex(p, g.main) || insideAsideIndex(p, p.groups[gi].main)) return g;
  }
  return undefined;
}

const insideAside = (p: Parse, k: number): boolean => p.asides.some(([a, b]) => a <= k && k <= b);
const insideAsideIndex = insideAside;

/** The aside holding token k, if any. */
function asideOf(p: Parse, k: number): [number, number] | undefined {
  return p.asides.find(([a, b]) => a < k && k < b);
}

interface SubjectReading {
  /** The group's grammatical subject (for a passive, what is acted on). */
  active: Mention[];
  /** Instruments of an opening "Under the Act," before the subject. */
  under: Mention[];
  /** The makers a participle in the subject names ("Drones made by DJI were banned"). */
  makers?: Mention[];
  /** The noun a relative clause with its own subject hangs on ("the sanctions that OFAC imposed on X"). */
  relativeHead?: string;
  /** The group whose subject this one takes through a means verb ("is expected to finalize its rule banning X"): its
   *  negation, modality or intention is this one's too. */
  from?: number;
  /** Names a duty bearer's "of" phrase names ("manufacturers of X must ..."). */
  borne?: Mention[];
  /** The names a relative clause with its own subject stands for, its verb's object ("X, which BIS added to ..."). */
  relativeObject?: Mention[];
}

/**
 * The subject of group `gi`: the mentions heading the noun group left of it in its clause (past asides that do not
 * hold it, past "of" phrases), with those coordinated with them; a relative clause's antecedent; a coordinated
 * predicate's or an infinitive's governing subject (or the object between them: "directed BIS to add X").
 */
function subjectOf(p: Parse, g: VerbGroup, gi: number, done: Map<number, Mention[]>, ix: Index, previous: Mention[]): SubjectReading {
  const { tokens } = p;
  const own = asideOf(p, g.start);
  const under: Mention[] = [];
  if (g.infinitive) {
    // "the FCC's decision to add X", "the authority of the FCC to add X": a noun's infinitive, its agent the actor.
    const byNoun = nounInfinitiveAgent(p, g, ix);
    if (byNoun) return { active: byNoun, under };
    const gov = governing(p, gi);
    if (!gov) return { active: [], under };
    const governor = done.get(p.groups.indexOf(gov)) ?? [];
    // "issues this rule to prohibit X": an instrument issued or used is the actor's means, no actor.
    if (ix.sets.means.has(gov.lemma)) return { active: governor, under };
    const between = nounGroupMentions(tokens.slice(gov.end + 1, g.start - 1), ix);
    return { active: between.length ? between : governor, under };
  }
  if (g.participle) return { active: leftObjects(p, g.start, ix), under };
  // "... met the Service and restricted X", "..., and then added Y": a predicate coordinated with the verb before.
  let c = g.start - 1;
  while (c >= 0 && (tokens[c].tags.includes('Adverb') || (tokens[c].kind === 'PUNCT' && tokens[c].text === ','))) c--;
  if (c >= 0 && tokens[c].kind === 'CC' && gi > 0) {
    for (let q = gi - 1; q >= 0; q--) if (!insideAside(p, p.groups[q].main) || own) return { active: done.get(q) ?? [], under };
  }
  // Walk left over the subject's noun group.
  const span: Token[] = [];
  let relativeHead: string | undefined;
  let relativeObject: Mention[] = [];
  let k = g.start - 1;
  for (; k >= 0; k--) {
    const t = tokens[k];
    const aside = asideOf(p, k) ?? p.asides.find(([, b]) => b === k);
    if (aside && aside !== own && !(own && aside[0] <= own[0] && own[1] <= aside[1])) {
      k = aside[0];
      continue;
    }
    if (own && k <= own[0]) break;
    // "Drones made by DJI were banned": a participle inside the subject is part of its noun group.
    if (t.kind === 'V' && p.groups.some((x) => x.main === k && x.participle)) {
      span.unshift({ ...t, kind: 'P' });
      continue;
    }
    if (t.kind === 'V' || t.kind === 'TO' || t.kind === 'SUB') break;
    if (t.kind === 'PUNCT' && t.text !== ',') break;
    if (t.kind === 'PUNCT' && !listComma(span)) break;
    if (t.kind === 'REL' || t.lower === 'that') {
      // "X, which restricted Y": the antecedent, unless the clause has its own subject ("the modules that X banned",
      // "told BIS that it will review X").
      if (span.some((x) => x.kind === 'M' || x.kind === 'N')) {
        relativeHead = tokens[k - 1]?.kind === 'N' || tokens[k - 1]?.kind === 'V' ? tokens[k - 1].lower : undefined;
        // "Huawei, which BIS added to the Entity List": the antecedent is the clause verb's object.
        relativeObject = antecedent(p, k, new Map(), ix);
        break;
      }
      return { active: antecedent(p, k, done, ix), under };
    }
    span.unshift(t);
  }
  // "After BIS added X to the list, ...": a clause opened by a preposition-like subordinator has its subject after it.
  if (span[0]?.kind === 'P' && /^(?:after|before|since|until|once)$/.test(span[0].lower) && span[1] && (span[1].kind === 'M' || span[1].tags.includes('Determiner'))) span.shift();
  const makers: Mention[] = [];
  for (let i = 0; i + 1 < span.length; i++) if (ix.sets.makers.has(span[i].lower) && span[i + 1].lower === 'by') makers.push(...span.slice(i + 2).filter((x) => x.kind === 'M').flatMap((x) => x.mentions ?? []));
  const bearer = span.findIndex((t) => t.kind === 'N' && ix.bearers.has(t.lower));
  const borne = bearer >= 0 && span[bearer + 1]?.lower === 'of' ? span.slice(bearer + 2).filter((x) => x.kind === 'M').flatMap((x) => x.mentions ?? []) : [];
  // "..., and restricted X", "... and it restricted X", "said that it was investigating X": the subject of the verb
  // before; an opening "It" the actor of the sentence before.
  const content = span.filter((t) => !(t.kind === 'N' && t.tags.includes('Adverb'))).filter((t, i) => !(i === 0 && t.lower === 'that'));
  const pronoun = content.length === 1 && /^(?:it|they)$/.test(content[0].lower);
  // "..., and in December 2024 banned X": a coordinated predicate after a phrase naming no one.
  const coordinated = content[0]?.kind === 'CC' && (content.slice(1).every((t) => t.kind === 'CC' || /^(?:it|they|then|also)$/.test(t.lower)) || (content[1]?.kind === 'P' && !content.some((t) => t.kind === 'M')));
  if (content.length === 0 || pronoun || coordinated) {
    for (let q = gi - 1; q >= 0; q--) if (!insideAside(p, p.groups[q].main) || own) return { active: done.get(q) ?? [], under };
    // An opening "It", or an item with no subject, takes up the actor lent to it.
    return { active: (pronoun || content.length === 0) && k < 0 && gi === 0 ? previous : [], under };
  }
  // An opening "Under the Act," before the subject: the instrument a passive was done under.
  for (let q = 0; q < k && q < tokens.length; q++) {
    if (tokens[q].kind === 'P' && /^(?:under|pursuant)$/.test(tokens[q].lower)) {
      for (let r = q + 1; r < tokens.length && !(tokens[r].kind === 'PUNCT'); r++) if (tokens[r].kind === 'M') under.push(...(tokens[r].mentions ?? []));
    }
  }
  if (k >= 0 && tokens[k].kind === 'PUNCT' && tokens[k].text === ',') {
    for (let q = 0; q < k; q++) {
      if (tokens[q].kind === 'P' && /^(?:under|pursuant)$/.test(tokens[q].lower)) {
        for (let r = q + 1; r < k; r++) if (tokens[r].kind === 'M') under.push(...(tokens[r].mentions ?? []));
      }
    }
  }
  const heads = nounGroupMentions(span, ix);
  // "shall issue regulations governing X", "publish rules that prohibit X": a verb of the instrument a means verb makes
  // is that verb's subject's act.
  if (!heads.length && k >= 0 && !span.some((t) => t.kind === 'M')) {
    const before = p.groups.findIndex((x) => x.main === k);
    if (before >= 0 && ix.sets.means.has(p.groups[before].lemma) && /ing$/.test(tokens[g.main].lower)) return { active: done.get(before) ?? [], under, from: before };
  }
  return { active: heads, under: [...new Set(under)], makers, borne, ...(relativeHead ? { relativeHead } : {}), ...(relativeObject.length ? { relativeObject } : {}) };
}

/** The agent of a noun an infinitive hangs on ("the FCC's decision to add X", "a decision by the FCC to add X", "the
 *  authority of the FCC to add X"): its possessor, or the mention of its "by" or "of" phrase; none for a noun of
 *  intention ("the FCC's plan to ban X"). */
function nounInfinitiveAgent(p: Parse, g: VerbGroup, ix: Index): Mention[] | undefined {
  const { tokens } = p;
  for (let k = g.start - 2, n = 0; k >= 0 && n < 8; k--, n++) {
    const t = tokens[k];
    if (t.kind === 'V' || t.kind === 'PUNCT' || t.kind === 'REL' || t.kind === 'SUB') return undefined;
    if (t.kind !== 'N' || !ix.sets.mandates.has(t.lower)) continue;
    if (ix.sets.intent.has(t.lower)) return [];
    const possessor = tokens[k - 1]?.kind === 'M' && tokens[k - 1].possessive ? (tokens[k - 1].mentions ?? []) : [];
    const after = tokens.slice(k + 1, g.start - 1);
    const agent = after.findIndex((u) => u.kind === 'P' && /^(?:by|of)$/.test(u.lower));
    const named = agent >= 0 ? (after.slice(agent + 1).find((u) => u.kind === 'M')?.mentions ?? []) : [];
    return possessor.length ? possessor : named;
  }
  return undefined;
}

/** Whether a comma before `span` (the tokens read so far, right of it) separates a list's items: what follows it
 *  is a noun group with a coordinator ahead ("A, B and C", "A, B, and C"). */
function listComma(span: Token[]): boolean {
  const cc = span.findIndex((t) => t.kind === 'CC');
  return cc > 0 && span.slice(0, cc).every((t) => t.kind === 'M' || t.kind === 'N' || (t.kind === 'PUNCT' && t.text === ','));
}

/** The noun before a relative pronoun at `k` (past a comma), with those coordinated with it; for a noun a means
 *  verb makes ("publish rules that prohibit X"), that verb's subject. */
function antecedent(p: Parse, k: number, done: Map<number, Mention[]>, ix: Index): Mention[] {
  let q = k - 1;
  while (q >= 0 && p.tokens[q].kind === 'PUNCT') {
    const aside = p.asides.find(([, b]) => b === q);
    // 'a final rule (the "Connected Vehicles Rule") that prohibits X': the name a parenthesis gives the noun acts.
    const named = aside && p.tokens[aside[0]].text === '(' ? p.tokens.slice(aside[0] + 1, aside[1]).find((t) => t.kind === 'M') : undefined;
    if (named) return named.mentions ?? [];
    q = aside ? aside[0] - 1 : q - 1;
  }
  if (p.tokens[q]?.kind === 'N') {
    let r = q;
    while (r >= 0 && p.tokens[r].kind === 'N') r--;
    const maker = p.groups.findIndex((x) => x.main === r);
    return maker >= 0 && ix.sets.means.has(p.groups[maker].lemma) ? (done.get(maker) ?? []) : [];
    // (the means verb's own state is its clause's: a relative clause after it is read on its own)
  }
  if (p.tokens[q]?.kind !== 'M') return [];
  return coordinatedBefore(p, q);
}

/** The mention at token `q` and those coordinated before it ("A and B", "A, B and C"). */
function coordinatedBefore(p: Parse, q: number): Mention[] {
  const out = [...(p.tokens[q].mentions ?? [])];
  let r = q - 1;
  while (r >= 1) {
    const t = p.tokens[r];
    if (t.kind === 'CC' || (t.kind === 'PUNCT' && t.text === ',')) {
      let s = r - 1;
      if (t.kind === 'CC' && p.tokens[s]?.kind === 'PUNCT' && p.tokens[s].text === ',') s--;
      while (s >= 0 && p.tokens[s].kind === 'N' && /^(?:the|its|their)$/.test(p.tokens[s].lower)) s--;
      if (p.tokens[s]?.kind !== 'M' || p.tokens[s - 1]?.kind === 'P') break;
      out.push(...(p.tokens[s].mentions ?? []));
      r = s - 1;
    } else break;
  }
  return out;
}

/** The object a bare participle modifies: the mention right before it ("companies designated by OFAC" has none, "X
 *  designated by OFAC" X), with those coordinated with it. */
function leftObjects(p: Parse, start: number, ix: Index): Mention[] {
  let q = start - 1;
  while (q >= 0 && p.tokens[q].kind === 'PUNCT' && p.tokens[q].text === ',') q--;
  if (p.tokens[q]?.kind !== 'M') return [];
  void ix;
  return coordinatedBefore(p, q);
}

/**
 * The head mentions of a noun group read left to right (`span`): those in no prepositional phrase, not a possessor
 * ("Commerce's BIS": BIS), not a modifier of a noun after them ("the FCC chairman"), with those coordinated.
 */
function nounGroupMentions(span: Token[], ix: Index): Mention[] {
  const out: Mention[] = [];
  let inPP = false;
  for (let i = 0; i < span.length; i++) {
    const t = span[i];
    const prev = span[i - 1];
    // An opening phrase without its comma ends where a new noun group starts: "In 2022 the FCC", "In May BIS".
    const opens = !!prev && prev.kind === 'N' && !prev.tags.includes('Determiner') && (t.tags.includes('Determiner') || (t.kind === 'M' && (prev.tags.includes('Date') || prev.tags.includes('Value') || prev.tags.includes('Month') || /^\d/.test(prev.text))));
    if (t.kind === 'P') inPP = true;
    else if (t.kind === 'CC' || (t.kind === 'PUNCT' && t.text === ',') || opens) inPP = false;
    if (t.kind === 'M' && !inPP && !t.possessive && !modifies(span, i, ix)) out.push(...(t.mentions ?? []));
  }
  // "No funds", "Nothing in X": a negated subject states nothing.
  if (span.some((t) => /^(?:no|nothing|neither|none)$/.test(t.lower))) return [];
  // "Officials at BIS added X": staff act for the body their phrase names.
  if (!out.length) {
    // "Today's action by BIS adds X": an act names its actor in its "by" or "of" phrase.
    const head = span.findIndex((t) => t.kind === 'N' && (ix.sets.staff.has(t.lower) || (ix.sets.mandates.has(t.lower) && !ix.sets.intent.has(t.lower))));
    if (head >= 0 && span[head + 1]?.kind === 'P' && /^(?:at|of|from|in|for|with|by)$/.test(span[head + 1].lower)) {
      const body = span.slice(head + 2).find((t) => t.kind === 'M');
      if (body) return body.mentions ?? [];
    }
  }
  return out;
}

/** Whether the mention at `i` modifies a noun after it ("drone makers", "the FCC chairman"). */
function modifies(span: Token[], i: number, ix: Index): boolean {
  const next = span[i + 1];
  return !!next && next.kind === 'N' && ix.sets.modifierHeads.has(next.lower);
}

interface After {
  direct: Mention[];
  /** The direct object's head noun when no mention heads it ("tariffs" of "imposed tariffs on X"), singular as written. */
  head?: string;
  pps: { prep: string; mentions: Mention[] }[];
  /** The makers named by a maker participle's "by" ("drones made by DJI"). */
  makers: Mention[];
  /** The "of" phrase's names after a direct object no name heads ("the features of X"). */
  through: Mention[];
  /** Per role, the "of" phrase's names after a phrase no name heads ("applies to providers of X"), and that phrase's head. */
  throughPP: Map<string, { head?: string; mentions: Mention[] }>;
  /** Per preposition, the head noun of its first phrase no name heads ("under investigation", "subject to restrictions"). */
  heads: Map<string, string>;
  /** The direct object is "it" or "them": the object of the verb before ("designated X ... and added it to the List"). */
  pronoun?: boolean;
}

/** The prepositions of a transparent noun that name what is acted on ("imports of X", "exports to China",
 *  "authorizations for X"). */
const TRANSPARENT_PREPS = new Set(['of', 'from', 'to', 'for']);
/** Coordinators that add a member to the phrase before "of" ("on products of Chinese origin, including X"). */
const INCLUDING = /^(?:including|such as)$/;

/**
 * The arguments right of a verb group up to its clause's end: the direct object's mentions (and those coordinated with
 * them; through a transparent noun's "of": "imports of X"; a gerund's after a preposition: "bars agencies from buying
 * X"), and each prepositional phrase's mentions by preposition.
 */
function argumentsAfter(p: Parse, g: VerbGroup, ix: Index): After {
  const { tokens } = p;
  const own = asideOf(p, g.main);
  const out: After = { direct: [], pps: [], makers: [], through: [], throughPP: new Map(), heads: new Map() };
  let afterMaker = false;
  const items: { role: string; tokens: Token[]; coordinated?: boolean; clause?: boolean; also?: string }[] = [{ role: '', tokens: [] }];
  for (let k = g.end + 1; k < tokens.length; k++) {
    const t = tokens[k];
    if (own && k >= own[1]) break;
    const aside = p.asides.find(([a]) => a === k);
    if (aside && aside !== own) {
      k = aside[1];
      continue;
    }
    // "an investigation into whether imports of X threaten ...", "is investigating whether X received ...": the
    // question's subject is what is investigated.
    if (t.kind === 'SUB' && t.lower === 'whether' && (tokens[k - 1]?.kind === 'P' || (k === g.end + 1 && ix.sets.questions.has(g.lemma)))) continue;
    // "transactions that involve X", "vehicles that run software from X": a relative clause saying what a thing holds
    // reads on as its "of".
    if ((t.kind === 'REL' || t.lower === 'that') && tokens[k + 1]?.kind === 'V' && ix.sets.holding.has(tokens[k + 1].lemma) && k > g.end + 1) {
      items.push({ role: 'of', tokens: [] });
      k++;
      continue;
    }
    if (t.kind === 'REL' || t.kind === 'SUB') break;
    if (t.kind === 'PUNCT' && t.text !== ',') break;
    // "announced that the tariff ... would rise": a complement clause is no object.
    if (t.lower === 'that' && k === g.end + 1) break;
    // "transactions involving X": a linking participle opens its noun's "of".
    if ((t.kind === 'V' || t.kind === 'N') && ix.sets.linkers.has(t.lower)) {
      items.push({ role: 'of', tokens: [] });
      continue;
    }
    // "cells imported from China": an origin participle hands its "from" phrase on.
    if (t.kind === 'V' && ix.sets.origins.has(t.lower) && tokens[k + 1]?.kind === 'P') {
      items.push({ role: 'from', tokens: [] });
      k++;
      continue;
    }
    // "subject to export restrictions imposed by BIS": a participle whose "by" phrase names who imposed the measure.
    if (t.kind === 'V' && ix.sets.imposers.has(t.lower) && tokens[k + 1]?.lower === 'by') {
      items.push({ role: 'by', tokens: [] });
      k++;
      continue;
    }
    if (t.kind === 'V') {
      // "drones made by DJI": a maker participle hands its agent to the objects.
      if (ix.sets.makers.has(t.lower) && tokens[k + 1]?.lower === 'by') {
        afterMaker = true;
        k++;
        continue;
      }
      // "designed, developed or supplied by X": the participles before the last one of a maker chain.
      if (ix.sets.makers.has(t.lower) && tokens.slice(k + 1, k + 6).some((u, j) => ix.sets.makers.has(u.lower) && tokens[k + 2 + j]?.lower === 'by')) {
        while (tokens[k + 1] && (tokens[k + 1].kind === 'CC' || tokens[k + 1].text === ',')) k++;
        continue;
      }
      // "hardware linked to China", "entities tied to China or Russia": a tie names an origin, as a maker does.
      if (ix.sets.ties.has(t.lower) && tokens[k + 1]?.kind === 'P') {
        afterMaker = true;
        k++;
        continue;
      }
      // "bars executive agencies from procuring X": the gerund's objects are what the verb acts on.
      if (tokens[k - 1]?.kind === 'P' && /ing$/.test(t.lower)) {
        items.push({ role: 'gerund', tokens: [] });
        continue;
      }
      // "..., and two of our distributors, X and Y, were added": the noun groups since the coordinator before a
      // finite verb are its subject, no object.
      const clauseAt = items.findLastIndex((it) => it.clause);
      const at = clauseAt >= 0 ? clauseAt : items.findLastIndex((it) => it.coordinated);
      if (at > 0) items.splice(at);
      break;
    }
    if (t.kind === 'TO') break;
    if (t.kind === 'CC' && tokens[k + 1]?.kind === 'V') break;
    if (t.kind === 'PUNCT' && tokens[k + 1]?.kind === 'CC' && tokens[k + 2]?.kind === 'V') break;
    if (t.kind === 'P') {
      afterMaker = false;
      items.push({ role: t.lower, tokens: [] });
      continue;
    }
    if (t.kind === 'CC' || (t.kind === 'PUNCT' && t.text === ',')) {
      // A coordinated noun group keeps the role of the one before ("imports of X and Y"); "including" that of the
      // phrase an "of" hangs on ("on products of Chinese origin, including X"); a maker's, its maker role ("by X or Y").
      if (afterMaker && tokens[k + 1]?.kind === 'M') continue;
      afterMaker = false;
      const roles = items.map((it) => it.role);
      // "including" after an "of" phrase names members of both ("the addition of 12 entities, including X, to the List").
      // "12 entities to the Entity List, including X": the members of the nearest nameless phrase before, not of "of".
      const including = INCLUDING.test(t.lower);
      const role = including ? (items.findLast((it) => it.role !== 'of' && !it.tokens.some((u) => u.kind === 'M'))?.role ?? roles.findLast((r) => r !== 'of') ?? '') : (roles.at(-1) ?? '');
      const also = including && roles.at(-1) === 'of' ? 'of' : undefined;
      const word = t.kind === 'CC' && !including;
      items.push({ role, tokens: [], coordinated: word, clause: word && tokens[k - 1]?.kind === 'PUNCT' && tokens[k - 1].text === ',', ...(also ? { also } : {}) });
      continue;
    }
    if (afterMaker && t.kind === 'M') {
      out.makers.push(...(t.mentions ?? []));
      continue;
    }
    items.at(-1)?.tokens.push(t);
  }
  const direct = (role: string): boolean => role === '' || role === 'gerund';
  let headNoun: string | undefined;
  let negated = false;
  // The role a transparent head opened ("" for the direct object, "on" for "tariffs on imports of X"), whose "of" items
  // join it.
  let transparentRole: string | undefined;
  for (const it of items) {
    // A possessor inside a preposition's phrase is what it concerns ("an investigation into China's practices").
    // A demonym inside a preposition's phrase names a destination or origin ("to American motor makers").
    const ms = it.tokens.flatMap((t, i) => (t.kind === 'M' && (!t.possessive || !direct(it.role)) && (!modifies(it.tokens, i, ix) || (!direct(it.role) && t.mentions?.every((m) => m.via === DEMONYM))) ? (t.mentions ?? []) : []));
    const nouns = it.tokens.filter((t) => t.kind === 'N' && !t.tags.includes('Determiner') && !t.tags.includes('Adjective'));
    const head = nouns.at(-1)?.lower;
    if (it.also) addPP(out, it.also, ms);
    if (direct(it.role)) {
      if (it.tokens.some((t) => t.lower === 'no')) negated = true;
      if (!ms.length && it.role === '' && it.tokens.length === 1 && /^(?:it|them)$/.test(it.tokens[0].lower)) out.pronoun = true;
      out.direct.push(...ms);
      if (!ms.length && head && headNoun === undefined && it.role === '') {
        headNoun = compound(nouns, ix);
        // "a proposed ban on X": a hedged class noun is no act.
        if (it.tokens.some((t) => ix.sets.hedges.has(t.lower))) headNoun = undefined;
      }
      transparentRole = !ms.length && head && ix.sets.transparent.has(head) ? '' : undefined;
      continue;
    }
    if (transparentRole !== undefined && TRANSPARENT_PREPS.has(it.role)) {
      if (transparentRole === '') out.direct.push(...ms);
      else addPP(out, transparentRole, ms);
    } else transparentRole = undefined;
    addPP(out, it.role, ms);
    if (!ms.length && head && ix.sets.transparent.has(head) && !TRANSPARENT_PREPS.has(it.role)) transparentRole = it.role;
  }
  if (negated) return { direct: [], pps: [], makers: [], through: [], throughPP: new Map(), heads: new Map() };
  for (const it of items) {
    const head = compound(it.tokens.filter((t) => t.kind === 'N' && !t.tags.includes('Determiner') && !t.tags.includes('Adjective')), ix);
    if (it.role && head && !out.heads.has(it.role) && !it.tokens.some((t) => t.kind === 'M')) out.heads.set(it.role, head);
  }
  // The "of" phrases right after a phrase no name heads, by that phrase's role.
  items.forEach((it, i) => {
    if (i === 0 && it.role !== '') return;
    if (it.role === 'of' || it.tokens.some((t) => t.kind === 'M') || items[i + 1]?.role !== 'of' || out.throughPP.has(it.role)) return;
    const entry = { head: it.tokens.filter((t) => t.kind === 'N').at(-1)?.lower, mentions: [] as Mention[] };
    for (let j = i + 1; j < items.length && items[j].role === 'of'; j++) entry.mentions.push(...items[j].tokens.flatMap((t) => (t.kind === 'M' ? (t.mentions ?? []) : [])));
    out.throughPP.set(it.role, entry);
  });
  out.through = out.throughPP.get('')?.mentions ?? [];
  // "a 10 percent rate of duty on X": the class noun of the head's "of" phrase.
  const ofItem = items.find((it, i) => i > 0 && it.role === 'of' && direct(items[i - 1].role));
  if (headNoun && !ix.byNoun.has(headNoun) && ofItem) {
    const nouns = ofItem.tokens.filter((t) => t.kind === 'N' && !t.tags.includes('Determiner') && !t.tags.includes('Adjective'));
    const inner = compound(nouns, ix);
    if (inner && ix.byNoun.has(inner) && !ofItem.tokens.some((t) => t.kind === 'M')) headNoun = inner;
  }
  if (headNoun) out.head = headNoun;
  return out;
}

function addPP(out: After, prep: string, ms: Mention[]): void {
  const same = out.pps.find((x) => x.prep === prep);
  if (same) same.mentions.push(...ms);
  else out.pps.push({ prep, mentions: [...ms] });
}

/** A noun group's head as a class noun may name it: its last two words when a class lists them ("licence
 *  requirement"), else its last word. */
function compound(nouns: Token[], ix: Index): string | undefined {
  const last = nouns.at(-1)?.lower;
  const two = nouns.length > 1 ? `${nouns.at(-2)?.lower} ${last}` : undefined;
  return two && ix.byNoun.has(two) ? two : last;
}

/**
 * "X's ban on Y", "the addition of Y to the Entity List by X", "an investigation by X into Y": a class noun whose
 * possessor or "by" phrase names the actor, its preposition's phrase the object, in a clause stating it (not negated,
 * not under a modal or intention verb, not hedged).
 */
function nominalisations(p: Parse, ix: Index): ParsedAct[] {
  const out: ParsedAct[] = [];
  const { tokens } = p;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'N') continue;
    const two = i > 0 && tokens[i - 1].kind === 'N' ? `${tokens[i - 1].lower} ${t.lower}` : '';
    const classes = ix.byNoun.get(two) ?? ix.byNoun.get(t.lower);
    if (!classes) continue;
    // The possessor right before the noun, past adjectives: "the FCC's new ban on X".
    let q = i - 1;
    let hedged = false;
    while (q >= 0 && tokens[q].kind === 'N' && !tokens[q].possessive) {
      if (ix.sets.hedges.has(tokens[q].lower)) hedged = true;
      q--;
    }
    if (hedged) continue;
    // The possessor, or a name right before the noun ("the FCC ban on X"); or the possessor of a noun whose "of" phrase
    // the class noun is ("USTR's increase of the Section 301 duty on X").
    // A list named before the noun is what it is about, no actor ("the Entity List designation of X").
    const compoundAgent = q === i - 1 && !/\blist$/i.test(tokens[q]?.text ?? '');
    let possessor = q >= 0 && tokens[q].kind === 'M' && (tokens[q].possessive || compoundAgent) ? (tokens[q].mentions ?? []) : [];
    if (!possessor.length) {
      let r = i - 1;
      while (r >= 0 && (tokens[r].kind === 'N' || (tokens[r].kind === 'M' && !tokens[r].possessive))) r--;
      if (tokens[r]?.lower === 'of' && ix.sets.wrappers.has(tokens[r - 1]?.lower ?? '') && tokens[r - 2]?.kind === 'M' && tokens[r - 2].possessive) possessor = tokens[r - 2].mentions ?? [];
    }
    // The phrases after the noun, up to a verb or clause boundary.
    const pps: { prep: string; mentions: Mention[] }[] = [];
    let prep = '';
    let traded = false;
    for (let k = i + 1; k < tokens.length; k++) {
      const u = tokens[k];
      // "a ban on drones made by DJI": the maker's "by" phrase, restricted with the things for a class that says so.
      if (u.kind === 'V' && ix.sets.makers.has(u.lower) && tokens[k + 1]?.lower === 'by') {
        prep = 'maker';
        k++;
        continue;
      }
      // "Tariffs imposed under section 232 of X on steel": the noun's own participle, its "under" phrase the instrument.
      if (u.kind === 'V' && k === i + 1 && p.groups.some((g) => g.main === k && g.participle)) continue;
      if (u.kind === 'V' || u.kind === 'REL' || u.kind === 'SUB' || u.kind === 'TO' || (u.kind === 'PUNCT' && u.text !== ',')) break;
      // "restrictions on exports of chips to China": after a trade noun, its destination or origin is an object too.
      if (u.kind === 'N' && ix.sets.transparent.has(u.lower)) traded = true;
      if (u.kind === 'P') prep = traded && /^(?:to|from)$/.test(u.lower) ? 'of' : u.lower;
      else if (u.kind === 'M' && prep) {
        const last = pps.at(-1);
        if (last?.prep === prep) last.mentions.push(...(u.mentions ?? []));
        else pps.push({ prep, mentions: [...(u.mentions ?? [])] });
      }
    }
    const agents = [...possessor, ...pps.filter((x) => x.prep === 'by' || (x.prep === 'under' && x.mentions.every((m) => m.label === 'Law'))).flatMap((x) => x.mentions)];
    if (!agents.length) continue;
    // The clause's verb must state it: not negated, no modal, no intention ("called for a ban", "would lift its ban").
    const verb = p.groups.filter((g) => g.main < i).at(-1) ?? p.groups.find((g) => g.start > i);
    if (verb && (verb.negative || verb.auxiliaries.some((a) => ix.sets.modal.has(a) || ix.sets.powers.has(a) || ix.sets.recommendation.has(a)) || ix.sets.intent.has(verb.lemma))) continue;
    if (tokens.slice(0, i).some((u) => u.kind === 'SUB' && /^(?:whether|if|unless)$/.test(u.lower))) continue;
    for (const cls of classes) {
      const objects = pps.filter((x) => (cls.nounPreps ?? []).includes(x.prep) || (cls.makers && x.prep === 'maker')).flatMap((x) => x.mentions);
      pairs(out, cls, agents, objects);
    }
  }
  return out;
}
