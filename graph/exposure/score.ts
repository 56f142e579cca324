// Scores an exposure answer against the team's expected list (test/gold/exposure-expected.yaml,
// written from the statutes before the rules changed). Pure: the answer's items in order, the
// expected items, the date. Used by the integration test and by graph/exposure/measure.ts.
import type { Catalog } from '../../ingest/catalog/index.ts';

/** One expected article (the gold file's item). */
export interface ExpectedItem {
  document: string;
  locator: string;
  category: 'A' | 'B' | 'C';
  capacity: string;
  what: string;
  asOf2025?: string;
  conditional?: string;
  superseded?: true;
}

/** One answered item, as the API returns it. */
export interface AnsweredItem {
  provisionId: string;
  tier: string;
  status: string;
}

export interface ExposureScore {
  /** Direct (category A) articles that apply without condition: found, found in the first 25, expected. */
  direct: { found: number; first25: number; expected: number; missing: string[] };
  /** Supervisory (category B) articles that apply without condition. */
  supervisory: { found: number; expected: number; missing: string[] };
  /** Expected-conditional articles (A or B): answered as conditional, answered as applying, missing. */
  conditional: { asConditional: number; asApplying: number; expected: number; missing: string[] };
  /** Answered in the compelling tier but expected in no category. */
  unexpectedCompelling: string[];
  /** Provisions answered more than once. */
  duplicates: string[];
}

/** The document in force at a date among the texts of the same law (the catalog's `documents` with their `from`). */
export type TextAt = (documentId: string, asOf: string) => string;

/** The expected provision id at a date: the gold item's article, or, where an earlier text of the law
 *  was in force (the 2016 Cybersecurity Law before 2026-01-01), its `asOf2025` article of that text. */
export function expectedProvision(item: ExpectedItem, asOf: string, textAt: TextAt): string | undefined {
  if (item.superseded) return undefined;
  const text = textAt(item.document, asOf);
  if (text === item.document) return `prov:${item.document}:${item.locator}`;
  return item.asOf2025 ? `prov:${text}:${item.asOf2025}` : undefined;
}

export function scoreExposure(answer: AnsweredItem[], expected: ExpectedItem[], asOf: string, textAt: TextAt): ExposureScore {
  const position = new Map<string, number>();
  const duplicates: string[] = [];
  answer.forEach((a, i) => {
    if (position.has(a.provisionId)) duplicates.push(a.provisionId);
    else position.set(a.provisionId, i);
  });
  const byId = new Map(answer.map((a) => [a.provisionId, a]));
  const withIds = expected.flatMap((e) => {
    const id = expectedProvision(e, asOf, textAt);
    return id ? [{ ...e, id }] : [];
  });
  const direct = withIds.filter((e) => e.category === 'A' && !e.conditional);
  const supervisory = withIds.filter((e) => e.category === 'B' && !e.conditional);
  const conditional = withIds.filter((e) => e.category !== 'C' && e.conditional);
  const missing = (list: { id: string }[]) => list.filter((e) => !byId.has(e.id)).map((e) => e.id);
  const expectedIds = new Set(withIds.map((e) => e.id));
  return {
    direct: {
      found: direct.filter((e) => byId.has(e.id)).length,
      first25: direct.filter((e) => (position.get(e.id) ?? Infinity) < 25).length,
      expected: direct.length,
      missing: missing(direct),
    },
    supervisory: { found: supervisory.filter((e) => byId.has(e.id)).length, expected: supervisory.length, missing: missing(supervisory) },
    conditional: {
      asConditional: conditional.filter((e) => byId.get(e.id)?.status === 'CONDITIONAL').length,
      asApplying: conditional.filter((e) => byId.get(e.id)?.status === 'APPLIES').length,
      expected: conditional.length,
      missing: missing(conditional),
    },
    unexpectedCompelling: answer.filter((a) => a.tier === 'COMPELS' && !expectedIds.has(a.provisionId)).map((a) => a.provisionId),
    duplicates,
  };
}

/** TextAt from the catalog: the latest of a law's (non-alternate) texts in force on the date. */
export function catalogTextAt(catalog: Pick<Catalog, 'lawForDocument'>): TextAt {
  return (documentId, asOf) => {
    const texts = (catalog.lawForDocument(documentId)?.documents ?? []).filter((d) => !d.alternate && d.from !== undefined && d.from <= asOf);
    return texts.sort((a, b) => String(a.from).localeCompare(String(b.from))).at(-1)?.id ?? documentId;
  };
}
