// Loads the catalog (ingest/catalog/*.yaml) through the one data loader (ingest/data.ts) and validates it
// strictly against the schemas below and across entries: one bad entry names its file, id, line and
// column, and every problem is reported at once so a catalog edit can be fixed in one pass.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { DataFile, formatIssue, readText } from '../data.ts';
import type { DataIssue, DataPath } from '../data.ts';
import type { PropertyValue } from '../emit.ts';
import { type Codification, codificationText, codifies, sectionNumber } from './codification.ts';
import { CATALOG_FACT_TYPES, labelOfId, nodeKind } from '../kinds.ts';
import { nameKey } from '../text/clean.ts';
import { type Authority, type Capacity, defaultVocabulary } from '../vocab/index.ts';

/** Catalog facts name a capacity of the vocabulary (ingest/vocab/capacities.yaml) as `capacity:<id>`. */
export const CAPACITY_PREFIX = 'capacity:';
const loadCapacities = (): readonly Capacity[] => defaultVocabulary().capacities;
/** The statute-side vocabulary's public bodies (ingest/vocab/authorities.yaml), whose ids the catalog's authorities share. */
const loadDesignations = (): readonly Authority[] => defaultVocabulary().authorities;

export const catalogDir = import.meta.dirname;

/** A catalog file's `kind` is a node label the model lets the catalog hold (ingest/kinds.ts); ids are
 *  `<prefix>:<slug>`, law ids carry the jurisdiction as a second segment (`law:cn:slug`). */
const catalogKind = (label: string) => {
  const k = nodeKind(label);
  return k?.catalog ? k : undefined;
};

export interface CatalogFact {
  type: string;
  target: string;
  url: string;
  summary?: string;
  confidence?: number;
  /** Dates (yyyy-mm-dd) the fact holds from and until: listing and delisting, effective date, enactment. */
  from?: string;
  to?: string;
  /** The fact has explicitly no date (a company's headquarters); a fact has `from` or this. */
  undated?: boolean;
  /** The url was not found to state the claim: kept, never asserted as checked. */
  status?: 'unverified';
  /** Date (yyyy-mm-dd) the url was last seen to state the claim. */
  checked?: string;
}

/** Where a law is in its life (a bill that passed one chamber is not law). */
export const LAW_STATUSES = ['proposed', 'introduced', 'passed-house', 'passed-senate', 'enacted', 'in-force', 'repealed'] as const;
export type LawStatus = (typeof LAW_STATUSES)[number];
/** The statuses of a bill: what it would do is a proposal, not law. */
export const BILL_STATUSES: readonly LawStatus[] = ['proposed', 'introduced', 'passed-house', 'passed-senate'];

/** Facts by which a law acts on an entity, and the statuses in which a law can act: bills never restrict. */
const ACTING_FACT_TYPES: ReadonlySet<string> = new Set(['RESTRICTS', 'DESIGNATES', 'ADDS_TO_LIST']);
const ACTING_STATUSES: ReadonlySet<string> = new Set<LawStatus>(['enacted', 'in-force']);

export interface LawDocument {
  /** Manifest id of a corpus text of this law. */
  id: string;
  /** Date (yyyy-mm-dd) this text took effect; picks the version a citation points to. */
  from?: string;
  /** A second rendition of the same text: not a citation target. */
  alternate?: boolean;
}

export interface CatalogEntry {
  id: string;
  label: string;
  /** Catalog file name, for messages and evidence locators. */
  file: string;
  name: string;
  nameZh?: string;
  officialTitle?: string;
  aliases: string[];
  acronyms: string[];
  wikidata?: string;
  description: string;
  url: string;
  jurisdiction?: string;
  /** Sub-kind where one label covers several (law: statute | policy | rule | list ...). */
  kind?: string;
  documents: LawDocument[];
  facts: CatalogFact[];
  /** false: never looked for in text (a bucket such as the international level, not a name). */
  recognise: boolean;
  /** Laws only: where the law is in its life, as of `date`. */
  status?: LawStatus;
  /** Laws only: the law whose text took this bill in (the Countering CCP Drones Act -> the FY2025 NDAA). */
  enactedAs?: string;
  /** Laws only: the date (yyyy-mm-dd) of `status` (passed the House, enacted, in force). */
  date?: string;
  /** Laws only: where the act stands in the U.S. Code (codification.ts), each span with the page that states it. */
  codified: Codification[];
}

