// A pattern without its assertions (\b, \B, lookarounds, an end anchor): it consumes what the pattern consumes and
// tests nothing around it, so it matches somewhere in a text whenever the pattern matches in any slice of
// that text. relations.ts asks it once per sentence and rule, to skip a rule whose cue no slice can hold
// instead of testing the cue between every pair of mentions.

const relaxed = new WeakMap<RegExp, RegExp | null>();

/** `re` without assertions, or null when that cannot be built safely (backreferences, a quantified assertion) or
 *  would be slow (a start anchor). */
export function assertionFree(re: RegExp): RegExp | null {
  let r = relaxed.get(re);
  if (r === undefined) {
    r = build(re);
    relaxed.set(re, r);
  }
  return r;
}

function build(re: RegExp): RegExp | null {
  const src = re.source;
  // A backreference would count groups an assertion removed, or refer to one inside it.
  if (/\\[1-9]|\\k</.test(src) || re.flags.includes('v')) return null;
  // A quantifier after a removed assertion ("\b?") would quantify something else.
  const quantified = (at: number): boolean => '?*+{'.includes(src[at] ?? 'x');
  let out = '';
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (ch === '\\') {
      const next = src[i + 1] ?? '';
      if (inClass || (next !== 'b' && next !== 'B')) out += ch + next;
      else if (quantified(i + 2)) return null;
      i++;
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
      out += ch;
      continue;
    }
    if (ch === '[') {
      inClass = true;
      out += ch;
      continue;
    }
    // A pattern anchored at its start ("^[^.;]{0,60}?...") is cheap to test between a pair and dear to search for: none.
    // An end anchor is an assertion like \b ("\bimposed\s+<MEASURE>\s+on\s+$": its words are searched for as they stand).
    if (ch === '^') return null;
    if (ch === '$') continue; // an assertion cannot be quantified in JavaScript
    if (ch === '(' && /^\(\?(?:=|!|<=|<!)/.test(src.slice(i, i + 4))) {
      const end = closing(src, i);
      if (end < 0 || quantified(end + 1)) return null;
      i = end;
      continue;
    }
    out += ch;
  }
  try {
    return new RegExp(out, re.flags.replace(/[gy]/g, ''));
  } catch {
    return null;
  }
}

/** Where the group opening at `open` closes, or -1. */
function closing(src: string, open: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = open; i < src.length; i++) {
    const ch = src[i];
    if (ch === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
      continue;
    }
    if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')' && --depth === 0) return i;
  }
  return -1;
}
