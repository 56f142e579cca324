// Statute text that names a company ("… produced by Shenzhen Da-Jiang Innovations Sciences and
// Technologies Company Limited (commonly known as 'DJI Technologies') …", FY2025 NDAA sec. 1709):
// a DESIGNATES relation from the law to the company, quoting the sentence that names it, dated by the
// version that says it. Names resolve through the catalog's names and aliases with the same matcher
// that reads reports (ingest/recognize/matcher.ts), so a new company needs a catalog entry, not code.
import type { Catalog, CatalogEntry } from '../catalog/index.ts';
import { emitEntity } from '../catalog/records.ts';
import type { Emitter } from '../emit.ts';
import { LANGUAGES } from '../languages/index.ts';
import type { Provision } from '../model.ts';
import { entityFromCatalog, Matcher } from '../recognize/matcher.ts';
import { splitSentences } from '../text/sentences.ts';

/** Labels a statute can single out by name. */
const NAMED = new Set(['Company']);

export interface NamedIn {
  lawId: string;
  /** The version's provision id for a locator. */
  provisionId: (locator: string) => string;
  /** From when the text applies: the version's enactment or entry into force. */
  from: string | undefined;
  language: 'zh' | 'en';
}

/** The catalog's companies alone, once per catalog: a part that names none of them (most statute text) is passed
 *  over after one scan for their names, without the catalog-wide search, whose every law, body and technology named
 *  becomes a candidate to sort and settle. A company the catalog-wide search finds is a hit of this one too (same
 *  surfaces, same boundaries), so nothing it would find is passed over. */
const companyMatchers = new WeakMap<CatalogEntry[], Matcher>();

function companiesOf(entries: CatalogEntry[]): Matcher {
  let m = companyMatchers.get(entries);
  if (!m) {
    m = new Matcher(entries.filter((e) => e.recognise && NAMED.has(e.label)).map(entityFromCatalog));
    companyMatchers.set(entries, m);
  }
  return m;
}

/** Emits one DESIGNATES per (law, company, provision); returns how many. */
export function emitNamedCompanies(emit: Emitter, catalog: Catalog, provisions: Provision[], where: NamedIn): number {
  const matcher = Matcher.fromCatalog(catalog.entries);
  const companies = companiesOf(catalog.entries);
  let n = 0;
  for (const p of provisions) {
    // The finest part that says it: a paragraph (sec_1709.a.1) where the provision has them.
    const parts = p.paragraphs.length ? p.paragraphs : [{ locator: p.locator, text: p.text, start: 0, end: p.text.length }];
    for (const part of parts) {
      // One scan of the part; sentences are split only where a company is named (rare in statutes).
      if (!companies.mayFind(part.text)) continue;
      const named = matcher.find(part.text).filter((m) => NAMED.has(m.label) && catalog.byId.has(m.id));
      if (named.length === 0) continue;
      const sentences = splitSentences(part.text, LANGUAGES[where.language], { dropLabels: true });
      for (const m of named) {
        // Nested parts (a, a.1, a.1.A) each hold their children's text: only the finest that holds the name says it.
        if (heldByFinerPart(parts, part, part.start + m.start, part.start + m.end)) continue;
        const s = sentences.find((x) => x.start <= m.start && m.end <= x.end);
        if (!s) continue;
        emitEntity(emit, catalog.byId.get(m.id) as CatalogEntry);
        emit.rel(
          'DESIGNATES',
          where.lawId,
          m.id,
          { locator: part.locator, quote: s.text, method: 'pattern:names-company', confidence: m.confidence },
          { provisionId: where.provisionId(p.locator), surface: m.surface, from: where.from },
        );
        n++;
      }
    }
  }
  return n;
}

type Part = { start: number; end: number };

/** Whether a part narrower than `part` holds the span [start, end) (offsets in the provision's text). */
function heldByFinerPart(parts: Part[], part: Part, start: number, end: number): boolean {
  return parts.some((c) => c !== part && part.start <= c.start && c.end <= part.end && c.end - c.start < part.end - part.start && c.start <= start && end <= c.end);
}
