// One test for a list of patterns: their alternation, which matches a text wherever one of them does. A reader
// that searches a sentence with each pattern of a list (the citation patterns of grammar/instruments.yaml, the
// Chinese bodies of names.yaml) asks it first, so a sentence none can match (most) costs one scan instead of
// one per pattern, each with its matchAll iterator and the copy of the pattern matchAll makes (dearer than the
// scan itself for a short sentence, even for a list of one).

const built = new WeakMap<readonly RegExp[], RegExp | null>();

/** The alternation of `patterns` (their group names dropped), made once per list; null when the patterns differ
 *  in flags other than g/y or refer to a group (a backreference would count the groups of the others). */
export function anyOf(patterns: readonly RegExp[]): RegExp | null {
  let re = built.get(patterns);
  if (re === undefined) {
    re = build(patterns);
    built.set(patterns, re);
  }
  return re;
}

const lists = new WeakMap<object, RegExp[]>();

/** The patterns `make` takes from `owner` (a grammar's section), as one list per owner: anyOf builds once per list. */
export function listOf(owner: object, make: () => RegExp[]): RegExp[] {
  let list = lists.get(owner);
  if (!list) {
    list = make();
    lists.set(owner, list);
  }
  return list;
}

function build(patterns: readonly RegExp[]): RegExp | null {
  const flags = new Set(patterns.map((p) => p.flags.replace(/[gy]/g, '')));
  if (patterns.length === 0 || flags.size !== 1) return null;
  const parts: string[] = [];
  for (const p of patterns) {
    const src = unnamed(p.source);
    if (src === null) return null;
    parts.push(`(?:${src})`);
  }
  return new RegExp(parts.join('|'), [...flags][0]);
}

/** `src` with its named groups made non-capturing ("(?<num>" -> "(?:"); null with a backreference. */
function unnamed(src: string): string | null {
  if (/\\k<|\\[1-9]/.test(src)) return null;
  let out = '';
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (ch === '\\') {
      out += ch + (src[i + 1] ?? '');
      i++;
    } else if (inClass) {
      if (ch === ']') inClass = false;
      out += ch;
    } else if (ch === '[') {
      inClass = true;
      out += ch;
    } else if (src.startsWith('(?<', i) && src[i + 3] !== '=' && src[i + 3] !== '!') {
      out += '(?:';
      i = src.indexOf('>', i);
    } else out += ch;
  }
  return out;
}

/** What `text.matchAll(re)` yields for a global `re`, read with `re` itself instead of the copy matchAll makes of it (for
 *  a sentence that most of a list's patterns do not match, the copy costs more than the scan). Every match is read
 *  before any is returned, and `re` is left as found, so a caller may use it again inside its loop. */
export function matchesOf(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new Error(`matchesOf: ${re} is not global`);
  const from = re.lastIndex;
  const out: RegExpExecArray[] = [];
  re.lastIndex = from;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    out.push(m);
    // An empty match moves on by one character, as matchAll does (by code point with the u or v flag).
    if (m[0] === '') re.lastIndex = advance(text, re.lastIndex, re.unicode || re.unicodeSets);
  }
  re.lastIndex = from;
  return out;
}

function advance(text: string, at: number, unicode: boolean): number {
  if (!unicode || at + 1 >= text.length) return at + 1;
  const c = text.charCodeAt(at);
  return c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(at + 1) & 0xfc00) === 0xdc00 ? at + 2 : at + 1;
}
