// One loader for every YAML data file (vocabularies, catalog, rules, word lists, gold sets): the text is
// parsed with its positions (yaml's LineCounter), the value is validated by the file's zod schema, and
// every problem of the file is reported at once as `<file>:<line>:<col>: <path>: <message>`: YAML
// syntax errors, schema problems, and the checks across entries a loader adds (`DataFile.problem`).
// A text read before (in this process or another) takes its value from data-cache.ts, and is parsed as YAML only
// when a problem needs its positions.
import fs from 'node:fs';
import path from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import type { Document } from 'yaml';
import { z } from 'zod';
import { repoRoot } from '../config.ts';
import { cachedValue, rememberValue } from './data-cache.ts';

export type DataPath = readonly PropertyKey[];

export interface DataIssue {
  /** The file as named in messages (repository-relative for the project's own files). */
  file: string;
  /** 1-based. */
  line: number;
  col: number;
  /** Where in the value (`entries[3].facts[0].url`); empty for the file as a whole. */
  path: DataPath;
  message: string;
}

/** `entries[3].facts[0].url`; keys that are not plain words are quoted (`documents["sec_1.p_2"]`). */
export function showPath(p: DataPath): string {
  return p
    .map((k, i) => {
      if (typeof k === 'number') return `[${k}]`;
      const key = String(k);
      if (!/^[A-Za-z_][\w-]*$/.test(key)) return `[${JSON.stringify(key)}]`;
      return i === 0 ? key : `.${key}`;
    })
    .join('');
}

export function formatIssue(i: DataIssue): string {
  const where = showPath(i.path);
  return `${i.file}:${i.line}:${i.col}: ${where ? `${where}: ` : ''}${i.message}`;
}

/** Every problem of a data file, one line each. */
export class DataError extends Error {
  readonly issues: DataIssue[];
  /** `<file>:<line>:<col>: <path>: <message>`, one per issue. */
  readonly problems: string[];
  constructor(issues: DataIssue[], summary?: string) {
    const problems = issues.map(formatIssue);
    super([...(summary ? [summary] : []), ...problems].join('\n'));
    this.name = 'DataError';
    this.issues = issues;
    this.problems = problems;
  }
}

const UNKNOWN_KEY = 'unknown key';
const TYPE_NAMES: Record<string, string> = { array: 'a list', object: 'a mapping', string: 'a string', number: 'a number', boolean: 'true or false' };
const typeName = (v: unknown): string => (v === null ? 'nothing' : Array.isArray(v) ? 'a list' : (TYPE_NAMES[typeof v] ?? typeof v));

/** zod's problems in the data files' own words; a message a schema sets itself wins over these. */
const dataMessages: z.core.$ZodErrorMap = (iss) => {
  switch (iss.code) {
    case 'invalid_type':
      return iss.input === undefined ? 'missing' : `expected ${TYPE_NAMES[iss.expected] ?? iss.expected}, got ${typeName(iss.input)}`;
    case 'invalid_value': {
      const allowed = iss.values.length === 1 ? JSON.stringify(iss.values[0]) : `one of ${iss.values.map((v) => JSON.stringify(v)).join(', ')}`;
      return iss.input === undefined ? `missing (${allowed})` : `expected ${allowed}, got ${JSON.stringify(iss.input) ?? typeName(iss.input)}`;
    }
    case 'too_small':
      return Number(iss.minimum) === 1 && (iss.origin === 'array' || iss.origin === 'string') ? 'must not be empty' : undefined;
    case 'invalid_format':
      return iss.format === 'regex' ? `${JSON.stringify(iss.input)} does not match ${String((iss as { pattern?: unknown }).pattern)}` : undefined;
    case 'unrecognized_keys':
      return UNKNOWN_KEY;
    case 'invalid_union':
      return `${typeName(iss.input)} matches none of the allowed forms`;
    default:
      return undefined;
  }
};

/** A YAML data file parsed with its positions, so that any path in it maps back to a line and column. */
export class DataFile {
  readonly name: string;
  readonly text: string;
  /** The parsed value; undefined when the YAML does not parse. */
  readonly value: unknown;
  /** Every problem found so far, in the order found. */
  readonly issues: DataIssue[] = [];
  readonly #lines = new LineCounter();
  /** The parsed document, for positions; read when first needed if the value came from the cache (data-cache.ts). */
  #doc: Document.Parsed | undefined;
  readonly #parsed: boolean;