export type NodeProperties = Record<string, PropertyValue | undefined>;

/** The validated catalog, with the look-ups the extractors need. */
export class Catalog {
  readonly entries: CatalogEntry[];
  readonly byId: Map<string, CatalogEntry>;
  /** Hash of the catalog sources: changes whenever an entry does. */
  readonly sha256: string;
  /** The capacity vocabulary, by `capacity:<id>` (the targets of HAS_CAPACITY facts). */
  readonly capacities: Map<string, Capacity>;
  private readonly lawsByDocument = new Map<string, CatalogEntry>();

  constructor(entries: CatalogEntry[], sha256: string, capacities: readonly Capacity[] = []) {
    this.entries = entries;
    this.byId = new Map(entries.map((e) => [e.id, e]));
    this.sha256 = sha256;
    this.capacities = new Map(capacities.map((c) => [`${CAPACITY_PREFIX}${c.id}`, c]));
    for (const e of entries) for (const d of e.documents) this.lawsByDocument.set(d.id, e);
  }

  /** The catalog law whose texts include this manifest document. */
  /** The relation a law's act on an entity is: a bill (not enacted, not in force) only PROPOSES what
   *  an enacted law RESTRICTS, DESIGNATES or ADDS_TO_LIST, whoever says it does (catalog or report). */
  actingType(lawId: string, type: string): string {
    const status = this.byId.get(lawId)?.status;
    return ACTING_FACT_TYPES.has(type) && status !== undefined && (BILL_STATUSES as readonly string[]).includes(status) ? 'PROPOSES' : type;
  }

  lawForDocument(documentId: string): CatalogEntry | undefined {
    return this.lawsByDocument.get(documentId);
  }

  nodeProperties(id: string): NodeProperties {
    const e = this.byId.get(id);
    if (!e) throw new Error(`catalog has no entry ${id}`);
    return entityProperties(e);
  }

  /** Properties of `jur:<code>`; an unknown code keeps just its code as name (unknown stays unknown). */
  jurisdictionProperties(code: string): NodeProperties {
    const e = this.byId.get(`jur:${code}`);
    return e ? entityProperties(e) : { name: code };
  }

  report(): { entries: number; facts: number; byLabel: Record<string, number>; sha256: string } {
    const byLabel: Record<string, number> = {};
    for (const e of this.entries) byLabel[e.label] = (byLabel[e.label] ?? 0) + 1;
    return { entries: this.entries.length, facts: this.entries.reduce((n, e) => n + e.facts.length, 0), byLabel, sha256: this.sha256 };
  }
}

/** Node properties of a catalog entity; reports copy them so that every load writes the same values. */
export function entityProperties(e: CatalogEntry): NodeProperties {
  return {
    name: e.name,
    nameZh: e.nameZh,
    officialTitle: e.officialTitle,
    aliases: e.aliases,
    acronym: e.acronyms[0],
    acronyms: e.acronyms,
    wikidata: e.wikidata,
    description: e.description,
    jurisdiction: e.jurisdiction,
    kind: e.kind,
    documents: e.documents.length ? e.documents.map((d) => d.id) : undefined,
    status: e.status,
    enactedAs: e.enactedAs,
    date: e.date,
    codified: e.codified.length ? e.codified.map(codificationText) : undefined,
    url: e.url,
    // Every name joined, for the full-text index.
    searchText: surfaceForms(e).map((s) => s.text).join(' | '),
  };
}

