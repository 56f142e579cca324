// Loads the norm vocabularies (YAML beside this file) and validates them strictly: a typo in a data
// file must fail loudly with the file's name, never silently drop a mapping (zavod lookups).
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

import type { Lang } from '../languages/index.ts';

export type { Lang };
export type Modality = 'DUTY' | 'PROHIBITION' | 'PERMISSION' | 'POWER';
export type MarkerModality = Exclude<Modality, 'POWER'>;

export interface Patterns {
  zh: string[];
  en: string[];
}

export interface ActorClass {
  id: string;
  name: string;
  nameZh?: string;
  subclassOf?: string;
  /** True for classes that take in every organisation of the jurisdiction (任何组织和公民): the
   *  applicability rules need no membership fact for them (graph/rules/20-bound-by.cypher). */
  coversEveryOrganisation?: boolean;
  patterns: Patterns;
}

export interface Authority {
  id: string;
  name: string;
  nameZh?: string;
  acronym?: string;
  jurisdiction: 'cn' | 'eu' | 'intl' | 'foreign';
  patterns: Patterns;
}

export interface Action {
  id: string;
  label: string;
  /** Duties that answer this power (for TRIGGERS). */
  answeredBy: string[];
  /**
   * Whom a duty with this action is owed to when the sentence names no authority as the action's
   * object: Authority ids (支持国家情报工作 -> the intelligence agencies), or `named` — the authority
   * the sentence names elsewhere (公安机关…调取数据，有关组织、个人应当予以配合). Empty: nobody.
   */
  owedTo: string[] | 'named';
  patterns: Patterns;
}

export interface DataCategory {
  id: string;
  name: string;
  nameZh?: string;
  patterns: Patterns;
}

export interface Modalities {
  precedence: MarkerModality[];
  markers: Record<MarkerModality, Patterns>;
  power: { direct: Patterns; verbs: Patterns; enWindow: number };
  /** Regular expressions: the words before a marker / after it (from its end) that make it no norm. */
  nonNormative: Record<Lang, { before: string[]; after: string[] }>;
  exceptions: Patterns;
  conditions: Patterns;
  /**
   * When a duty is owed to an authority it mentions: `before` — the words just before the authority
   * (or before the list it heads) that make it the object the action is directed to (向…报告, 为…提供,
   * 配合, "notify the"); `after` — the words just after it that do (与…密切配合).
   */
  directedTo: Record<Lang, { before: string[]; after: string[] }>;
  /** A clause subject that is a state body outside the vocabularies (收到举报的部门, 国家, 工作人员): the
   *  text before the marker, in its clause, ends with one of these. Such a norm binds no actor class and
   *  its subject is not carried to the next sentence. */
  stateSubject: Patterns;
}

export interface Vocabulary {
  dir: string;
  actors: ActorClass[];
  authorities: Authority[];
  actions: Action[];
  dataCategories: DataCategory[];
  modalities: Modalities;
}

export class VocabularyError extends Error {
  readonly file: string;
  constructor(file: string, reason: string) {
    super(`${file}: ${reason}`);
    this.name = 'VocabularyError';
    this.file = file;
  }
}

export const FILES = {
  actors: 'actors.yaml',
  authorities: 'authorities.yaml',
  actions: 'actions.yaml',
  dataCategories: 'data-categories.yaml',
  modalities: 'modalities.yaml',
} as const;

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const MODALITIES: MarkerModality[] = ['DUTY', 'PROHIBITION', 'PERMISSION'];
const JURISDICTIONS = ['cn', 'eu', 'intl', 'foreign'];

type Raw = Record<string, unknown>;

function readYaml(dir: string, file: string): unknown {
  const full = path.join(dir, file);
  let text: string;
  try {
    text = fs.readFileSync(full, 'utf8');
  } catch (e) {
    throw new VocabularyError(file, `cannot read (${(e as Error).message})`);
  }
  try {
    return parse(text);
  } catch (e) {
    throw new VocabularyError(file, `invalid YAML (${(e as Error).message})`);
  }
}

/** Reads one list file into typed entries, rejecting unknown keys, bad slugs and duplicate ids. */
function entries(file: string, data: unknown, allowed: string[], required: string[]): Raw[] {
  if (!Array.isArray(data)) throw new VocabularyError(file, 'expected a list of entries');
  const seen = new Set<string>();
  return data.map((e, i) => {
    if (typeof e !== 'object' || e === null || Array.isArray(e)) throw new VocabularyError(file, `entry ${i} is not a mapping`);
    const raw = e as Raw;
    const where = `entry ${i} (${String(raw.id ?? '?')})`;
    for (const k of Object.keys(raw)) if (!allowed.includes(k)) throw new VocabularyError(file, `${where}: unknown key "${k}"`);
    for (const k of required) if (raw[k] === undefined) throw new VocabularyError(file, `${where}: missing "${k}"`);
    const id = raw.id;
    if (typeof id !== 'string' || !SLUG.test(id)) throw new VocabularyError(file, `${where}: id must be a lowercase slug`);
    if (seen.has(id)) throw new VocabularyError(file, `duplicate id "${id}"`);
    seen.add(id);
    for (const k of ['name', 'nameZh', 'label', 'acronym']) {
      if (raw[k] !== undefined && typeof raw[k] !== 'string') throw new VocabularyError(file, `${where}: "${k}" must be a string`);
    }
    return raw;
  });
}

