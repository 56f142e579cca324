// Loads the norm vocabularies (YAML beside this file) through the one data loader (ingest/data.ts) and
// validates them strictly against the schemas below: a typo in a data file must fail loudly with the
// file's name, line and column, never silently drop a mapping (zavod lookups). Pattern keys are the
// language codes of ingest/languages.
import path from 'node:path';
import { z } from 'zod';
import { DataError, DataFile, readText, regexSource } from '../data.ts';
import type { DataIssue } from '../data.ts';
import { isLang, LANGUAGE_CODES, LANGUAGES } from '../languages/index.ts';
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
  /** Membership turns on a status that is not public (a CII designation): the condition, in words, as a verb phrase
   *  completing "applies if the company …" ("is designated …", "holds …"). */
  condition?: string;
  patterns: Patterns;
}

export interface Authority {
  id: string;
  name: string;
  nameZh?: string;
  acronym?: string;
  jurisdiction: 'cn' | 'eu' | 'intl' | 'foreign';
  /** A security, police or intelligence organ: access by it compels (exposure). */
  security?: boolean;
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
  /** What a norm with this action does to a company (exposure.yaml category). */
  exposure?: string;
  patterns: Patterns;
}

export type ExposureTier = 'compels' | 'supervision' | 'context';

/** exposure.yaml: the tiers and categories of the exposure answer. */
export interface ExposureVocabulary {
  tiers: { id: ExposureTier; label: string }[];
  /** `tier` toward no security organ; `towardSecurity` when a security, police or intelligence organ holds the power or is owed the duty. */
  categories: { id: string; label: string; tier: ExposureTier; towardSecurity?: ExposureTier }[];
  /** The category of a power or duty toward a state organ whose actions name none. */
  unnamed: { POWER?: string; DUTY?: string };
  /** The category of a penalty provision shown as its own item. */
  sanctions: string;
}

/** capacities.yaml: what a company does, and the statutory terms that capacity meets. */
export interface Capacity {
  id: string;
  name: string;
  meets: Patterns;
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
  /** `discretion`: verbs that make an authority's permission (not its duty) a power. */
  power: { direct: Patterns; verbs: Patterns; discretion?: Patterns; enWindow: number };
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
  exposure: ExposureVocabulary;
  capacities: Capacity[];
}

/** A vocabulary file that does not load: every problem of the first such file, with its line and column. */
export class VocabularyError extends DataError {
  readonly file: string;
  constructor(file: string, reason: string, issues: DataIssue[] = []) {
    super(issues, `${file}: ${reason}`);
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
  exposure: 'exposure.yaml',
  capacities: 'capacities.yaml',
} as const;

// ------------------------------------------------------------------ the files' shapes

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const MODALITIES: MarkerModality[] = ['DUTY', 'PROHIBITION', 'PERMISSION'];

const slug = z.string().regex(SLUG, { error: 'must be a lowercase slug' });
const text = z.string().min(1);
/** A list the file may leave empty (`en:` with nothing after it). */
const list = <T extends z.ZodType>(item: T) => z.array(item).nullish().transform((v) => v ?? []);
const language = z.string().refine((code) => isLang(code), { error: (iss) => `unknown language "${String(iss.input)}" (known: ${LANGUAGE_CODES.join(', ')})` });
/** A value per language code of ingest/languages; a language the file leaves out gets `empty()`. */
const byLanguage = <T extends z.ZodType>(value: T, empty: () => z.output<T>) =>
  z
    .record(language, value)
    .optional()
    .transform((r) => Object.fromEntries(LANGUAGE_CODES.map((l) => [l, r?.[l] ?? empty()])) as Record<Lang, z.output<T>>);
/** A regular expression that compiles with the flag the matchers use and cannot match nothing. */
const regexForm = regexSource('u');
const literalForms = byLanguage(list(text), () => []);
const regexForms = byLanguage(list(regexForm), () => []);
const somePatterns = (forms: typeof literalForms) => forms.refine((p) => LANGUAGE_CODES.some((l) => p[l].length > 0), { error: 'no patterns' });

/** A list of entries with unique ids. */
const entries = <T extends z.ZodType<{ id: string }>>(entry: T) =>
  z.array(entry).superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.forEach((e, i) => {
      if (seen.has(e.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `duplicate id "${e.id}"` });
      seen.add(e.id);
    });
  });