export interface CatalogSource {
  name: string;
  text: string;
  /** The path it was read from, if any (DataFile's `file`). */
  file?: string;
}

export class CatalogError extends Error {
  /** `<file>#<entry>: <reason>`, one per problem. */
  readonly problems: string[];
  /** The same problems with their line and column (the message lists these). */
  readonly issues: DataIssue[];
  constructor(problems: string[], issues: DataIssue[] = []) {
    const lines = issues.length === problems.length ? issues.map(formatIssue) : problems;
    super(`catalog has ${problems.length} problem(s):\n  ${lines.join('\n  ')}`);
    this.name = 'CatalogError';
    this.problems = problems;
    this.issues = issues;
  }
}

// ------------------------------------------------------------------ the files' shape
// A catalog file is `{kind, entries}`; each entry is checked on its own against `entrySchema(kind)`, so
// one bad entry neither hides the others nor makes the references to them look unknown.

const SLUG = /^[a-z0-9]+(?:[-.][a-z0-9]+)*$/;
const URL_RE = /^https?:\/\/\S+$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

const text = z.string().trim().min(1);
const required = (what: string) =>
  z.string({ error: (iss) => (iss.input === undefined ? `missing ${what}` : undefined) }).trim().min(1, { error: `missing ${what}` });
const url = z.string({ error: 'missing or invalid url' }).trim().regex(URL_RE, { error: 'missing or invalid url' });
const names = (what: string) =>
  z.array(z.string({ error: `${what}: empty or non-string item` }).trim().min(1, { error: `${what}: empty or non-string item` }), { error: `${what} must be a list` }).default([]);

const catalogFileSchema = z.strictObject(
  {
    kind: z.string().refine((label) => catalogKind(label) !== undefined, { error: (iss) => `unknown kind "${String(iss.input)}"` }),
    entries: z.array(z.unknown()).min(1, { error: 'no entries' }),
  },
  { error: (iss) => (iss.code === 'invalid_type' && iss.path?.length === 0 ? 'expected {kind, entries: [...]}' : undefined) },
);

/** A calendar date written yyyy-mm-dd. */
const isoDate = z
  .string({ error: (iss) => `bad date "${String(iss.input)}" (yyyy-mm-dd)` })
  .refine(isCalendarDate, { error: (iss) => `bad date "${String(iss.input)}" (yyyy-mm-dd)` });

function isCalendarDate(d: string): boolean {
  const t = DATE.test(d) ? new Date(`${d}T00:00:00Z`) : undefined;
  return t !== undefined && !Number.isNaN(t.getTime()) && t.toISOString().startsWith(d);
}

const factSchema = z
  .strictObject({
    type: z.string({ error: (iss) => `unknown type "${String(iss.input)}"` }).refine((t) => CATALOG_FACT_TYPES.has(t), { error: (iss) => `unknown type "${String(iss.input)}"` }),
    target: required('target'),
    url,
    summary: text.optional(),
    confidence: z.number({ error: 'confidence must be in (0, 1]' }).gt(0, { error: 'confidence must be in (0, 1]' }).lte(1, { error: 'confidence must be in (0, 1]' }).optional(),
    from: isoDate.optional(),
    to: isoDate.optional(),
    undated: z.literal(true, { error: 'undated must be true (or left out)' }).optional(),
    status: z.literal('unverified', { error: 'status must be "unverified" (or left out)' }).optional(),
    checked: isoDate.optional(),
  })
  // Dated or explicitly undated, checked even when another field of the fact is wrong.
  .superRefine((f, ctx) => checkFactDates(f, ctx), { when: (p) => typeof p.value === 'object' && p.value !== null });

