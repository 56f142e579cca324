// A gate in front of a regular expression: the literal strings at least one of which any text it can match in must
// hold, derived from the pattern's syntax tree (@eslint-community/regexpp, the parser ESLint's regexp rules use), so
// that a pattern is not run on a text that holds none of them. The words are the pattern's own: a pattern added to the
// data is gated as it stands, and one with no required literal ("\p{Lu}\p{Ll}+", "[^;]{0,60}$") always runs.
//
// What a node requires, read bottom-up:
// - `exact`: every string the node can match (lower-cased), when they are few (a literal, "[Tt]he", "bans?",
//   "(?:and|or)"); an assertion (^, $, \b, a lookaround) matches the empty string;
// - `need`: strings one of which is part of every match: a sequence needs what any one of its parts needs (the
//   best is kept: the longest shortest string, then the fewest), a run of exact parts the run's product, an
//   alternation one of what each alternative needs (none if one needs nothing), a quantifier with a minimum of 1 or
//   more what its element needs, a positive lookaround what its body needs (it is read in the text, if not in the
//   match).
// A text is read in lower case: a character is taken into a literal only where lower-casing maps it the same
// in a pattern and a text whatever the flags (ASCII, or a character with no case, as Han), so the gate holds with
// and without the i flag; the only non-ASCII characters that match an ASCII letter under /iu (U+017F ſ, U+212A K)
// are folded to it. Elsewhere the literal is cut, which keeps the gate sound and only makes it let more through.
import { RegExpParser } from '@eslint-community/regexpp';
import type { Alternative, CharacterClass, Element, Node } from '@eslint-community/regexpp/ast';

/** At most this many strings are kept as one node's exact strings or needed strings. */
const MAX_STRINGS = 24;

interface Reading {
  exact?: string[];
  need?: string[];
}

const parser = new RegExpParser({ ecmaVersion: 2025 });

/** A pattern's gate: its literals, and each literal's n-gram keys (keys[ends[i - 1]..ends[i]) are literal i's). */
interface Gate {
  literals: readonly string[];
  keys: Int32Array;
  ends: Int32Array;
}
const gates = new WeakMap<RegExp, Gate | null>();

function gateOf(re: RegExp): Gate | null {
  let g = gates.get(re);
  if (g === undefined) {
    const literals = derive(re.source, re.flags);
    g = literals ? keyed(literals) : null;
    gates.set(re, g);
  }
  return g;
}

/** The lower-cased literals one of which every text `re` matches in holds, or null where the pattern requires none
 *  (or cannot be read): then it always runs. Derived once per pattern object. */
export function requiredLiterals(re: RegExp): readonly string[] | null {
  return gateOf(re)?.literals ?? null;
}

/** The literals of a pattern's source and flags (requiredLiterals without the memo). */
export function derive(source: string, flags: string): string[] | null {
  let pattern: ReturnType<RegExpParser['parsePattern']>;
  try {
    pattern = parser.parsePattern(source, 0, source.length, { unicode: flags.includes('u'), unicodeSets: flags.includes('v') });
  } catch {
    return null;
  }
  const r = disjunction(pattern.alternatives);
  const need = usable(r.need) ?? usable(r.exact);
  return need ? minimal(need) : null;
}

// ---- the test ----
// A text is read once into a table of the n-grams (1, 2 and 3 code units, folded) it holds, hashed into 2^14 slots;
// a literal may occur in it only if its first, middle and last n-grams (all of a shorter literal's) are in the table.
// A hash collision lets a pattern run that need not (never the other way), so the test is a few array reads a literal,
// where searching the text for each literal (String.prototype.includes) cost more than the pattern it spared.

const BITS = 14;
const SIZE = 1 << BITS;
const SLOTS = 4;
const slotTexts: (string | undefined)[] = new Array(SLOTS);
const slotTables: Uint32Array[] = Array.from({ length: SLOTS }, () => new Uint32Array(SIZE));
const slotStamps = new Uint32Array(SLOTS);
let stamp = 0;
let nextSlot = 0;

/** A code unit as the gate reads it: ASCII in lower case, ſ and K (which /iu folds to s and k) as s and k. */
function foldUnit(c: number): number {
  if (c < 128) return c >= 65 && c <= 90 ? c + 32 : c;
  if (c === 0x17f) return 115;
  if (c === 0x212a) return 107;
  return c;
}

// The n-grams' hashes: a unit a; two units a, b as a * F + b; three as (a * F + b) * F + c (F, FNV's 32-bit prime; all
// mod 2^32), each spread by Fibonacci hashing into the table's 2^14 slots.
const F = 0x01000193;
const spread = (x: number) => Math.imul(x, 0x9e3779b1) >>> (32 - BITS);
const uni = (a: number) => spread(a ^ 0x5bd1e995);
const bi = (a: number, b: number) => spread(Math.imul(a, F) + b);
const tri = (a: number, b: number, c: number) => spread(Math.imul(Math.imul(a, F) + b, F) + c);

