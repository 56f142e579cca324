// The ingest report of one run: per document what was found (entities, with whether the catalog has them
// and which rules found their mentions; relations, citations) and what was not understood (ambiguous
// names with their candidates, names read but not made nodes, unmatched citations, warnings); per
// catalog, surface forms never seen, which point at aliases to check or drop.
import type { Catalog } from '../catalog/index.ts';
import { surfaceForms, surfaceKey } from '../catalog/index.ts';
import type { DocumentFindings } from './records.ts';

export interface DocumentReport {
  documentId: string;
  sentences: number;
  warnings: string[];
  entities: { id: string; label: string; name: string; count: number; surfaces: string[]; curated: boolean; rules: Record<string, number> }[];
  relations: { type: string; start: string; end: string; rule: string; locator: string; confidence: number }[];
  /** The learned model's suggestions (SUGGESTS), apart from the relations: how many, by the type they suggest. */
  suggestedRelations: { label: typeof SUGGESTIONS_LABEL; count: number; byPredicate: Record<string, number> };
  citations: { locator: string; surface: string; target?: string }[];
  unmatchedCitations: { locator: string; surface: string; lawId?: string; article?: string }[];
  ambiguities: { surface: string; locator: string; candidates: string[]; why: string }[];
  unplaced: { name: string; locator: string; rule: string }[];
  learnedAcronyms: { acronym: string; id: string; locator: string }[];
}

/** What a report's suggestions are, said wherever they are counted. */
export const SUGGESTIONS_LABEL = 'machine suggestions (learned model), unchecked: not relations; check each against its quote';

export interface IngestReport {
  documents: DocumentReport[];
  catalog: { entries: number; surfaceForms: number; neverSeen: { id: string; surface: string }[] };
}

export function buildIngestReport(catalog: Catalog, docs: DocumentFindings[]): IngestReport {
  const seen = new Set<string>();
  for (const findings of docs) {
    for (const s of findings.surfacesSeen) {
      const [id, surface] = splitOnce(s);
      seen.add(`${id}|${surfaceKey(surface, false)}`);
    }
  }
  const neverSeen: { id: string; surface: string }[] = [];
  let total = 0;
  for (const e of catalog.entries) {
    if (!e.recognise) continue;
    for (const f of surfaceForms(e)) {
      total++;
      if (!seen.has(`${e.id}|${surfaceKey(f.text, false)}`)) neverSeen.push({ id: e.id, surface: f.text });
    }
  }
  return {
    documents: docs.map((f) => ({
      documentId: f.documentId,
      sentences: f.sentences,
      warnings: f.warnings,
      entities: f.entities.map(({ id, label, name, count, surfaces, curated, rules }) => ({ id, label, name, count, surfaces, curated, rules })),
      relations: f.relations.map(({ type, start, end, rule, locator, confidence }) => ({ type, start, end, rule, locator, confidence })),
      suggestedRelations: { label: SUGGESTIONS_LABEL, count: f.suggestions.length, byPredicate: countBy(f.suggestions.map((x) => x.predicate)) },
      citations: f.citations.map(({ locator, surface, target }) => ({ locator, surface, target })),
      unmatchedCitations: f.unmatchedCitations,
      ambiguities: f.ambiguities,
      unplaced: f.unplaced,
      learnedAcronyms: f.learnedAcronyms,
    })),
    catalog: { entries: catalog.entries.length, surfaceForms: total, neverSeen },
  };
}

/** A short human-readable summary (Markdown). */
export function formatIngestReport(r: IngestReport): string {
  const lines: string[] = ['# Ingest report', ''];
  for (const d of r.documents) {
    lines.push(`## ${d.documentId}`, '');
    lines.push(`${d.sentences} sentences, ${d.entities.length} entities, ${d.relations.length} relations, ${d.citations.length} citations.`, '');
    const s = d.suggestedRelations;
    if (s.count > 0) {
      const by = Object.entries(s.byPredicate).map(([p, n]) => `${p} x${n}`).join(', ');
      lines.push(`${s.count} suggested relation${s.count === 1 ? '' : 's'} (${by}): ${s.label}.`, '');
    }
    for (const w of d.warnings) lines.push(`- warning: ${w}`);
    for (const e of d.entities) {
      const how = Object.entries(e.rules).map(([r, n]) => `${r} x${n}`).join(', ');
      lines.push(`- ${e.id} (${e.label}${e.curated ? '' : ', not curated'}) x${e.count}: ${e.surfaces.join(', ')} [${how}]`);
    }
    for (const x of d.relations) lines.push(`- ${x.start} ${x.type} ${x.end} [${x.rule} @ ${x.locator}]`);
    for (const c of d.unmatchedCitations) lines.push(`- unmatched citation "${c.surface}" @ ${c.locator}`);
    for (const a of d.ambiguities) lines.push(`- ambiguous "${a.surface}" @ ${a.locator}: ${a.candidates.join(' | ')} (${a.why})`);
    for (const u of d.unplaced) lines.push(`- not a node: "${u.name}" @ ${u.locator} [${u.rule}]`);
    for (const a of d.learnedAcronyms) lines.push(`- learned acronym ${a.acronym} = ${a.id} @ ${a.locator}`);
    lines.push('');
  }
  lines.push(`## Catalog`, '', `${r.catalog.entries} entries, ${r.catalog.surfaceForms} surface forms, ${r.catalog.neverSeen.length} never seen in this run.`, '');
  return lines.join('\n');
}

/** Occurrences of each value, in sorted key order. */
function countBy(values: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const v of [...values].sort()) out[v] = (out[v] ?? 0) + 1;
  return out;
}

function splitOnce(s: string): [string, string] {
  const i = s.indexOf('|');
  return [s.slice(0, i), s.slice(i + 1)];
}