/** Each `key` of an entry names an entry of the same list. */
const refersWithin = (key: string) => (list: { id: string }[], ctx: z.RefinementCtx) => {
  const ids = new Set(list.map((e) => e.id));
  list.forEach((e, i) => {
    const refs = (e as Record<string, unknown>)[key];
    const targets = typeof refs === 'string' ? [refs] : Array.isArray(refs) ? refs : [];
    targets.forEach((t, j) => {
      if (!ids.has(t)) ctx.addIssue({ code: 'custom', path: typeof refs === 'string' ? [i, key] : [i, key, j], message: `unknown ${key} "${t}"` });
    });
  });
};

const actorsSchema = entries(
  z.strictObject({
    id: slug,
    name: text,
    nameZh: text.optional(),
    subclassOf: slug.optional(),
    coversEveryOrganisation: z.boolean().optional(),
    condition: text.optional(),
    patterns: somePatterns(literalForms),
  }),
).superRefine(refersWithin('subclassOf')) satisfies z.ZodType<ActorClass[]>;

const authoritiesSchema = entries(
  z.strictObject({
    id: slug,
    name: text,
    nameZh: text.optional(),
    acronym: text.optional(),
    jurisdiction: z.enum(['cn', 'eu', 'intl', 'foreign']),
    security: z.boolean().optional(),
    patterns: somePatterns(literalForms),
  }),
) satisfies z.ZodType<Authority[]>;

const actionsSchema = entries(
  z.strictObject({
    id: slug,
    label: text,
    answeredBy: list(slug),
    owedTo: z.union([z.literal('named'), list(slug)], { error: 'owedTo must be a list of authority ids, or "named"' }),
    exposure: slug.optional(),
    patterns: somePatterns(regexForms),
  }),
).superRefine(refersWithin('answeredBy')) satisfies z.ZodType<Action[]>;

const TIERS = ['compels', 'supervision', 'context'] as const;
const exposureSchema = z.strictObject({
  tiers: z.array(z.strictObject({ id: z.enum(TIERS), label: text })),
  categories: entries(z.strictObject({ id: slug, label: text, tier: z.enum(TIERS), towardSecurity: z.enum(TIERS).optional() })),
  unnamed: z.strictObject({ POWER: slug.optional(), DUTY: slug.optional() }),
  sanctions: slug,
}) satisfies z.ZodType<ExposureVocabulary>;

const capacitiesSchema = entries(z.strictObject({ id: slug, name: text, meets: somePatterns(literalForms) })) satisfies z.ZodType<Capacity[]>;

const dataCategoriesSchema = entries(
  z.strictObject({ id: slug, name: text, nameZh: text.optional(), patterns: somePatterns(literalForms) }),
) satisfies z.ZodType<DataCategory[]>;

const beforeAfter = z.strictObject({ before: list(regexForm), after: list(regexForm) });
const noWords = () => ({ before: [], after: [] });

const modalitiesSchema = z.strictObject({
  precedence: z
    .array(z.enum(MODALITIES))
    .refine((p) => p.length === MODALITIES.length && MODALITIES.every((m) => p.includes(m)), { error: `precedence must list exactly ${MODALITIES.join(', ')}` }),
  markers: z.strictObject({ DUTY: regexForms, PROHIBITION: regexForms, PERMISSION: regexForms }),
  power: z.strictObject({ direct: regexForms, verbs: regexForms, discretion: regexForms.optional(), enWindow: z.number().int().positive().default(40) }),
  nonNormative: byLanguage(beforeAfter, noWords),
  exceptions: regexForms,
  conditions: regexForms,
  directedTo: byLanguage(beforeAfter, noWords),
  stateSubject: regexForms,
}) satisfies z.ZodType<Modalities>;