function strings(file: string, where: string, v: unknown): string[] {
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v) || v.some((s) => typeof s !== 'string' || s === '')) {
    throw new VocabularyError(file, `${where}: expected a list of non-empty strings`);
  }
  return v as string[];
}

function patterns(file: string, where: string, v: unknown, regex: boolean): Patterns {
  if (v === undefined) return { zh: [], en: [] };
  if (typeof v !== 'object' || v === null) throw new VocabularyError(file, `${where}: patterns must be a mapping {zh, en}`);
  const raw = v as Raw;
  for (const k of Object.keys(raw)) if (k !== 'zh' && k !== 'en') throw new VocabularyError(file, `${where}: unknown language "${k}"`);
  const p = { zh: strings(file, `${where}.zh`, raw.zh), en: strings(file, `${where}.en`, raw.en) };
  if (regex) for (const s of [...p.zh, ...p.en]) checkRegex(file, where, s);
  return p;
}

/** A pattern must compile and must not match the empty string (a matcher could not advance past it). */
function checkRegex(file: string, where: string, s: string): void {
  let re: RegExp;
  try {
    re = new RegExp(s, 'u');
  } catch (e) {
    throw new VocabularyError(file, `${where}: bad regular expression /${s}/ (${(e as Error).message})`);
  }
  if (re.test('')) throw new VocabularyError(file, `${where}: /${s}/ matches the empty string`);
}

function withPatterns(file: string, raws: Raw[], regex: boolean): (Raw & { patterns: Patterns })[] {
  return raws.map((r) => {
    const p = patterns(file, String(r.id), r.patterns, regex);
    if (p.zh.length + p.en.length === 0) throw new VocabularyError(file, `${String(r.id)}: no patterns`);
    return { ...r, patterns: p };
  });
}

function loadModalities(file: string, data: unknown): Modalities {
  if (typeof data !== 'object' || data === null) throw new VocabularyError(file, 'expected a mapping');
  const raw = data as Raw;
  const allowed = ['precedence', 'markers', 'power', 'nonNormative', 'exceptions', 'conditions', 'directedTo', 'stateSubject'];
  for (const k of Object.keys(raw)) if (!allowed.includes(k)) throw new VocabularyError(file, `unknown key "${k}"`);
  const precedence = strings(file, 'precedence', raw.precedence) as MarkerModality[];
  if (precedence.length !== MODALITIES.length || MODALITIES.some((m) => !precedence.includes(m))) {
    throw new VocabularyError(file, `precedence must list exactly ${MODALITIES.join(', ')}`);
  }
  const markersRaw = (raw.markers ?? {}) as Raw;
  for (const k of Object.keys(markersRaw)) if (!MODALITIES.includes(k as MarkerModality)) throw new VocabularyError(file, `unknown modality "${k}"`);
  const markers = Object.fromEntries(MODALITIES.map((m) => [m, patterns(file, `markers.${m}`, markersRaw[m], true)])) as Record<MarkerModality, Patterns>;
  const power = (raw.power ?? {}) as Raw;
  const beforeAfter = (key: string): Record<Lang, { before: string[]; after: string[] }> => {
    const section = (raw[key] ?? {}) as Raw;
    for (const k of Object.keys(section)) if (k !== 'zh' && k !== 'en') throw new VocabularyError(file, `${key}: unknown language "${k}"`);
    return Object.fromEntries(
      (['zh', 'en'] as const).map((l) => {
        const x = (section[l] ?? {}) as Raw;
        for (const k of Object.keys(x)) if (k !== 'before' && k !== 'after') throw new VocabularyError(file, `${key}.${l}: unknown key "${k}"`);
        const before = strings(file, `${key}.${l}.before`, x.before);
        const after = strings(file, `${key}.${l}.after`, x.after);
        for (const src of [...before, ...after]) checkRegex(file, `${key}.${l}`, src);
        return [l, { before, after }];
      }),
    ) as Record<Lang, { before: string[]; after: string[] }>;
  };
  const nonNormative = beforeAfter('nonNormative');
  const directedTo = beforeAfter('directedTo');
  return {
    precedence,
    markers,
    power: {
      direct: patterns(file, 'power.direct', power.direct, true),
      verbs: patterns(file, 'power.verbs', power.verbs, true),
      enWindow: typeof power.enWindow === 'number' ? power.enWindow : 40,
    },
    nonNormative,
    exceptions: patterns(file, 'exceptions', raw.exceptions, true),
    conditions: patterns(file, 'conditions', raw.conditions, true),
    directedTo,
    stateSubject: patterns(file, 'stateSubject', raw.stateSubject, true),
  };
}