/** The slot of `text`'s n-gram table (its entries carry the slot's stamp). The last four texts are remembered: a sentence is asked
 *  by many patterns in turn, and its slices between them. */
function tableOf(text: string): number {
  for (let i = 0; i < SLOTS; i++) if (slotTexts[i] === text) return i;
  const i = nextSlot;
  nextSlot = (nextSlot + 1) % SLOTS;
  const table = slotTables[i] as Uint32Array;
  stamp = (stamp + 1) >>> 0;
  if (stamp === 0) {
    for (const t of slotTables) t.fill(0);
    stamp = 1;
  }
  // Rolling: `two` is the last two units' hash before spreading, and the trigram's is built on it.
  let prev = -1;
  let two = 0;
  for (let k = 0; k < text.length; k++) {
    const c = foldUnit(text.charCodeAt(k));
    table[spread(c ^ 0x5bd1e995)] = stamp;
    if (k >= 2) table[spread(Math.imul(two, F) + c)] = stamp;
    if (k >= 1) {
      two = Math.imul(prev, F) + c;
      table[spread(two)] = stamp;
    }
    prev = c;
  }
  slotTexts[i] = text;
  slotStamps[i] = stamp;
  return i;
}

/** Each literal's keys: a unit's or two units' own n-gram; of a longer literal its first, middle and last trigrams. */
function keyed(literals: string[]): Gate {
  const keys: number[] = [];
  const ends: number[] = [];
  for (const w of literals) {
    const u = [...Array(w.length).keys()].map((k) => foldUnit(w.charCodeAt(k)));
    if (u.length === 1) keys.push(uni(u[0] as number));
    else if (u.length === 2) keys.push(bi(u[0] as number, u[1] as number));
    else {
      const at = new Set([0, Math.floor((u.length - 3) / 2), u.length - 3]);
      for (const k of at) keys.push(tri(u[k] as number, u[k + 1] as number, u[k + 2] as number));
    }
    ends.push(keys.length);
  }
  return { literals, keys: Int32Array.from(keys), ends: Int32Array.from(ends) };
}

/** A pattern's gate, for a caller that asks it of many texts from a table of its own (relations.ts, per rule index)
 *  rather than through the WeakMap of patterns on every call; null where the pattern always runs. */
export type PatternGate = Gate | null;
export function gateFor(re: RegExp): PatternGate {
  return gateOf(re);
}

/** Whether `re` may match in `text` or in any part of it (false: it cannot; true: run it to know). */
export function mayMatch(re: RegExp, text: string): boolean {
  return gatePasses(gateOf(re), text);
}

/** mayMatch by the pattern's gate (gateFor). */
export function gatePasses(g: PatternGate, text: string): boolean {
  if (g === null) return true;
  const i0 = tableOf(text);
  const table = slotTables[i0] as Uint32Array;
  const at = slotStamps[i0] as number;
  const { keys, ends } = g;
  // A literal is ruled out at its first key missing from the table: its other keys are not read.
  let k = 0;
  for (let i = 0; i < ends.length; i++) {
    const end = ends[i] as number;
    while (k < end && table[keys[k] as number] === at) k++;
    if (k === end) return true;
    k = end;
  }
  return false;
}

/** re.test(text), not run where the gate rules a match out (a global or sticky pattern's lastIndex is then reset, as a
 *  failed test resets it). */
export function gatedTest(re: RegExp, text: string): boolean {
  if (mayMatch(re, text)) return re.test(text);
  if (re.global || re.sticky) re.lastIndex = 0;
  return false;
}

/** re.exec(text), not run where the gate rules a match out (lastIndex reset as by a failed exec). */
export function gatedExec(re: RegExp, text: string): RegExpExecArray | null {
  if (mayMatch(re, text)) return re.exec(text);
  if (re.global || re.sticky) re.lastIndex = 0;
  return null;
}

const globals = new WeakMap<RegExp, RegExp>();

/** `re` with the global flag, made once per pattern (matchAll and exec scans need it; compiling it per sentence cost). */
export function globalOf(re: RegExp): RegExp {
  let g = globals.get(re);
  if (!g) {
    g = new RegExp(re.source, `${re.flags.replace('g', '')}g`);
    globals.set(re, g);
  }
  return g;
}

/** text.matchAll(re) for a global pattern, without the copy of the pattern matchAll makes per call where the gate or one
 *  search finds no match (most sentences hold none of most patterns): the same matches, in order. */
export function gatedMatchAll(re: RegExp, text: string): Iterable<RegExpExecArray> {
  if (!re.global) throw new TypeError(`gatedMatchAll: ${re} is not global`);
  return !mayMatch(re, text) || text.search(re) < 0 ? [] : text.matchAll(re);
}

// ---- derivation ----

