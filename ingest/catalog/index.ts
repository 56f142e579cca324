// Loads the catalog (ingest/catalog/*.yaml) and validates it strictly: one bad entry names its file and id,
// and every problem is reported at once so a catalog edit can be fixed in one pass.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import type { PropertyValue } from '../emit.ts';
import { CATALOG_FACT_TYPES, labelOfId, nodeKind } from '../kinds.ts';
import { nameKey } from '../text/clean.ts';

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
}

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
}

export type NodeProperties = Record<string, PropertyValue | undefined>;

/** The validated catalog, with the look-ups the extractors need. */
export class Catalog {
  readonly entries: CatalogEntry[];
  readonly byId: Map<string, CatalogEntry>;
  /** Hash of the catalog sources: changes whenever an entry does. */
  readonly sha256: string;
  private readonly lawsByDocument = new Map<string, CatalogEntry>();

  constructor(entries: CatalogEntry[], sha256: string) {
    this.entries = entries;
    this.byId = new Map(entries.map((e) => [e.id, e]));
    this.sha256 = sha256;
    for (const e of entries) for (const d of e.documents) this.lawsByDocument.set(d.id, e);
  }

  /** The catalog law whose texts include this manifest document. */
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
    url: e.url,
    // Every name joined, for the full-text index.
    searchText: surfaceForms(e).map((s) => s.text).join(' | '),
  };
}

export interface CatalogSource {
  name: string;
  text: string;
}

export class CatalogError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`catalog has ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
    this.name = 'CatalogError';
    this.problems = problems;
  }
}

const ENTRY_KEYS = new Set([
  'id', 'name', 'nameZh', 'officialTitle', 'aliases', 'acronyms', 'wikidata', 'description', 'url',
  'jurisdiction', 'kind', 'documents', 'facts', 'recognise',
]);
const FACT_KEYS = new Set(['type', 'target', 'url', 'summary', 'confidence']);
const SLUG = /^[a-z0-9]+(?:[-.][a-z0-9]+)*$/;
const URL_RE = /^https?:\/\/\S+$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function loadCatalog(dir: string = catalogDir, manifestIds?: Set<string>): Catalog {
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort();
  if (files.length === 0) throw new CatalogError([`${dir}: no catalog files`]);
  return parseCatalog(
    files.map((name) => ({ name, text: fs.readFileSync(path.join(dir, name), 'utf8') })),
    manifestIds,
  );
}

/** Pure: parses and validates catalog sources. Throws CatalogError listing every problem. */
export function parseCatalog(sources: CatalogSource[], manifestIds?: Set<string>): Catalog {
  const problems: string[] = [];
  const entries: CatalogEntry[] = [];
  for (const src of sources) entries.push(...readFile(src, problems));

  const byId = new Map<string, CatalogEntry>();
  for (const e of entries) {
    const prev = byId.get(e.id);
    if (prev) problems.push(`${e.file}#${e.id}: duplicate id (also in ${prev.file})`);
    else byId.set(e.id, e);
  }
  for (const e of entries) {
    e.facts.forEach((f, i) => {
      if (!byId.has(f.target)) problems.push(`${e.file}#${e.id}: fact ${i + 1} (${f.type}) targets unknown id "${f.target}"`);
    });
    if (e.label === 'Law' && manifestIds) {
      for (const d of e.documents) {
        if (!manifestIds.has(d.id)) problems.push(`${e.file}#${e.id}: document "${d.id}" is not in the manifest`);
      }
    }
  }
  // A surface form naming two entities is an ambiguity the matcher could only resolve by guessing.
  const owners = new Map<string, CatalogEntry>();
  for (const e of byId.values()) {
    for (const s of surfaceForms(e)) {
      const key = surfaceKey(s.text, s.caseSensitive);
      const other = owners.get(key);
      if (other && other.id !== e.id) {
        problems.push(`ambiguous surface form "${s.text}": ${other.file}#${other.id} and ${e.file}#${e.id}`);
      } else owners.set(key, e);
    }
  }
  if (problems.length) throw new CatalogError(problems);
  const hash = crypto.createHash('sha256');
  for (const src of [...sources].sort((a, b) => a.name.localeCompare(b.name))) hash.update(`${src.name}\n${src.text}\n`);
  return new Catalog([...byId.values()], hash.digest('hex'));
}