  /** `file`: the path the text was read from, when `name` (the name problems are reported by) may not tell it from a
   *  file of that name elsewhere (catalog/authorities.yaml and vocab/authorities.yaml): the cache keeps one slot per file
   *  on disk (data-cache.ts), and two files sharing one slot would each replace the other's value on every read. */
  constructor(name: string, text: string, file?: string) {
    this.name = name;
    this.text = text;
    const slot = file === undefined ? name : displayName(file);
    const cached = cachedValue(slot, text);
    if (cached.value !== undefined) {
      // Only a text that parsed without a problem is remembered.
      this.value = cached.value;
      this.#parsed = true;
      return;
    }
    const doc = this.#document();
    for (const e of doc.errors) this.#add([], `YAML error: ${e.message}`, e.pos[0]);
    let value: unknown;
    if (doc.errors.length === 0) {
      try {
        value = doc.toJS(); // yaml bounds alias expansion (maxAliasCount)
      } catch (e) {
        this.#add([], `YAML error: ${(e as Error).message}`, 0);
      }
    }
    this.value = value;
    this.#parsed = this.issues.length === 0;
    if (this.#parsed) rememberValue(slot, cached.hash, value);
  }

  #document(): Document.Parsed {
    this.#doc ??= parseDocument(this.text, { lineCounter: this.#lines, prettyErrors: false });
    return this.#doc;
  }

  get valid(): boolean {
    return this.issues.length === 0;
  }

  /** Validates the value at `at` (the whole file by default); its problems join `issues`. */
  check<S extends z.ZodType>(schema: S, at: DataPath = []): z.output<S> | undefined {
    if (!this.#parsed) return undefined;
    const result = schema.safeParse(valueAt(this.value, at), { error: dataMessages, jitless: true });
    if (result.success) return result.data;
    for (const iss of result.error.issues) {
      const p = [...at, ...iss.path];
      if (iss.code === 'unrecognized_keys') {
        for (const k of iss.keys) this.#add([...p, k], iss.message === UNKNOWN_KEY ? `unknown key "${k}"` : iss.message, this.#offset([...p, k], true));
      } else if (iss.code === 'invalid_key') {
        this.#add(p, iss.issues.map((i) => i.message).join('; '), this.#offset(p, true));
      } else this.#add(p, iss.message, this.#offset(p));
    }
    return undefined;
  }

  /** Records a problem found outside the schema (a reference across entries or files) at `at`. */
  problem(at: DataPath, message: string): DataIssue {
    return this.#add(at, message, this.#offset(at));
  }

  /** Throws a DataError listing every problem, if there is one. */
  assertValid(): void {
    if (this.issues.length) throw new DataError(this.issues);
  }

  #add(at: DataPath, message: string, offset: number): DataIssue {
    this.#document(); // fills the line counter
    const { line, col } = this.#lines.linePos(offset);
    const issue = { file: this.name, line, col, path: at, message };
    this.issues.push(issue);
    return issue;
  }

  /** Offset of the node at `at` (of its key with `key`), or of its nearest ancestor in the file. */
  #offset(at: DataPath, key = false): number {
    let node: unknown = this.#document().contents;
    let offset = startOf(node) ?? 0;
    for (const [i, k] of at.entries()) {
      let next: unknown;
      let keyNode: unknown;
      if (isMap(node)) {
        const pair = node.items.find((p) => String(isScalar(p.key) ? p.key.value : p.key) === String(k));
        if (!pair) break;
        keyNode = pair.key;
        next = pair.value;
      } else if (isSeq(node) && typeof k === 'number') next = node.items[k];
      else break;
      const last = i === at.length - 1;
      offset = (last && key ? startOf(keyNode) : undefined) ?? startOf(next) ?? startOf(keyNode) ?? offset;
      node = next;
    }
    return offset;
  }
}

function startOf(node: unknown): number | undefined {
  const range = (node as { range?: [number, number, number] } | null)?.range;
  return range?.[0];
}

function valueAt(value: unknown, at: DataPath): unknown {
  let v = value;
  for (const k of at) v = v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined;
  return v;
}

/** Parses and validates one data file's text; throws a DataError listing every problem. */
export function parseData<S extends z.ZodType>(name: string, text: string, schema: S): z.output<S> {
  const file = new DataFile(name, text);
  const value = file.check(schema);
  file.assertValid();
  return value as z.output<S>;
}

