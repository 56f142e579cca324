// "the Commission" in a document that names two commissions (the European Commission and the Federal Communications
// Commission): which of them a bare head means, from the sentences read before it. Within its section, the one the
// nearest earlier sentence names ("The European Commission took a different route. ... In 2028, the Commission
// designated X"; "the Federal Communications Commission added X to its Covered List. The Commission also opened ...");
// in a section that names none of them yet, the one the document has named most so far, the body it is about (a
// Commission press release's "Reactions" section after a paragraph on the FCC). None where the nearest sentence names
// both, where the sentence itself names one of them, or where two are named as often.
import type { Mention } from './matcher.ts';

/** The sentences read before one (every sentence so far, in order) and its locator; read only where a bare head has
 *  more than one candidate. */
export interface Earlier {
  read: { sentence: { locator: string }; mentions: Mention[] }[];
  locator: string;
}

/** The section a sentence's locator lies in: `sec_2.p_3.s_1` -> `sec_2` (a PDF's `p_12.para_3.s_1` -> its page). */
export function sectionOf(locator: string): string {
  const parts = locator.split('.');
  return parts.length >= 3 ? parts[0] : parts.slice(0, -1).join('.');
}

/** The paragraph a sentence's locator lies in: `sec_2.p_3.s_1` -> `sec_2.p_3`. */
export function paragraphOf(locator: string): string {
  return locator.replace(/\.s_\d+$/, '');
}

/** Of the document's bodies of one head (`candidates`), the one a bare head in this sentence (`mentions`) means. */
export function antecedentBody(candidates: Mention[], earlier: Earlier, mentions: Mention[]): { body: Mention; via: string } | undefined {
  const ids = (ms: Mention[]): string[] => ms.flatMap((m) => [m.id, ...(m.parts ?? []).map((p) => p.id)]);
  if (ids(mentions).some((id) => candidates.some((c) => c.id === id))) return undefined;
  const { read, locator } = earlier;
  const here = sectionOf(locator);
  const paragraphs = new Set([paragraphOf(locator)]);
  for (let k = read.length - 1; k >= 0 && sectionOf(read[k].sentence.locator) === here; k--) {
    paragraphs.add(paragraphOf(read[k].sentence.locator));
    const before = new Set(ids(read[k].mentions));
    const named = candidates.filter((c) => before.has(c.id));
    if (named.length === 0) continue;
    // Only this paragraph and the one before it take up a body: further back in the section, another body may have
    // been talked about since (a question and answer about the Treasury three paragraphs before "the Department").
    return named.length === 1 && paragraphs.size <= 2 ? { body: named[0], via: 'earlier-in-section' } : undefined;
  }
  const count = new Map<string, number>();
  for (const id of read.flatMap((r) => ids(r.mentions))) if (candidates.some((c) => c.id === id)) count.set(id, (count.get(id) ?? 0) + 1);
  const ranked = [...count].sort((a, b) => b[1] - a[1]);
  if (ranked.length === 0 || (ranked.length > 1 && ranked[1][1] === ranked[0][1])) return undefined;
  return { body: candidates.find((c) => c.id === ranked[0][0])!, via: 'most-named' };
}