/** A fact holds from a date or is explicitly undated, never both, and does not end before it starts. */
function checkFactDates(f: { from?: unknown; to?: unknown; undated?: unknown }, ctx: z.RefinementCtx): void {
  const dated = typeof f.from === 'string';
  if (!dated && f.undated !== true) ctx.addIssue({ code: 'custom', path: ['from'], message: 'no date: give `from` (yyyy-mm-dd) or `undated: true`' });
  if (dated && f.undated === true) ctx.addIssue({ code: 'custom', path: ['undated'], message: 'both `from` and `undated`' });
  if (dated && typeof f.to === 'string' && f.to < (f.from as string)) ctx.addIssue({ code: 'custom', path: ['to'], message: `\`to\` ${f.to} is before \`from\` ${String(f.from)}` });
}

/** A law's corpus text: its manifest id, or `{id, from, alternate}`. */
const lawDocumentSchema = z.preprocess(
  (d) => (typeof d === 'string' ? { id: d } : d),
  z.strictObject(
    {
      id: required('document id'),
      from: z.string().regex(DATE, { error: (iss) => `bad date "${String(iss.input)}" (yyyy-mm-dd)` }).optional(),
      alternate: z.boolean().optional(),
    },
    { error: (iss) => (iss.code === 'invalid_type' && iss.path?.length === 0 ? 'document entries need an id' : undefined) },
  ),
);

/** A U.S. Code section as written: "1701", "302a". */
const SECTION = /^\d+[a-z]?$/;
const section = z.string({ error: 'a section must be a string ("1701", "302a")' }).regex(SECTION, { error: (iss) => `bad section "${String(iss.input)}" ("1701", "302a")` });

/** Where a law stands in the U.S. Code: a title, its first section (and last, where the page states the range), with
 *  the page that states it, checked or unverified as a fact is. */
const codificationSchema = z
  .strictObject({
    title: z.number({ error: 'title must be a number' }).int({ error: 'title must be a whole number' }).min(1, { error: 'title must be 1 or more' }),
    first: section,
    last: section.optional(),
    url,
    checked: isoDate.optional(),
    status: z.literal('unverified', { error: 'status must be "unverified" (or left out)' }).optional(),
  })
  .superRefine((c, ctx) => {
    if (c.last !== undefined && (sectionNumber(c.last) ?? 0) < (sectionNumber(c.first) ?? 0)) ctx.addIssue({ code: 'custom', path: ['last'], message: `last section ${c.last} is before the first ${c.first}` });
    if (c.checked === undefined && c.status === undefined) ctx.addIssue({ code: 'custom', path: ['checked'], message: 'a codification is `checked: <date>` or `status: unverified`' });
  });

const buildEntrySchema = (fileLabel: string) =>
  z
    .strictObject({
      id: required('id'),
      name: required('name'),
      nameZh: text.optional(),
      officialTitle: text.optional(),
      aliases: names('aliases'),
      acronyms: names('acronyms').superRefine((list, ctx) => {
        list.forEach((a, i) => {
          if (/\s/.test(a)) ctx.addIssue({ code: 'custom', path: [i], message: `acronym "${a}" has spaces` });
        });
      }),
      wikidata: z.string().regex(/^Q\d+$/, { error: 'wikidata must look like Q123' }).optional(),
      description: required('description'),
      url,
      jurisdiction: text.optional(),
      kind: text.optional(),
      documents: z.array(lawDocumentSchema, { error: 'documents must be a list' }).default([]),
      facts: z.array(factSchema, { error: 'facts must be a list' }).default([]),
      recognise: z.boolean().default(true),
      status: z.enum(LAW_STATUSES, { error: (iss) => `unknown status "${String(iss.input)}" (one of ${LAW_STATUSES.join(', ')})` }).optional(),
      enactedAs: text.optional(),
      date: isoDate.optional(),
      codified: z.array(codificationSchema, { error: 'codified must be a list' }).default([]),
    })
    // The id and the law's status are checked even when another field of the entry is wrong, so that all
    // its problems show at once.
    .superRefine(
      (e, ctx) => {
        const label = labelOf(e.id) ?? fileLabel;
        checkId(e, label, ctx);
        checkLawStatus(e, label, ctx);
      },
      { when: (p) => typeof (p.value as { id?: unknown } | null)?.id === 'string' },
    );

