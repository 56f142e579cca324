// Graph records for one parsed report: Passage nodes (one per sentence), MENTIONS of catalog entities and
// of the manifest's authors, CITES to provisions or laws, rule-based relations, and AUTHORED from the
// manifest. The caller emits the Document node (`doc:<documentId>`) into the same Emitter first.
import type { Catalog, CatalogEntry } from '../catalog/index.ts';
import { emitEntity } from '../catalog/records.ts';
import type { Emitter } from '../emit.ts';
import type { ManifestEntry, ParsedReport } from '../model.ts';
import type { Candidate, Citation, LearnedAcronym, Recognition } from '../recognize/index.ts';
import { recognise } from '../recognize/index.ts';
import type { MatchEntity } from '../recognize/matcher.ts';
import { Matcher } from '../recognize/matcher.ts';
import type { Relation, RuleSet } from './relations.ts';
import { extractRelations, loadRules } from './relations.ts';

export interface ReportOptions {
  rules?: RuleSet;
}

export interface EntityFinding {
  id: string;
  label: string;
  name: string;
  count: number;
  surfaces: string[];
  locators: string[];
}

export interface CitationFinding {
  locator: string;
  surface: string;
  lawId?: string;
  article?: string;
  /** Provision or Law id linked, if any. */
  target?: string;
}

/** What one report yielded, for the ingest report (a type alias, so it is a plain JSON record). */
export type DocumentFindings = {
  kind: 'report';
  documentId: string;
  title: string;
  sections: number;
  paragraphs: number;
  footnotes: number;
  warnings: string[];
  sentences: number;
  entities: EntityFinding[];
  relations: Relation[];
  citations: CitationFinding[];
  unmatchedCitations: CitationFinding[];
  candidates: Candidate[];
  learnedAcronyms: { acronym: string; id: string; locator: string }[];
  /** `<entity id>|<surface as written>` for the catalog's unused-alias listing. */
  surfacesSeen: string[];
};

export const passageId = (documentId: string, locator: string): string => `passage:${documentId}:${locator}`;

export function personId(name: string): string {
  const slug = name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return `person:${slug}`;
}

export function authorEntities(entry?: ManifestEntry): MatchEntity[] {
  return (entry?.authors ?? []).map((name) => ({
    id: personId(name),
    label: 'Person',
    name,
    surfaces: [{ text: name, caseSensitive: false, kind: 'name' as const }],
  }));
}

/** The recognition pass alone (no graph), shared with evaluate.ts. */
export function recogniseReport(report: ParsedReport, catalog: Catalog, entry?: ManifestEntry): Recognition {
  return recognise(report, Matcher.fromCatalog(catalog.entries, authorEntities(entry)));
}

