// The values of YAML data files, remembered as JSON by the hash of their text (and the YAML reader's version), in the
// system's temporary directory and in the process. Every fresh process (each extraction worker) otherwise reads some
// 400 KB of YAML with a reader whose code has not yet been compiled; JSON.parse is native. Derived, never the source:
// a changed file is another key, a value JSON cannot carry exactly (.inf, -0, a binary, a "__proto__" key) is not
// remembered, and a directory that cannot be made, read or written only means no cache.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { threadId } from 'node:worker_threads';

const DIR = path.join(os.tmpdir(), 'lawgraph-data-cache');
/** Bumped when what is stored changes; the reader's version, because its values are what is stored. */
const VERSION = `1 yaml ${(createRequire(import.meta.url)('yaml/package.json') as { version: string }).version}`;

/** The JSON of the values read in this process, by key: a file several loaders read is parsed once. */
const remembered = new Map<string, string>();

const keyOf = (text: string): string => createHash('sha256').update(VERSION).update('\0').update(text).digest('hex');

/** The value remembered for a data file's text, a fresh copy; undefined when none is. */
export function cachedValue(text: string): { key: string; value: unknown } | { key: string; value?: undefined } {
  const key = keyOf(text);
  let json = remembered.get(key);
  if (json === undefined) {
    try {
      json = fs.readFileSync(path.join(DIR, `${key}.json`), 'utf8');
    } catch {
      return { key };
    }
    remembered.set(key, json);
  }
  try {
    return { key, value: JSON.parse(json) };
  } catch {
    remembered.delete(key); // a damaged file: read again from the YAML, and written anew
    return { key };
  }
}

/** Remembers the value read from a data file's text under `key` (cachedValue's), if JSON carries it exactly. */
export function rememberValue(key: string, value: unknown): void {
  if (!faithful(value)) return;
  const json = JSON.stringify(value);
  remembered.set(key, json);
  const file = path.join(DIR, `${key}.json`);
  // Written aside and renamed, so that a process reading it at the same time sees all of it or nothing.
  const aside = `${file}.${process.pid}-${threadId}.tmp`;
  try {
    // Not `recursive`: Node 24's recursive mkdirSync never returns under some unwritable parents (a TMPDIR in /proc).
    if (!fs.existsSync(DIR)) fs.mkdirSync(DIR);
    fs.writeFileSync(aside, json);
    fs.renameSync(aside, file);
  } catch {
    try {
      fs.rmSync(aside, { force: true });
    } catch {
      // nothing written
    }
  }
}

/** Whether JSON.parse(JSON.stringify(value)) equals `value`: strings, finite numbers but -0, booleans, null, plain
 *  lists and mappings of them. */
function faithful(value: unknown): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) if (!(i in value) || !faithful(value[i])) return false;
    return Object.getPrototypeOf(value) === Array.prototype;
  }
  if (typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype) return false;
  for (const k of Reflect.ownKeys(value)) {
    if (typeof k !== 'string' || k === '__proto__') return false;
    if (!faithful((value as Record<string, unknown>)[k])) return false;
  }
  return true;
}