type EntryData = z.output<ReturnType<typeof buildEntrySchema>>;

/** The schema of a file kind's entries, built once per kind (not once per entry: building a zod schema of some twenty
 *  fields cost more than checking an entry against it). */
const entrySchemas = new Map<string, ReturnType<typeof buildEntrySchema>>();
function entrySchema(fileLabel: string): ReturnType<typeof buildEntrySchema> {
  let schema = entrySchemas.get(fileLabel);
  if (!schema) {
    schema = buildEntrySchema(fileLabel);
    entrySchemas.set(fileLabel, schema);
  }
  return schema;
}

/** Ids are `<prefix>:<slug>`; law ids carry the jurisdiction as a second segment, matching `jurisdiction`. */
function checkId(e: { id: string; jurisdiction?: string }, label: string, ctx: z.RefinementCtx): void {
  const parts = e.id.split(':');
  const problem = (key: string, message: string) => ctx.addIssue({ code: 'custom', path: [key], message });
  if (label === 'Law') {
    if (parts.length !== 3 || !SLUG.test(parts[1]) || !SLUG.test(parts[2])) problem('id', 'law id must be law:<jurisdiction>:<slug>');
    else if (e.jurisdiction !== parts[1]) problem('jurisdiction', `jurisdiction "${String(e.jurisdiction)}" does not match id`);
  } else if (parts.length !== 2 || !SLUG.test(parts[1])) {
    problem('id', `id must be ${catalogKind(label)?.prefix}:<slug>`);
  }
}

/** Only laws have a status; a law acts on an entity (RESTRICTS, DESIGNATES, ADDS_TO_LIST) only once
 *  enacted or in force, so a bill's status is stated rather than left to be guessed. */
function checkLawStatus(e: { status?: unknown; enactedAs?: unknown; date?: unknown; facts?: unknown; codified?: unknown }, label: string, ctx: z.RefinementCtx): void {
  const problem = (path: PropertyKey[], message: string) => ctx.addIssue({ code: 'custom', path, message });
  if (label !== 'Law') {
    for (const key of ['status', 'enactedAs', 'date'] as const) if (e[key] !== undefined) problem([key], `only a law has \`${key}\``);
    if (Array.isArray(e.codified) && e.codified.length > 0) problem(['codified'], 'only a law has `codified`');
    return;
  }
  if (!Array.isArray(e.facts)) return;
  e.facts.forEach((f: unknown, i) => {
    const type = (f as { type?: unknown } | null)?.type;
    if (typeof type !== 'string' || !ACTING_FACT_TYPES.has(type) || ACTING_STATUSES.has(String(e.status))) return;
    const why = e.status === undefined ? 'a law with no status' : `a law whose status is "${String(e.status)}"`;
    problem(['facts', i, 'type'], `${type} from ${why}: only an enacted or in-force law acts on an entity`);
  });
}

function labelOf(id: string): string | undefined {
  const label = labelOfId(id);
  return label && catalogKind(label) ? label : undefined;
}

// ------------------------------------------------------------------ loading

/** A problem as the catalog has always named it (`problems`), and where it is (`issues`). */
interface Problem {
  text: string;
  issue: DataIssue;
}

/** A valid entry and where it came from, for the checks across entries. */
interface Read {
  entry: CatalogEntry;
  file: DataFile;
  index: number;
}

export function loadCatalog(
  dir: string = catalogDir,
  manifestIds?: Set<string>,
  capacities: readonly Capacity[] = loadCapacities(),
  designations: readonly Authority[] = loadDesignations(),
): Catalog {
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort();
  if (files.length === 0) throw new CatalogError([`${dir}: no catalog files`]);
  return parseCatalog(
    files.map((name) => ({ name, text: readText(path.join(dir, name), name), file: path.join(dir, name) })),
    manifestIds,
    capacities,
    designations,
  );
}