/** A character as a literal's part, or undefined where lower-casing may map it differently in a pattern and a text. */
function literalChar(cp: number): string | undefined {
  const ch = String.fromCodePoint(cp);
  if (cp < 0x80) return ch.toLowerCase();
  return ch.toLowerCase() === ch && ch.toUpperCase() === ch ? ch : undefined;
}

function disjunction(alts: Alternative[]): Reading {
  const read = alts.map(sequence);
  const exact = unionAll(read.map((r) => r.exact));
  const needs = read.map((r) => usable(r.need) ?? usable(r.exact));
  const need = needs.every((n) => n !== undefined) ? unionAll(needs) : undefined;
  return { exact, need };
}

function sequence(alt: Alternative): Reading {
  let run: string[] | undefined = [''];
  let allExact = true;
  const candidates: string[][] = [];
  const close = () => {
    if (run) {
      const u = usable(run);
      if (u) candidates.push(u);
    }
  };
  for (const el of alt.elements) {
    const r = element(el);
    const n = usable(r.need);
    if (n) candidates.push(n);
    if (r.exact && run) {
      const p = product(run, r.exact);
      if (p) {
        run = p;
        continue;
      }
    }
    close();
    if (r.exact) {
      run = r.exact;
      allExact = false;
    } else {
      run = [''];
      allExact = false;
    }
  }
  const exact = allExact ? run : undefined;
  close();
  return { exact, need: best(candidates) };
}

function element(el: Element | Node): Reading {
  switch (el.type) {
    case 'Character': {
      const c = literalChar(el.value);
      return c === undefined ? {} : { exact: [c] };
    }
    case 'CharacterClass':
      return { exact: classChars(el) };
    case 'Assertion':
      if (el.kind === 'lookahead' || el.kind === 'lookbehind') {
        if (el.negate) return { exact: [''] };
        const body = disjunction(el.alternatives);
        return { exact: [''], need: usable(body.need) ?? usable(body.exact) };
      }
      return { exact: [''] };
    case 'Group':
    case 'CapturingGroup':
      return disjunction(el.alternatives);
    case 'Quantifier': {
      const body = element(el.element);
      const need = el.min >= 1 ? (usable(body.need) ?? usable(body.exact)) : undefined;
      let exact: string[] | undefined;
      if (body.exact && el.max <= 2) {
        exact = el.min === 0 ? [''] : [];
        let power: string[] | undefined = [''];
        for (let k = 1; k <= el.max && power; k++) {
          power = product(power, body.exact);
          if (power && k >= el.min) exact = union(exact, power);
        }
        if (!power) exact = undefined;
      }
      return { exact: exact && exact.length <= MAX_STRINGS ? exact : undefined, need };
    }
    default:
      // Character sets (\d, \s, \w, ., \p{...}), backreferences, expression classes: no literal.
      return {};
  }
}

/** The characters of a class that lists a few, as literals ("[Tt]", "[’']", "[)）]"); none for a negated class, a
 *  range, a set or a class with a character lower-casing may change. */
function classChars(c: CharacterClass): string[] | undefined {
  if (c.negate) return undefined;
  const out = new Set<string>();
  for (const e of c.elements) {
    if (e.type !== 'Character') return undefined;
    const ch = literalChar(e.value);
    if (ch === undefined) return undefined;
    out.add(ch);
  }
  return out.size > 0 && out.size <= 8 ? [...out] : undefined;
}

function product(a: string[], b: string[]): string[] | undefined {
  if (a.length * b.length > MAX_STRINGS) return undefined;
  const out = new Set<string>();
  for (const x of a) for (const y of b) out.add(x + y);
  return [...out];
}

function union(a: string[], b: string[]): string[] {
  return [...new Set([...a, ...b])];
}

function unionAll(sets: (string[] | undefined)[]): string[] | undefined {
  let out: string[] = [];
  for (const s of sets) {
    if (!s) return undefined;
    out = union(out, s);
  }
  return out.length <= MAX_STRINGS * 2 ? out : undefined;
}

/** A set as a requirement: none where it holds the empty string (every text holds it). */
function usable(s: string[] | undefined): string[] | undefined {
  return s && s.length > 0 && !s.includes('') ? s : undefined;
}

/** The most selective requirement: the longest shortest string (up to 8 characters), then the fewest strings (a
 *  letter more is worth eight times the strings). */
function best(candidates: string[][]): string[] | undefined {
  let top: string[] | undefined;
  let topScore = -Infinity;
  for (const c of candidates) {
    const shortest = Math.min(...c.map((s) => s.length));
    const score = Math.min(shortest, 8) * 3 - Math.log2(c.length);
    if (score > topScore) {
      top = c;
      topScore = score;
    }
  }
  return top;
}

/** A requirement without the strings that hold another of its strings (which is then needed no less). */
function minimal(s: string[]): string[] {
  const sorted = [...new Set(s)].sort((a, b) => a.length - b.length);
  const out: string[] = [];
  for (const w of sorted) if (!out.some((o) => w.includes(o))) out.push(w);
  return out;
}
