// The norm reader on one sentence of a test's own, as a one-article statute: what the norm tests share.
import { extractNorms, type NormFinding, normContext } from '../../../ingest/norms/extract.ts';
import type { Lang } from '../../../ingest/vocab/index.ts';
import { defaultVocabulary } from '../../../ingest/vocab/index.ts';

export function readArticle(text: string, lang: Lang, jurisdiction: string): NormFinding[] {
  const p = { locator: 'art_1', kind: 'article' as const, number: '1', order: 1, text, paragraphs: [] };
  return extractNorms(p, lang, normContext([p], lang, defaultVocabulary(), jurisdiction));
}

/** The terms (or ids) of a finding's authorities in one role (EMPOWERS, OWED_TO, BOUND). */
export const authorityTerms = (f: NormFinding | undefined, role: string): string[] => (f?.authorities ?? []).filter((a) => a.role === role).map((a) => a.term ?? a.id);