/** Reads a data file (named by its repository-relative path unless `name` is given) and validates it. */
export function loadData<S extends z.ZodType>(file: string, schema: S, name = displayName(file)): z.output<S> {
  return parseData(name, readText(file, name), schema);
}

/** A generated JSON file (grammar/wordnet-verbs.json, wordnet-heads.json): read by JSON.parse, which is far cheaper
 *  than the YAML reader on tens of thousands of entries, then validated. One that does not parse or validate is read
 *  again by loadData, so its problems are reported with their lines as for every data file. (Its serialiser writes no
 *  duplicate keys, which JSON.parse, unlike the YAML reader, would accept.) */
export function loadJsonData<S extends z.ZodType>(file: string, schema: S, name = displayName(file)): z.output<S> {
  const text = readText(file, name);
  const known = jsonRead.get(file);
  if (known && known.text === text && known.schema === schema) return known.value as z.output<S>;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return parseData(name, text, schema); // the YAML reader locates the error
  }
  const result = schema.safeParse(value, { jitless: true });
  if (!result.success) return parseData(name, text, schema);
  jsonRead.set(file, { text, schema, value: deepFreeze(result.data) });
  return result.data;
}
/** The last valid value read from each generated JSON file, with the text and schema it came from: several readers
 *  take their part of one file (wordnet-verbs.json is read five times, wordnet-heads.json three times), and parsing
 *  and validating tens of thousands of entries again cost a fresh process some 25 ms. A changed text is read anew.
 *  Shared, so frozen. */
const jsonRead = new Map<string, { text: string; schema: z.ZodType; value: unknown }>();
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** A data file's text; one that cannot be read is a DataError naming it. */
export function readText(file: string, name = displayName(file)): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (e) {
    throw new DataError([{ file: name, line: 1, col: 1, path: [], message: `cannot read (${(e as Error).message})` }]);
  }
}

export function displayName(file: string): string {
  const rel = path.relative(repoRoot, path.resolve(file));
  return rel.startsWith('..') || path.isAbsolute(rel) ? file : rel;
}

// ------------------------------------------------------------------------ schema pieces

/** Why `source` is not a usable regular expression under `flags`: it must compile, and must not match
 *  the empty string (a matcher could not advance past it; a cue would match everywhere). */
export function regexProblem(source: string, flags: string): string | undefined {
  if (MODIFIER_GROUP.test(source)) return `/${source}/ has an inline modifier group ((?i:…), (?-i:…)): Node 24's V8 compiles them wrongly in some compilations, so the answer would depend on what the process ran before (nodejs/node#60030); write a letter's cases as a class ([iI]) or split the pattern by case`;
  let re: RegExp;
  try {
    re = new RegExp(source, flags);
  } catch (e) {
    return `bad regular expression /${source}/ (${(e as Error).message})`;
  }
  // Testing compiles the pattern (the constructor only parses it): about 4% of a fresh process's extraction of
  // reports went to compiling some 750 patterns, most of them pieces never run as they stand. A pattern that
  // must consume a character cannot match the empty string; only the others are run.
  return mayMatchEmpty(source, flags) && re.test('') ? `/${source}/ matches the empty string` : undefined;
}