// ------------------------------------------------------------------ loading

function readFile(dir: string, name: string): DataFile {
  try {
    return new DataFile(name, readText(path.join(dir, name), name), path.join(dir, name));
  } catch (e) {
    if (e instanceof DataError) throw new VocabularyError(name, e.issues[0].message, e.issues);
    throw e;
  }
}

/** Throws the problems of the first file that has any (the summary line names their kinds once). */
function assertValid(files: DataFile[]): void {
  const bad = files.find((f) => !f.valid);
  if (!bad) return;
  const kinds = [...new Set(bad.issues.map((i) => i.message))];
  const summary = `${bad.issues.length} problem(s): ${kinds.slice(0, 5).join('; ')}${kinds.length > 5 ? '; …' : ''}`;
  throw new VocabularyError(bad.name, summary, bad.issues);
}

/** Whom a duty is owed to must be an authority of authorities.yaml. */
function checkOwedTo(file: DataFile, actions: Action[], authorities: Authority[]): void {
  const ids = new Set(authorities.map((a) => a.id));
  actions.forEach((a, i) => {
    if (a.owedTo === 'named') return;
    a.owedTo.forEach((x, j) => {
      if (!ids.has(x)) file.problem([i, 'owedTo', j], `unknown owedTo authority "${x}"`);
    });
  });
}

/** A surface form may name one entry only, across actors, authorities and data categories (forms of a
 *  language matched on word boundaries compare case-insensitively). */
function checkSurfaceForms(lists: [DataFile, { id: string; patterns: Patterns }[]][]): void {
  const owner = new Map<string, string>();
  for (const [file, list] of lists) {
    list.forEach((e, i) => {
      for (const lang of LANGUAGE_CODES) {
        e.patterns[lang].forEach((form, k) => {
          const key = LANGUAGES[lang].wordBoundaries ? form.toLowerCase() : form;
          const prev = owner.get(key);
          const me = `${file.name}:${e.id}`;
          if (prev && prev !== me) file.problem([i, 'patterns', lang, k], `surface form "${key}" of ${e.id} is also claimed by ${prev}`);
          owner.set(key, me);
        });
      }
    });
  }
}

export function loadVocabulary(dir: string = import.meta.dirname): Vocabulary {
  const files = Object.fromEntries(Object.entries(FILES).map(([k, name]) => [k, readFile(dir, name)])) as Record<keyof typeof FILES, DataFile>;
  const all = Object.values(files);
  const actors = files.actors.check(actorsSchema);
  const authorities = files.authorities.check(authoritiesSchema);
  const actions = files.actions.check(actionsSchema);
  const dataCategories = files.dataCategories.check(dataCategoriesSchema);
  const modalities = files.modalities.check(modalitiesSchema);
  const exposure = files.exposure.check(exposureSchema);
  const capacities = files.capacities.check(capacitiesSchema);
  assertValid(all);
  if (!actors || !authorities || !actions || !dataCategories || !modalities || !exposure || !capacities) throw new Error('unreachable: a valid file has a value');
  const categoryIds = new Set(exposure.categories.map((c) => c.id));
  for (const [key, id] of [...Object.entries(exposure.unnamed), ['sanctions', exposure.sanctions]]) {
    if (id && !categoryIds.has(id)) files.exposure.problem(key === 'sanctions' ? ['sanctions'] : ['unnamed', key], `unknown exposure category "${id}"`);
  }
  actions.forEach((a, i) => {
    if (a.exposure && !categoryIds.has(a.exposure)) files.actions.problem([i, 'exposure'], `unknown exposure category "${a.exposure}" (exposure.yaml)`);
  });
  checkOwedTo(files.actions, actions, authorities);
  checkSurfaceForms([[files.actors, actors], [files.authorities, authorities], [files.dataCategories, dataCategories]]);
  assertValid(all);
  return { dir, actors, authorities, actions, dataCategories, modalities, exposure, capacities };
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