/** A surface form may name one entry only, across actors, authorities and data categories. */
function checkSurfaceForms(lists: [string, { id: string; patterns: Patterns }[]][]): void {
  const owner = new Map<string, string>();
  for (const [file, list] of lists) {
    for (const e of list) {
      for (const form of [...e.patterns.zh, ...e.patterns.en.map((s) => s.toLowerCase())]) {
        const prev = owner.get(form);
        const me = `${file}:${e.id}`;
        if (prev && prev !== me) throw new VocabularyError(file, `surface form "${form}" of ${e.id} is also claimed by ${prev}`);
        owner.set(form, me);
      }
    }
  }
}

export function loadVocabulary(dir: string = import.meta.dirname): Vocabulary {
  const actorsRaw = withPatterns(FILES.actors, entries(FILES.actors, readYaml(dir, FILES.actors), ['id', 'name', 'nameZh', 'subclassOf', 'coversEveryOrganisation', 'patterns'], ['id', 'name', 'patterns']), false);
  const ids = new Set(actorsRaw.map((a) => a.id as string));
  for (const a of actorsRaw) {
    if (a.subclassOf !== undefined && !ids.has(a.subclassOf as string)) {
      throw new VocabularyError(FILES.actors, `${String(a.id)}: unknown subclassOf "${String(a.subclassOf)}"`);
    }
  }
  const authoritiesRaw = withPatterns(FILES.authorities, entries(FILES.authorities, readYaml(dir, FILES.authorities), ['id', 'name', 'nameZh', 'acronym', 'jurisdiction', 'patterns'], ['id', 'name', 'jurisdiction', 'patterns']), false);
  for (const a of authoritiesRaw) {
    if (!JURISDICTIONS.includes(a.jurisdiction as string)) throw new VocabularyError(FILES.authorities, `${String(a.id)}: jurisdiction must be one of ${JURISDICTIONS.join(', ')}`);
  }
  const authorityIds = new Set(authoritiesRaw.map((a) => a.id as string));
  const actionsRaw = withPatterns(FILES.actions, entries(FILES.actions, readYaml(dir, FILES.actions), ['id', 'label', 'answeredBy', 'owedTo', 'patterns'], ['id', 'label', 'patterns']), true);
  const actionIds = new Set(actionsRaw.map((a) => a.id as string));
  const actions: Action[] = actionsRaw.map((a) => {
    const answeredBy = strings(FILES.actions, `${String(a.id)}.answeredBy`, a.answeredBy);
    for (const x of answeredBy) if (!actionIds.has(x)) throw new VocabularyError(FILES.actions, `${String(a.id)}: unknown answeredBy "${x}"`);
    const owedTo = a.owedTo === 'named' ? 'named' : strings(FILES.actions, `${String(a.id)}.owedTo (a list of authority ids, or "named")`, a.owedTo);
    if (owedTo !== 'named') for (const x of owedTo) if (!authorityIds.has(x)) throw new VocabularyError(FILES.actions, `${String(a.id)}: unknown owedTo authority "${x}"`);
    return { id: a.id as string, label: a.label as string, answeredBy, owedTo, patterns: a.patterns };
  });
  const dataRaw = withPatterns(FILES.dataCategories, entries(FILES.dataCategories, readYaml(dir, FILES.dataCategories), ['id', 'name', 'nameZh', 'patterns'], ['id', 'name', 'patterns']), false);
  const actors = actorsRaw as unknown as ActorClass[];
  const authorities = authoritiesRaw as unknown as Authority[];
  const dataCategories = dataRaw as unknown as DataCategory[];
  checkSurfaceForms([[FILES.actors, actors], [FILES.authorities, authorities], [FILES.dataCategories, dataCategories]]);
  return { dir, actors, authorities, actions, dataCategories, modalities: loadModalities(FILES.modalities, readYaml(dir, FILES.modalities)) };
}

let cached: Vocabulary | undefined;
/** The vocabulary shipped with the repository, loaded once per process. */
export function defaultVocabulary(): Vocabulary {
  cached ??= loadVocabulary();
  return cached;
}

/** Ancestors of an actor class (itself first), following subclassOf. */
export function actorAncestors(vocab: Vocabulary, id: string): string[] {
  const out: string[] = [];
  let cur: string | undefined = id;
  while (cur && !out.includes(cur)) {
    out.push(cur);
    cur = vocab.actors.find((a) => a.id === cur)?.subclassOf;
  }
  return out;
}

export interface VocabularyUse {
  actors: Iterable<string>;
  authorities: Iterable<string>;
  actions: Iterable<string>;
  dataCategories: Iterable<string>;
}

/** Entries no extraction used, as `file:id`, for the ingest report (unused mappings are suspects). */
export function unusedEntries(vocab: Vocabulary, used: VocabularyUse): string[] {
  const out: string[] = [];
  const check = (file: string, list: { id: string }[], seen: Iterable<string>) => {
    const s = new Set(seen);
    for (const e of list) if (!s.has(e.id)) out.push(`${file}:${e.id}`);
  };
  check(FILES.actors, vocab.actors, used.actors);
  check(FILES.authorities, vocab.authorities, used.authorities);
  check(FILES.actions, vocab.actions, used.actions);
  check(FILES.dataCategories, vocab.dataCategories, used.dataCategories);
  return out;
}