/** Parses and validates catalog sources against the capacity vocabulary (by default the project's,
 *  ingest/vocab/capacities.yaml). Throws CatalogError listing every problem. */
export function parseCatalog(
  sources: CatalogSource[],
  manifestIds?: Set<string>,
  capacities: readonly Capacity[] = loadCapacities(),
  designations: readonly Authority[] = loadDesignations(),
): Catalog {
  const problems: Problem[] = [];
  const read = sources.flatMap((src) => readSource(src, problems));
  const byId = new Map<string, Read>();
  for (const r of read) {
    const prev = byId.get(r.entry.id);
    if (prev) report(problems, r, ['id'], `duplicate id (also in ${prev.entry.file})`);
    else byId.set(r.entry.id, r);
  }
  const added = deriveAliases(byId, designations);
  const capacityIds = new Set(capacities.map((c) => `${CAPACITY_PREFIX}${c.id}`));
  for (const r of read) checkReferences(r, byId, manifestIds, capacityIds, problems);
  checkSurfaceForms([...byId.values()], problems);
  checkCodifications([...byId.values()], problems);
  if (problems.length) throw new CatalogError(problems.map((p) => p.text), problems.map((p) => p.issue));
  const hash = crypto.createHash('sha256');
  for (const src of [...sources].sort((a, b) => a.name.localeCompare(b.name))) hash.update(`${src.name}\n${src.text}\n`);
  // The capacities' names become node properties, so they are part of what the hash covers.
  hash.update(JSON.stringify(capacities.map((c) => [c.id, c.name])));
  // So are the aliases derived from the statutes' designations and from acts' names.
  hash.update(JSON.stringify(added));
  return new Catalog([...byId.values()].map((r) => r.entry), hash.digest('hex'), capacities);
}

/** Aliases derived once, when the catalog is read (so they are node properties and surface forms alike). A catalog
 *  authority whose id the statute vocabulary shares (`authority:<vocab id>`) takes the Chinese designations
 *  statutes give it as aliases (国家网信部门 for the Cyberspace Administration, 国务院国家安全主管部门 for the Ministry of
 *  State Security), so a report that writes a statute's term finds the body the statutes' norms name. Only the Chinese
 *  ones: a statute's term for its body is a fixed designation there, while the English patterns include the short
 *  forms one act uses for its own bodies ("the Commission", "the Board"), which in a report may name another. And an act
 *  named for a person is also named by its title without the name (HONOREE). Returns the aliases added, by id. */
function deriveAliases(byId: Map<string, Read>, designations: readonly Authority[]): [string, string[]][] {
  const added: [string, string[]][] = [];
  const add = (entry: CatalogEntry, names: string[]): void => {
    const known = new Set([entry.name, entry.nameZh, ...entry.aliases].filter((x) => x !== undefined).map((x) => nameKey(x)));
    const fresh = names.filter((n) => !known.has(nameKey(n)));
    if (fresh.length === 0) return;
    entry.aliases = [...entry.aliases, ...fresh];
    added.push([entry.id, fresh]);
  };
  for (const d of designations) {
    const entry = byId.get(`authority:${d.id}`)?.entry;
    if (entry?.label === 'Authority') add(entry, d.patterns.zh);
  }
  for (const { entry } of byId.values()) {
    const title = entry.label === 'Law' ? HONOREE.exec(entry.name)?.[1] : undefined;
    if (title) add(entry, [title]);
  }
  return added;
}

/** An act named for a person ("John S. McCain National Defense Authorization Act for Fiscal Year 2019", "Floyd D. Spence
 *  ..."), which texts cite without the name too: a given name, a middle initial (the person's mark: a title has none), an
 *  optional nickname in brackets and a surname before the act's own title, in group 1. */
