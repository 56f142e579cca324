// Whitespace and cleaning shared by the adapters: one definition of a space, one way to collapse runs.

/** The characters of `/\s/u`, by code (no regex per character in hot loops). */
export function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Collapse whitespace runs to one space and trim; the text is otherwise kept as printed. */
export function collapseSpaces(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** A key for comparing names: NFKC, straight apostrophes, collapsed spaces, lower case unless `caseSensitive`. */
export function nameKey(text: string, caseSensitive = false): string {
  const t = collapseSpaces(text.normalize('NFKC').replace(/[’‘]/g, "'"));
  return caseSensitive ? t : t.toLowerCase();
}

/** `s` as a regular expression that matches it literally. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** `s` as a regular expression that matches it literally in any case, each cased letter a class of its two
 *  cases ("Body" -> "[bB][oO][dD][yY]"). Never an inline modifier group (?i:…): Node 24's V8 compiles a modifier
 *  group holding alternatives wrongly, and only in some compilations (which the process's history decides), so an
 *  expression's answer would depend on what the process did before (v8 72b0e27bd936, nodejs/node#60030). */
export function caselessPattern(s: string): string {
  let out = '';
  for (const ch of s) out += caselessChar(ch);
  return out;
}

/** One character in any case: a cased letter as the class of its two cases ("b" -> "[bB]"), anything else literally. */
export function caselessChar(ch: string): string {
  const upper = ch.toUpperCase();
  const lower = ch.toLowerCase();
  return upper !== lower && [...upper].length === 1 && [...lower].length === 1 ? `[${lower}${upper}]` : escapeRegExp(ch);
}

/** A phrase as a regular expression: its words literally, any run of spaces between them. */
export function phrasePattern(s: string): string {
  return escapeRegExp(s).replace(/\s+/g, '\\s+');
}