/** An inline modifier group: "(?" then flags, perhaps "-" and flags, then ":", not after an escaping backslash. */
const MODIFIER_GROUP = /(?<!\\)\(\?[ims]*-?[ims]+:/u;

/** False when `source` (a valid pattern under `flags`) surely consumes at least one character on every match;
 *  true when it may match the empty string, or when this reading cannot tell (the v flag, modifiers). */
export function mayMatchEmpty(source: string, flags: string): boolean {
  if (flags.includes('v')) return true;
  const unicode = flags.includes('u');
  let i = 0;
  const UNKNOWN = Symbol('unknown');
  // Each returns whether what it read consumes at least one character on every match; throws UNKNOWN when unsure.
  const disjunction = (): boolean => {
    let all = alternative();
    while (source[i] === '|') {
      i++;
      all = alternative() && all;
    }
    return all;
  };
  const alternative = (): boolean => {
    let consumes = false;
    while (i < source.length && source[i] !== '|' && source[i] !== ')') {
      const atom = term();
      const min = quantifier();
      if (atom && min > 0) consumes = true;
    }
    return consumes;
  };
  /** The least count of the quantifier at i (1 when there is none), past it and its lazy mark. */
  const quantifier = (): number => {
    const ch = source[i];
    let min = 1;
    if (ch === '*' || ch === '?') {
      min = 0;
      i++;
    } else if (ch === '+') i++;
    else if (ch === '{') {
      const q = /^\{(\d+)(?:,\d*)?\}/.exec(source.slice(i));
      if (!q) return 1; // a literal brace (without u), read as an atom next
      min = Number(q[1]);
      i += q[0].length;
    } else return 1;
    if (source[i] === '?') i++;
    return min;
  };
  const hex = (n: number): boolean => new RegExp(`^[0-9a-fA-F]{${n}}`).test(source.slice(i, i + n));
  const term = (): boolean => {
    const ch = source[i++] as string;
    if (ch === '^' || ch === '$') return false;
    if (ch === '.') return true;
    if (ch === '[') {
      for (; i < source.length && source[i] !== ']'; i++) if (source[i] === '\\') i++;
      if (i >= source.length) throw UNKNOWN;
      i++;
      return true;
    }
    if (ch === '(') {
      let zeroWidth = false;
      if (source[i] === '?') {
        const kind = /^\?(?::|=|!|<=|<!|<[^>=!]+>)/.exec(source.slice(i))?.[0];
        if (kind === undefined) throw UNKNOWN; // modifiers (?i:...) and what else may come
        zeroWidth = kind !== '?:' && !kind.endsWith('>');
        i += kind.length;
      }
      const inner = disjunction();
      if (source[i] !== ')') throw UNKNOWN;
      i++;
      return inner && !zeroWidth;
    }
    if (ch === '\\') {
      const e = source[i++];
      if (e === undefined) throw UNKNOWN;
      if (e === 'b' || e === 'B') return false;
      if (/[1-9]/.test(e)) {
        // A backreference (it may be empty), or an octal escape without u: read as empty either way.
        while (/[0-9]/.test(source[i] ?? '')) i++;
        return false;
      }
      if (e === 'k' && source[i] === '<') {
        const end = source.indexOf('>', i);
        if (end < 0) throw UNKNOWN;
        i = end + 1;
        return false;
      }
      if (e === '0') {
        while (!unicode && /[0-7]/.test(source[i] ?? '')) i++;
        return true;
      }
      if ((e === 'p' || e === 'P') && unicode && source[i] === '{') {
        const end = source.indexOf('}', i);
        if (end < 0) throw UNKNOWN;
        i = end + 1;
        return true;
      }
      if (e === 'x' && hex(2)) i += 2;
      else if (e === 'u' && unicode && source[i] === '{') {
        const end = source.indexOf('}', i);
        if (end < 0) throw UNKNOWN;
        i = end + 1;
      } else if (e === 'u' && hex(4)) {
        const unit = Number.parseInt(source.slice(i, i + 4), 16);
        i += 4;
        // Under u a surrogate pair written as two escapes is one character, which a quantifier after it quantifies.
        if (unicode && unit >= 0xd800 && unit <= 0xdbff && source[i] === '\\' && source[i + 1] === 'u') i += 6;
      } else if (e === 'c' && /[A-Za-z]/.test(source[i] ?? '')) i++;
      return true;
    }
    if (ch === '*' || ch === '+' || ch === '?' || ch === ')' || ch === '|') throw UNKNOWN;
    // Under u a character outside the BMP (a surrogate pair in the source) is one atom.
    if (unicode && /[\uD800-\uDBFF]/.test(ch) && /[\uDC00-\uDFFF]/.test(source[i] ?? '')) i++;
    return true;
  };
  try {
    const consumes = disjunction();
    return !(consumes && i === source.length);
  } catch (e) {
    if (e === UNKNOWN) return true;
    throw e;
  }
}

/** A regular expression as written in a data file, kept as its source. */
export const regexSource = (flags = '') =>
  z.string().superRefine((source, ctx) => {
    const why = regexProblem(source, flags);
    if (why) ctx.addIssue({ code: 'custom', message: why, input: source });
  });

/** A regular expression as written in a data file, compiled with `flags`. */
export const regex = (flags = '') => regexSource(flags).transform((source) => new RegExp(source, flags));