const HONOREE = /^\p{Lu}\p{Ll}+ \p{Lu}\. (?:\(\p{Lu}\p{Ll}+\) )?\p{Lu}[\p{L}'’-]+ (\p{Lu}.*\bAct\b.*)$/u;

function readSource(src: CatalogSource, problems: Problem[]): Read[] {
  const file = new DataFile(src.name, src.text, src.file);
  const header = file.check(catalogFileSchema);
  const out: Read[] = [];
  header?.entries.forEach((_, index) => {
    const e = file.check(entrySchema(header.kind), ['entries', index]);
    if (e) out.push({ entry: toEntry(e, src.name, header.kind), file, index });
  });
  for (const issue of file.issues) problems.push({ issue, text: `${where(file, issue.path)}: ${issue.message}` });
  return out;
}

/** The catalog's name for the place of a problem: `file#id`, then `fact 2 (TYPE target)` or `document 1`. */
function where(file: DataFile, at: DataPath): string {
  const [top, i, part, j, field] = at;
  const raw = (file.value as { entries?: Record<string, unknown>[] } | undefined)?.entries?.[i as number];
  if (top !== 'entries' || typeof i !== 'number') return file.name;
  const entry = `${file.name}#${typeof raw?.id === 'string' ? raw.id : `entry ${i + 1}`}`;
  if (typeof j !== 'number' || (part !== 'facts' && part !== 'documents')) return entry;
  if (part === 'documents') return `${entry}: document ${j + 1}`;
  const fact = (raw?.facts as Record<string, unknown>[] | undefined)?.[j] ?? {};
  const context = (field === 'url' || field === 'from' ? ['type', 'target'] : field === 'target' ? ['type'] : []).map((k) => fact[k]).filter((v) => typeof v === 'string');
  return `${entry}: fact ${j + 1}${context.length ? ` (${context.join(' ')})` : ''}`;
}

function report(problems: Problem[], r: Read, at: DataPath, message: string, text = `${r.entry.file}#${r.entry.id}: ${message}`): void {
  problems.push({ text, issue: r.file.problem(['entries', r.index, ...at], message) });
}

function checkReferences(r: Read, byId: Map<string, Read>, manifestIds: Set<string> | undefined, capacityIds: Set<string>, problems: Problem[]): void {
  const e = r.entry;
  e.facts.forEach((f, i) => {
    const at = ['facts', i, 'target'];
    if (f.type === 'HAS_CAPACITY') {
      const message = `targets unknown capacity "${f.target}" (not in ingest/vocab/capacities.yaml)`;
      if (!capacityIds.has(f.target)) report(problems, r, at, message, `${e.file}#${e.id}: fact ${i + 1} (${f.type}) ${message}`);
    } else if (!byId.has(f.target)) report(problems, r, at, `targets unknown id "${f.target}"`, `${e.file}#${e.id}: fact ${i + 1} (${f.type}) targets unknown id "${f.target}"`);
  });
  if (e.enactedAs !== undefined && byId.get(e.enactedAs)?.entry.label !== 'Law') report(problems, r, ['enactedAs'], `enactedAs "${e.enactedAs}" is not a law of the catalog`);
  if (e.label !== 'Law' || !manifestIds) return;
  e.documents.forEach((d, i) => {
    if (!manifestIds.has(d.id)) report(problems, r, ['documents', i], `document "${d.id}" is not in the manifest`);
  });
}

/** A surface form naming two entities is an ambiguity the matcher could only resolve by guessing. */
function checkSurfaceForms(read: Read[], problems: Problem[]): void {
  const owners = new Map<string, CatalogEntry>();
  for (const r of read) {
    const e = r.entry;
    for (const s of surfaceForms(e)) {
      const key = surfaceKey(s.text, s.caseSensitive);
      const other = owners.get(key);
      if (other && other.id !== e.id) {
        const message = `ambiguous surface form "${s.text}": also names ${other.file}#${other.id}`;
        report(problems, r, formPath(e, s.text), message, `ambiguous surface form "${s.text}": ${other.file}#${other.id} and ${e.file}#${e.id}`);
      } else owners.set(key, e);
    }
  }
}

/** A code section two laws claim would name either: a citation resolves to one act only. */
function checkCodifications(read: Read[], problems: Problem[]): void {
  const spans = read.flatMap((r) => r.entry.codified.map((c, i) => ({ r, c, i })));
  spans.forEach(({ r, c, i }, k) => {
    for (const other of spans.slice(0, k)) {
      if (other.r.entry.id === r.entry.id) continue;
      const overlaps = codifies(other.c, c.title, c.first) || codifies(c, other.c.title, other.c.first);
      if (overlaps) report(problems, r, ['codified', i], `codification ${codificationText(c)} overlaps ${other.r.entry.file}#${other.r.entry.id}'s ${codificationText(other.c)}`);
    }
  });
}

/** Where an entry states a surface form. */
function formPath(e: CatalogEntry, form: string): DataPath {
  for (const k of ['name', 'nameZh', 'officialTitle'] as const) if (e[k] === form) return [k];
  for (const k of ['aliases', 'acronyms'] as const) if (e[k].includes(form)) return [k, e[k].indexOf(form)];
  return [];
}

function toEntry(e: EntryData, file: string, fileLabel: string): CatalogEntry {
  return {
    id: e.id, label: labelOf(e.id) ?? fileLabel, file, name: e.name, description: e.description, url: e.url,
    aliases: e.aliases, acronyms: e.acronyms,
    facts: e.facts.map((f) => ({
      type: f.type, target: f.target, url: f.url, summary: f.summary, confidence: f.confidence,
      from: f.from, to: f.to, undated: f.undated, status: f.status, checked: f.checked,
    })),
    documents: e.documents.map((d) => ({ id: d.id, from: d.from, alternate: d.alternate === true })),
    nameZh: e.nameZh, officialTitle: e.officialTitle, wikidata: e.wikidata,
    jurisdiction: e.jurisdiction, kind: e.kind, recognise: e.recognise,
    status: e.status, enactedAs: e.enactedAs, date: e.date,
    codified: e.codified.map((c) => ({ title: c.title, first: c.first, ...(c.last !== undefined ? { last: c.last } : {}), url: c.url, ...(c.checked ? { checked: c.checked } : {}), ...(c.status ? { status: c.status } : {}) })),
  };
}

export interface SurfaceForm {
  text: string;
  /** Acronyms match case-sensitively; names and aliases do not. */
  caseSensitive: boolean;
  kind: 'name' | 'alias' | 'acronym';
}

/** All the strings that name an entry in text. */
export function surfaceForms(e: CatalogEntry): SurfaceForm[] {
  const out: SurfaceForm[] = [];
  const seen = new Set<string>();
  const add = (text: string | undefined, kind: SurfaceForm['kind']): void => {
    if (!text) return;
    const caseSensitive = kind === 'acronym' || isAcronymLike(text);
    const key = surfaceKey(text, caseSensitive);
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ text, caseSensitive, kind: caseSensitive && kind !== 'name' ? 'acronym' : kind });
  };
  add(e.name, 'name');
  add(e.nameZh, 'name');
  add(e.officialTitle, 'name');
  for (const a of e.aliases) add(a, 'alias');
  for (const a of e.acronyms) add(a, 'acronym');
  return out;
}

/** Short all-caps tokens (<= 4 chars: "DJI", "5G", "CAC"): matched case-sensitively so "cac" or "ai" never match. */
export function isAcronymLike(s: string): boolean {
  return s.length <= 4 && /^[A-Z0-9][A-Z0-9&.-]*$/.test(s) && /[A-Z]/.test(s);
}

export function surfaceKey(text: string, caseSensitive: boolean): string {
  return nameKey(text, caseSensitive);
}
