// Two versions of a law compared article by article. Articles are paired by the similarity of
// their text (revisions renumber and move articles, so equal numbers say little), then each pair's
// text is diffed (characters for Chinese, words otherwise).
import { type Change, diffChars, diffWords } from 'diff';
import { hasHan } from '../ingest/text/scripts.ts';

export interface Article {
  id: string;
  number: string;
  text: string;
}

export type PairStatus = 'unchanged' | 'changed' | 'added' | 'removed';

export interface Pair {
  old?: Article;
  new?: Article;
  status: PairStatus;
  /** Text similarity of a pair, 0..1 (Dice coefficient of character bigrams). */
  similarity: number;
  /** The inline diff of a changed pair; absent when it would cost too much (see MAX_EDIT). */
  changes?: Change[];
}

/** Below this similarity two articles are different articles, not one article changed. */
export const MIN_SIMILARITY = 0.3;
/** Bounds the work: aligning more article pairs than this falls back to pairing by number. */
export const MAX_PAIRS = 40_000;
/** An inline diff needing more edits than this is not drawn (the two texts are shown side by side). */
export const MAX_EDIT = 3000;

function bigrams(text: string): Map<string, number> {
  const s = text.replace(/\s+/g, '');
  const out = new Map<string, number>();
  for (let i = 0; i < s.length - 1; i++) {
    const g = s.slice(i, i + 2);
    out.set(g, (out.get(g) ?? 0) + 1);
  }
  return out;
}

function dice(a: Map<string, number>, b: Map<string, number>, sizeA: number, sizeB: number): number {
  if (sizeA + sizeB === 0) return 1;
  let common = 0;
  for (const [g, n] of a) common += Math.min(n, b.get(g) ?? 0);
  return (2 * common) / (sizeA + sizeB);
}

/**
 * Pairs by similarity, best first, each article at most once (a greedy maximum matching): an
 * article moved by the revision still finds its old text. Rows follow the new version's order; a
 * repealed article stands after the row of the old article before it.
 */
function alignBySimilarity(olds: Article[], news: Article[]): Pair[] {
  const A = olds.map((a) => bigrams(a.text));
  const B = news.map((b) => bigrams(b.text));
  const size = (grams: Map<string, number>) => [...grams.values()].reduce((a, b) => a + b, 0);
  const sizeA = A.map(size);
  const sizeB = B.map(size);
  const candidates: { i: number; j: number; s: number }[] = [];
  for (let i = 0; i < olds.length; i++) {
    for (let j = 0; j < news.length; j++) {
      const s = dice(A[i]!, B[j]!, sizeA[i]!, sizeB[j]!);
      if (s >= MIN_SIMILARITY) candidates.push({ i, j, s });
    }
  }
  candidates.sort((x, y) => y.s - x.s || Math.abs(x.i - x.j) - Math.abs(y.i - y.j));
  const oldOf = new Map<number, { i: number; s: number }>();
  const taken = new Set<number>();
  for (const c of candidates) {
    if (taken.has(c.i) || oldOf.has(c.j)) continue;
    taken.add(c.i);
    oldOf.set(c.j, c);
  }
  const rows: { pair: Pair; old?: number }[] = news.map((b, j) => {
    const m = oldOf.get(j);
    return m ? { pair: pairOf(olds[m.i], b, m.s), old: m.i } : { pair: pairOf(undefined, b, 0) };
  });
  olds.forEach((a, i) => {
    if (taken.has(i)) return;
    let at = -1;
    for (let k = 0; k < rows.length; k++) if (rows[k]!.old !== undefined && rows[k]!.old! < i) at = k;
    rows.splice(at + 1, 0, { pair: pairOf(a, undefined, 0), old: i });
  });
  return rows.map((r) => r.pair);
}

/** Dice coefficient of the two texts' character bigrams (whitespace ignored), 0..1. */
export function similarity(a: string, b: string): number {
  const ga = bigrams(a);
  const gb = bigrams(b);
  const total = (g: Map<string, number>) => [...g.values()].reduce((x, y) => x + y, 0);
  return dice(ga, gb, total(ga), total(gb));
}

function alignByNumber(olds: Article[], news: Article[]): Pair[] {
  const byNumber = new Map(news.map((b) => [b.number, b]));
  const seen = new Set<string>();
  const pairs = olds.map((a) => {
    const b = byNumber.get(a.number);
    if (b) seen.add(b.number);
    return pairOf(a, b, b ? similarity(a.text, b.text) : 0);
  });
  return [...pairs, ...news.filter((b) => !seen.has(b.number)).map((b) => pairOf(undefined, b, 0))];
}


function pairOf(a: Article | undefined, b: Article | undefined, similarity: number): Pair {
  if (!a) return { new: b, status: 'added', similarity };
  if (!b) return { old: a, status: 'removed', similarity };
  if (a.text === b.text) return { old: a, new: b, status: 'unchanged', similarity: 1 };
  const diff = hasHan(a.text) ? diffChars : diffWords;
  const changes = diff(a.text, b.text, { maxEditLength: MAX_EDIT }) ?? undefined;
  return { old: a, new: b, status: 'changed', similarity, changes };
}

export function compareVersions(olds: Article[], news: Article[]): Pair[] {
  return olds.length * news.length > MAX_PAIRS ? alignByNumber(olds, news) : alignBySimilarity(olds, news);
}
