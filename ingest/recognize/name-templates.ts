// A citation's canonical name (grammar/instruments.yaml `name`, "{t1}{t2} U.S.C. {s1}{s2}"): built from the named groups
// of the citation's pattern, and read back into the values it was built from, so the name's format is written once,
// in the grammar. A slot "{group}" takes the group's text, "" when the group took none; slots side by side are groups
// of alternative branches of the pattern (one of them took text: "{t1}{t2}", the title as either form writes it) or
// parts that follow each other ("{issuer}{type}").
import { escapeRegExp } from '../text/clean.ts';

const SLOT = /\{(\w+)\}/g;

/** The name `template` builds from a match's groups. */
export function fillName(template: string, groups: Record<string, string | undefined> | undefined): string {
  return template.replace(SLOT, (_, k: string) => groups?.[k] ?? '');
}

/**
 * A reader of the names `template` builds from matches of `pattern`: the text of each run of slots, in order (one
 * value for "{t1}{t2}"), or undefined for a name the template cannot build from the pattern: each slot holds only what
 * its group matches. For templates whose runs of slots are alternatives, one of which took text; throws otherwise.
 */
export function nameReader(template: string, pattern: RegExp): (name: string) => string[] | undefined {
  const pieces = template.split(/((?:\{\w+\})+)/);
  const source = pieces
    .map((piece, i) => {
      if (i % 2 === 0) return escapeRegExp(piece);
      const run = [...piece.matchAll(SLOT)].map((m) => m[1]);
      for (const [j, a] of run.entries()) {
        for (const b of run.slice(j + 1)) if (!alternatives(pattern.source, a, b)) throw new Error(`{${a}}{${b}} in "${template}": not groups of alternative branches`);
      }
      return `(${run.map((g) => `(?:${groupSource(pattern.source, g)})`).join('|')})`;
    })
    .join('');
  const whole = new RegExp(`^${source}$`, pattern.flags.replace(/[gy]/g, ''));
  return (name) => whole.exec(name)?.slice(1);
}

/** The source of named group `name` within `source`, its own inner groups made non-capturing (their names would
 *  clash with the reader's). */
function groupSource(source: string, name: string): string {
  const open = `(?<${name}>`;
  const from = source.indexOf(open);
  if (from < 0) throw new Error(`no group "${name}" in the pattern`);
  const start = from + open.length;
  const end = scan(source, start).close;
  if (end === undefined) throw new Error(`group "${name}" does not close`);
  return source.slice(start, end).replace(/\(\?<(?![=!])\w+>/g, '(?:');
}

/** Whether groups `a` and `b` of a pattern's source lie in different branches of one alternation (never both match). */
function alternatives(source: string, a: string, b: string): boolean {
  const { paths } = scan(source, 0);
  const [pa, pb] = [paths.get(a), paths.get(b)];
  if (!pa || !pb) return false;
  // The innermost group both lie in: different branches of it, or one inside the other (never alternatives).
  let i = 0;
  while (i < pa.length && i < pb.length && pa[i].group === pb[i].group && pa[i].branch === pb[i].branch) i++;
  return i < pa.length && i < pb.length && pa[i].group === pb[i].group;
}

type Step = { group: number; branch: number };

/**
 * Reads `source` from `from`: where the group open at `from` closes (`close`, when `from` is inside one), and each
 * named group's path (the groups it lies in and their branches, outermost first). Escapes and character classes are
 * passed over.
 */
function scan(source: string, from: number): { close?: number; paths: Map<string, Step[]> } {
  const stack: Step[] = [{ group: 0, branch: 0 }];
  const paths = new Map<string, Step[]>();
  let groups = 0;
  for (let i = from; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '[') {
      for (i++; i < source.length && source[i] !== ']'; i++) if (source[i] === '\\') i++;
    } else if (c === '(') {
      const named = /^\(\?<(?![=!])(\w+)>/.exec(source.slice(i));
      if (named) paths.set(named[1], stack.map((s) => ({ ...s })));
      stack.push({ group: ++groups, branch: 0 });
    } else if (c === ')') {
      stack.pop();
      if (stack.length === 0) return { close: i, paths };
    } else if (c === '|') stack[stack.length - 1].branch++;
  }
  return { paths };
}