function readFile(src: CatalogSource, problems: string[]): CatalogEntry[] {
  let doc: unknown;
  try {
    doc = parse(src.text);
  } catch (err) {
    problems.push(`${src.name}: YAML error: ${(err as Error).message.split('\n')[0]}`);
    return [];
  }
  if (!isObject(doc) || typeof doc.kind !== 'string' || !Array.isArray(doc.entries)) {
    problems.push(`${src.name}: expected {kind, entries: [...]}`);
    return [];
  }
  const fileLabel = doc.kind;
  if (!catalogKind(fileLabel)) {
    problems.push(`${src.name}: unknown kind "${fileLabel}"`);
    return [];
  }
  const out: CatalogEntry[] = [];
  doc.entries.forEach((raw: unknown, i: number) => {
    const where = `${src.name}#${isObject(raw) && typeof raw.id === 'string' ? raw.id : `entry ${i + 1}`}`;
    if (!isObject(raw)) {
      problems.push(`${where}: not a mapping`);
      return;
    }
    const before = problems.length;
    for (const k of Object.keys(raw)) if (!ENTRY_KEYS.has(k)) problems.push(`${where}: unknown key "${k}"`);
    const id = str(raw.id);
    const label = labelOf(id ?? '') ?? fileLabel;
    if (!id) problems.push(`${where}: missing id`);
    else checkId(id, label, raw, where, problems);
    const name = str(raw.name);
    if (!name) problems.push(`${where}: missing name`);
    const description = str(raw.description);
    if (!description) problems.push(`${where}: missing description`);
    const url = str(raw.url);
    if (!url || !URL_RE.test(url)) problems.push(`${where}: missing or invalid url`);
    const wikidata = str(raw.wikidata);
    if (raw.wikidata !== undefined && !/^Q\d+$/.test(wikidata ?? '')) problems.push(`${where}: wikidata must look like Q123`);
    const aliases = strList(raw.aliases, `${where}: aliases`, problems);
    const acronyms = strList(raw.acronyms, `${where}: acronyms`, problems);
    for (const a of acronyms) if (/\s/.test(a)) problems.push(`${where}: acronym "${a}" has spaces`);
    const facts = readFacts(raw.facts, where, problems);
    const documents = readDocuments(raw.documents, where, problems);
    if (problems.length > before || !id || !name || !description || !url) return;
    out.push({
      id, label, file: src.name, name, description, url, aliases, acronyms, facts, documents,
      nameZh: str(raw.nameZh), officialTitle: str(raw.officialTitle), wikidata,
      jurisdiction: str(raw.jurisdiction), kind: str(raw.kind), recognise: raw.recognise !== false,
    });
  });
  if (out.length === 0 && doc.entries.length === 0) problems.push(`${src.name}: no entries`);
  return out;
}

function checkId(id: string, label: string, raw: Record<string, unknown>, where: string, problems: string[]): void {
  const parts = id.split(':');
  if (label === 'Law') {
    if (parts.length !== 3 || !SLUG.test(parts[1]) || !SLUG.test(parts[2])) problems.push(`${where}: law id must be law:<jurisdiction>:<slug>`);
    else if (raw.jurisdiction !== parts[1]) problems.push(`${where}: jurisdiction "${String(raw.jurisdiction)}" does not match id`);
  } else if (parts.length !== 2 || !SLUG.test(parts[1])) {
    problems.push(`${where}: id must be ${catalogKind(label)?.prefix}:<slug>`);
  }
}

function labelOf(id: string): string | undefined {
  const label = labelOfId(id);
  return label && catalogKind(label) ? label : undefined;
}

function readFacts(raw: unknown, where: string, problems: string[]): CatalogFact[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    problems.push(`${where}: facts must be a list`);
    return [];
  }
  const out: CatalogFact[] = [];
  for (const [i, f] of (raw as unknown[]).entries()) {
    const at = `${where}: fact ${i + 1}`;
    const fail = (why: string): void => {
      problems.push(`${at}${why}`);
    };
    if (!isObject(f)) {
      fail(': not a mapping');
      continue;
    }
    for (const k of Object.keys(f)) if (!FACT_KEYS.has(k)) problems.push(`${at}: unknown key "${k}"`);
    const type = str(f.type);
    const target = str(f.target);
    const url = str(f.url);
    if (!type || !CATALOG_FACT_TYPES.has(type)) {
      fail(`: unknown type "${String(f.type)}"`);
      continue;
    }
    if (!target) {
      fail(` (${type}): missing target`);
      continue;
    }
    if (!url || !URL_RE.test(url)) {
      fail(` (${type} ${target}): missing or invalid url`);
      continue;
    }
    const confidence = f.confidence === undefined ? undefined : Number(f.confidence);
    if (confidence !== undefined && !(confidence > 0 && confidence <= 1)) problems.push(`${at}: confidence must be in (0, 1]`);
    out.push({ type, target, url, summary: str(f.summary), confidence });
  }
  return out;
}

function readDocuments(raw: unknown, where: string, problems: string[]): LawDocument[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    problems.push(`${where}: documents must be a list`);
    return [];
  }
  const out: LawDocument[] = [];
  for (const d of raw) {
    const doc = typeof d === 'string' ? { id: d } : d;
    if (!isObject(doc) || typeof doc.id !== 'string') {
      problems.push(`${where}: document entries need an id`);
      continue;
    }
    // yaml parses unquoted dates as strings with the core schema; accept Date too.
    const from = doc.from instanceof Date ? doc.from.toISOString().slice(0, 10) : str(doc.from);
    if (from !== undefined && !DATE.test(from)) problems.push(`${where}: document ${doc.id} has a bad date "${from}"`);
    out.push({ id: doc.id, from, alternate: doc.alternate === true });
  }
  return out;
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

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function str(v: unknown): string | undefined {
  if (typeof v === 'number') return String(v);
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
}

function strList(v: unknown, where: string, problems: string[]): string[] {
  if (v === undefined) return [];
  if (!Array.isArray(v)) {
    problems.push(`${where} must be a list`);
    return [];
  }
  const out: string[] = [];
  for (const x of v) {
    const s = str(x);
    if (s === undefined) problems.push(`${where}: empty or non-string item`);
    else out.push(s);
  }
  return out;
}