/** `entry`: the manifest entry; its authors become Person nodes with AUTHORED. */
export function emitReport(
  emit: Emitter,
  report: ParsedReport,
  catalog: Catalog,
  entry?: ManifestEntry,
  options: ReportOptions = {},
): DocumentFindings {
  const docId = `doc:${report.documentId}`;
  if (!emit.has(docId)) throw new Error(`${report.documentId}: emit the Document node ${docId} before emitReport`);
  const rules = options.rules ?? loadRules();
  const authors = authorEntities(entry);
  const rec = recognise(report, Matcher.fromCatalog(catalog.entries, authors));
  const people = new Map(authors.map((a) => [a.id, a]));

  const entities = new Map<string, EntityFinding>();
  const citations: CitationFinding[] = [];
  const unmatched: CitationFinding[] = [];
  const surfacesSeen = new Set<string>();
  const footnotes = new Map(report.footnotes.map((f) => [f.mark, f]));
  const emitNode = (id: string): boolean => {
    if (emit.has(id)) return true;
    const entry = catalog.byId.get(id);
    if (entry) return emitEntity(emit, entry) !== '';
    const person = people.get(id);
    if (person) return emit.node(id, ['Person'], { name: person.name, searchText: person.name }) !== '';
    return false;
  };

  for (const f of rec.sentences) {
    const s = f.sentence;
    const pid = passageId(report.documentId, s.locator);
    const urls = s.footnotes.flatMap((m) => footnotes.get(m)?.urls ?? []);
    emit.node(
      pid,
      ['Passage'],
      {
        documentId: report.documentId,
        locator: s.locator,
        text: s.text,
        section: f.section,
        footnotes: s.footnotes.length ? s.footnotes : undefined,
        footnoteUrls: urls.length ? urls : undefined,
      },
      { locator: s.locator, quote: s.text, method: 'structure' },
    );
    emit.rel('HAS_PASSAGE', docId, pid, { locator: s.locator, method: 'structure' });

    for (const m of f.mentions) {
      if (!emitNode(m.id)) continue;
      emit.rel(
        'MENTIONS',
        pid,
        m.id,
        { locator: s.locator, quote: s.text, method: m.via === 'alias' ? 'pattern:alias' : `pattern:${m.via.replace(':', '-')}`, confidence: m.confidence },
        { surface: m.surface },
      );
      const e = entities.get(m.id) ?? { id: m.id, label: m.label, name: catalog.byId.get(m.id)?.name ?? people.get(m.id)?.name ?? m.id, count: 0, surfaces: [], locators: [] };
      e.count++;
      if (!e.surfaces.includes(m.surface)) e.surfaces.push(m.surface);
      if (!e.locators.includes(s.locator)) e.locators.push(s.locator);
      entities.set(m.id, e);
      surfacesSeen.add(`${m.id}|${m.surface}`);
    }

    for (const c of f.citations) {
      const target = citationTarget(c, catalog, entry);
      if (!target) {
        unmatched.push({ locator: s.locator, surface: c.surface, lawId: c.lawId, article: c.article });
        continue;
      }
      if (target.startsWith('prov:')) {
        const [, documentId, locator] = target.split(':');
        emit.node(target, ['Provision'], { documentId, locator }, { locator: s.locator, quote: s.text, method: 'pattern:citation' });
      } else emitNode(target);
      emit.rel('CITES', pid, target, { locator: s.locator, quote: s.text, method: 'pattern:citation', confidence: 0.9 }, { surface: c.surface, article: c.article });
      citations.push({ locator: s.locator, surface: c.surface, lawId: c.lawId, article: c.article, target });
    }
    for (const c of f.unmatchedCitations) unmatched.push({ locator: s.locator, surface: c.surface });
  }

  const relations = extractRelations(report, rec.sentences, rules);
  for (const r of relations) {
    if (!emitNode(r.start) || !emitNode(r.end)) continue;
    emit.rel(
      r.type,
      r.start,
      r.end,
      { locator: r.locator, quote: r.quote, method: `pattern:${r.rule}`, confidence: r.confidence },
      { antecedent: r.antecedent },
    );
  }

  for (const a of authors) {
    emitNode(a.id);
    emit.rel('AUTHORED', a.id, docId, { locator: 'manifest#authors', quote: a.name, method: 'structure:manifest' });
  }

  return {
    kind: 'report',
    documentId: report.documentId,
    title: report.title,
    sections: report.sections.length,
    paragraphs: report.sections.reduce((n, s) => n + s.paragraphs.length, 0),
    footnotes: report.footnotes.length,
    warnings: report.warnings,
    sentences: rec.sentences.length,
    entities: [...entities.values()].sort((a, b) => b.count - a.count || a.id.localeCompare(b.id)),
    relations,
    citations,
    unmatchedCitations: unmatched,
    candidates: rec.candidates,
    learnedAcronyms: rec.learned.map((l: LearnedAcronym) => ({ acronym: l.acronym, id: l.entity.id, locator: l.locator })),
    surfacesSeen: [...surfacesSeen],
  };
}

/**
 * A cited article of a catalog law -> the Provision of the law's text in force when the report was written
 * (manifest date); a law without corpus text -> the Law node itself.
 */
export function citationTarget(c: Citation, catalog: Catalog, entry?: ManifestEntry): string | undefined {
  if (!c.lawId) return undefined;
  const law: CatalogEntry | undefined = catalog.byId.get(c.lawId);
  if (!law) return undefined;
  const docs = law.documents.filter((d) => !d.alternate).sort((a, b) => (a.from ?? '').localeCompare(b.from ?? ''));
  if (!c.article || docs.length === 0) return law.id;
  const asOf = endOfPeriod(entry?.date);
  const inForce = asOf ? docs.filter((d) => (d.from ?? '') <= asOf) : docs;
  const doc = inForce[inForce.length - 1] ?? docs[0];
  return `prov:${doc.id}:art_${c.article}`;
}

/** "2024" -> "2024-12-31", "2018-10" -> "2018-10-31": a report is read as of the end of its stated period. */
function endOfPeriod(date?: string): string | undefined {
  if (!date) return undefined;
  if (/^\d{4}$/.test(date)) return `${date}-12-31`;
  if (/^\d{4}-\d{2}$/.test(date)) return `${date}-31`;
  return date;
}
