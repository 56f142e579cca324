// The values of YAML data files, remembered as JSON by the hash of their text (and the YAML reader's version), in the
// user's private directory under the system's temporary one and in the process. Every fresh process (each extraction worker) otherwise reads some
// 400 KB of YAML with a reader whose code has not yet been compiled; JSON.parse is native. Derived, never the source:
// a changed file is another hash, a value JSON cannot carry exactly (.inf, -0, a binary, a "__proto__" key) is not
// remembered, and a directory that cannot be made, read or written only means no cache. On disk each file (by its
// name, in its checkout) has one slot, which its next text replaces, so the directory does not grow with every edit;
// files under test/ (the gold sets among them: no copy of an evaluation set outside the repository) and files named by
// an absolute path (outside the repository: a test's temporary files) are remembered in the process only.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { threadId } from 'node:worker_threads';
import { repoRoot } from '../config.ts';

/** The user's own directory: in a temporary directory others may write to, a slot someone else could plant would
 *  stand for the catalog, so the directory is the user's, made private, and checked before any slot is read. */
const DIR = path.join(os.tmpdir(), `lawgraph-data-cache-${process.getuid?.() ?? 'user'}`);
/** Bumped when what is stored changes; the reader's version, because its values are what is stored. */
const VERSION = `2 yaml ${(createRequire(import.meta.url)('yaml/package.json') as { version: string }).version}`;

/** The JSON of the values read in this process, by the hash of their text: a file several loaders read is parsed once. */
const remembered = new Map<string, string>();

const sha256 = (...parts: string[]): string => {
  const h = createHash('sha256');
  for (const p of parts) h.update(p).update('\0');
  return h.digest('hex');
};
/** The slot of a data file on disk, or undefined for one that is not kept there. */
const slotOf = (name: string): string | undefined =>
  name.startsWith('test/') || path.isAbsolute(name) ? undefined : path.join(DIR, `${sha256(VERSION, repoRoot, name)}.json`);

let privateDir: boolean | undefined;
/** Whether DIR is a directory of this user's that nobody else may write to (made so when missing); asked once. */
function ownDir(): boolean {
  if (privateDir !== undefined) return privateDir;
  try {
    // Not `recursive`: Node 24's recursive mkdirSync never returns under some unwritable parents (a TMPDIR in /proc).
    if (!fs.existsSync(DIR)) fs.mkdirSync(DIR, { mode: 0o700 });
    const st = fs.lstatSync(DIR);
    privateDir = st.isDirectory() && (process.getuid === undefined || st.uid === process.getuid()) && (st.mode & 0o022) === 0;
  } catch {
    privateDir = false;
  }
  return privateDir;
}

/** A slot holds the hash of the text its value was read from, a line break, and the value's JSON. */
function readSlot(slot: string, hash: string): string | undefined {
  if (!ownDir()) return undefined;
  let stored: string;
  try {
    stored = fs.readFileSync(slot, 'utf8');
  } catch {
    return undefined;
  }
  const cut = stored.indexOf('\n');
  return cut > 0 && stored.slice(0, cut) === hash ? stored.slice(cut + 1) : undefined;
}

/** The value remembered for data file `name`'s text, a fresh copy; undefined when none is. `hash` is for rememberValue. */
export function cachedValue(name: string, text: string): { hash: string; value?: unknown } {
  const hash = sha256(VERSION, text);
  let json = remembered.get(hash);
  if (json === undefined) {
    const slot = slotOf(name);
    json = slot === undefined ? undefined : readSlot(slot, hash);
    if (json === undefined) return { hash };
    remembered.set(hash, json);
  }
  try {
    return { hash, value: JSON.parse(json) };
  } catch {
    remembered.delete(hash); // a damaged slot: read again from the YAML, and written anew
    return { hash };
  }
}

/** Remembers the value read from data file `name`'s text (`hash`: cachedValue's), if JSON carries it exactly. */
export function rememberValue(name: string, hash: string, value: unknown): void {
  if (!faithful(value)) return;
  const json = JSON.stringify(value);
  remembered.set(hash, json);
  const slot = slotOf(name);
  if (slot === undefined || !ownDir()) return;
  // Written aside and renamed, so that a process reading it at the same time sees all of it or nothing.
  const aside = `${slot}.${process.pid}-${threadId}.tmp`;
  try {
    fs.writeFileSync(aside, `${hash}\n${json}`);
    fs.renameSync(aside, slot);
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
