// A parsed statute as graph records: its Law (the work, from the catalog when it knows the text),
// the LawVersion this document expresses, its provisions, the cross-references between them, and
// the norms they state (ingest/norms). The caller has emitted the Document node.
// A document that is one part of a larger text (ParsedStatute.expression) shares one LawVersion with
// the other parts: its properties are the same from every part, and each part's own dates sit on its
// EXPRESSED_BY. Laws the document quotes in full (ParsedStatute.embedded) get their own Law, version
// and provisions, supported by this document. Renditions of one adopted text (GDPR as XHTML and as
// Formex; the catalog marks the second `alternate`) share the version and each provision; every
// rendition is a Document whose text is evidence for each provision (RENDERED_BY), and the norms are
// read once, from the first rendition.
import { createHash } from 'node:crypto';
import type { Catalog, CatalogEntry } from '../catalog/index.ts';
import type { Emitter } from '../emit.ts';
import type { EmbeddedLaw, LawCitation, ManifestEntry, ParsedStatute, Provision } from '../model.ts';
import { emitNorms, type NormsReport } from '../norms/records.ts';
import { findCrossReferences } from './cross-references.ts';
import { emitCitedLaws } from './cited-laws.ts';
import { emitNamedCompanies } from './named.ts';
import { hasHan } from '../text/scripts.ts';

export const provisionId = (documentId: string, locator: string): string => `prov:${documentId}:${locator}`;
export const versionId = (documentId: string): string => `lawv:${documentId}`;

export function emitStatute(emit: Emitter, entry: ManifestEntry, parsed: ParsedStatute, catalog: Catalog): Record<string, unknown> {
  const rendition = renditionOf(entry.id, catalog);
  const key = rendition?.primary ?? entry.id;
  const { version, lawId, from } = emitVersion(emit, entry, parsed, catalog, key);
  for (const p of parsed.provisions) {
    emitProvision(emit, key, version, p);
    if (rendition) emit.rel('RENDERED_BY', provisionId(key, p.locator), `doc:${entry.id}`, { locator: p.locator, quote: p.text, method: 'structure' });
  }
  const embedded = (parsed.embedded ?? []).map((law) => emitEmbedded(emit, entry.id, law, catalog));
  const refs = emitCrossReferences(emit, key, parsed);
  // Notes are the Code editors' words, not law: no norms are read from them. A second rendition's
  // norms are the first's.
  const lawText = rendition && rendition.primary !== entry.id ? [] : [parsed.provisions.filter((p) => p.kind !== 'note'), ...embedded.map((e) => e.provisions)];
  const jurisdiction = catalog.lawForDocument(entry.id)?.jurisdiction ?? entry.jurisdiction;
  const language = parsed.language as 'zh' | 'en';
  const norms = sumNorms(lawText.map((ps) => emitNorms(emit, entry.id, language, ps, undefined, jurisdiction)));
  const named = lawText.length === 0 ? 0 : emitNamedCompanies(emit, catalog, lawText[0] as Provision[], { lawId, from, language, provisionId: (l) => provisionId(key, l) })
    + embedded.reduce((sum, e) => sum + emitNamedCompanies(emit, catalog, e.provisions, { lawId: e.lawId, from: e.enacted, language, provisionId: (l) => provisionId(entry.id, l) }), 0);
  const known = catalog.byId.get(lawId);
  const ownTitles = [parsed.title, known?.officialTitle, known?.nameZh].filter((t): t is string => typeof t === 'string');
  const citedLaws = lawText.length === 0 ? 0 : emitCitedLaws(emit, catalog, lawText[0] as Provision[], language, { lawId, ownTitles, from, provisionId: (l) => provisionId(key, l) });
  return {
    kind: 'statute',
    ...(rendition ? { rendition: { of: key, digests: digests(parsed.provisions) } } : {}),
    provisions: parsed.provisions.length,
    byKind: countBy(parsed.provisions.map((p) => p.kind)),
    ...(embedded.length ? { embedded: Object.fromEntries(embedded.map((e) => [e.key, e.provisions.length])) } : {}),
    references: refs.references,
    unresolvedReferences: refs.unresolved,
    norms,
    ...(named ? { namedCompanies: named } : {}),
    ...(citedLaws ? { citedLaws } : {}),
    warnings: parsed.warnings,
  };
}

/** Renditions of one text: the catalog lists them as a law's documents, the second and later `alternate`
 *  with the same `from` date as the first. The first is the primary; its id keys the shared version. */
function renditionOf(docId: string, catalog: Catalog): { primary: string } | undefined {
  const law = catalog.lawForDocument(docId);
  const self = law?.documents.find((d) => d.id === docId);
  if (!law || !self) return undefined;
  const primary = law.documents.find((d) => !d.alternate && d.from === self.from);
  const others = law.documents.filter((d) => d.alternate && d.from === primary?.from);
  if (!primary || others.length === 0 || (self !== primary && !others.includes(self))) return undefined;
  return { primary: primary.id };
}

/** Each provision's text, normalised, as a short hash: renditions are compared by these (ingest/run.ts). */
function digests(provisions: Provision[]): Record<string, string> {
  return Object.fromEntries(provisions.map((p) => [p.locator, createHash('sha256').update(p.text.normalize('NFKC').replace(/\s+/g, '')).digest('hex').slice(0, 16)]));
}

/** The Law, the LawVersion with its dates read from the text, and where it applies. Returns the version and law ids and the date the text applies from. */
function emitVersion(emit: Emitter, entry: ManifestEntry, parsed: ParsedStatute, catalog: Catalog, key: string): { version: string; lawId: string; from: string | undefined } {
  const docId = entry.id;
  const law = emitLaw(emit, catalog, catalog.lawForDocument(docId), parsed.law, { jurisdiction: entry.jurisdiction, title: parsed.title, englishName: englishNameOf(entry.title, parsed.title) });
  const d = parsed.dates;
  const x = parsed.expression;
  const id = x ? `lawv:${x.key}` : versionId(key);
  const dates = {
    adopted: d.adopted,
    amended: d.amendments.map((a) => a.date),
    // The version's own date: its latest amendment or revision, else its adoption.
    date: d.amendments.at(-1)?.date ?? d.adopted,
    inForceFrom: d.inForceFrom ?? d.amendments.at(-1)?.date ?? d.adopted,
    dateLines: d.lines,
  };
  // An expression's properties are what every part says alike; this part's dates go on its EXPRESSED_BY.
  // Renditions print the title differently (capitals, "(Text with EEA relevance)"): the version takes the
  // catalog's official title, the same from every rendition.
  const title = key !== docId || catalog.lawForDocument(docId)?.documents.some((doc) => doc.alternate) ? (catalog.lawForDocument(docId)?.officialTitle ?? parsed.title) : parsed.title;
  const properties = x
    ? { title: x.title ?? parsed.title, jurisdiction: law.jurisdiction, adopted: x.adopted, date: x.date }
    : { title, documentId: key, jurisdiction: law.jurisdiction, ...dates };
  emit.node(id, ['LawVersion'], properties);
  linkVersion(emit, law, id, docId, catalog, x ? { title: parsed.title, ...dates } : {});
  return { version: id, lawId: law.id, from: x ? x.date : dates.inForceFrom };
}

/** HAS_VERSION from the law, EXPRESSED_BY this document (with `properties`), APPLIES_IN its jurisdiction. */
function linkVersion(emit: Emitter, law: { id: string; jurisdiction: string }, id: string, docId: string, catalog: Catalog, properties: Record<string, string | string[] | undefined>): void {
  const jur = `jur:${law.jurisdiction}`;
  emit.node(jur, ['Jurisdiction'], catalog.jurisdictionProperties(law.jurisdiction));
  emit.rel('HAS_VERSION', law.id, id, { locator: '', method: 'structure' });
  emit.rel('EXPRESSED_BY', id, `doc:${docId}`, { locator: '', method: 'structure' }, properties);
  emit.rel('APPLIES_IN', id, jur, { locator: '', method: 'structure' });
}

/**
 * The Law node: the catalog's entry for this document, else the catalog's entry for the cited law
 * (an alias equal to the citation: "Pub. L. 117-55"), else `law:<jurisdiction>:<citation key>`,
 * else one named by the title.
 */
function emitLaw(emit: Emitter, catalog: Catalog, known: CatalogEntry | undefined, cited: LawCitation | undefined, fallback: { jurisdiction: string; title: string; englishName?: string }): { id: string; jurisdiction: string } {
  const law = known ?? (cited ? lawByCitation(catalog, cited) : undefined);
  if (law) {
    emit.node(law.id, ['Law'], catalog.nodeProperties(law.id));
    return { id: law.id, jurisdiction: law.jurisdiction ?? cited?.jurisdiction ?? fallback.jurisdiction };
  }
  if (cited) {
    const id = `law:${cited.jurisdiction}:${cited.key}`;
    emit.node(id, ['Law'], { name: cited.citation, jurisdiction: cited.jurisdiction, citation: cited.citation, enacted: cited.enacted });
    return { id, jurisdiction: cited.jurisdiction };
  }
  const id = `law:${fallback.jurisdiction}:${fallback.title.replace(/\s*\(.*\)\s*$/, '').trim()}`;
  const names = fallback.englishName ? { name: fallback.englishName, nameZh: fallback.title } : { name: fallback.title };
  // "中华人民共和国密码法" is cited as "密码法" too: the title without its state's name (the jurisdiction's own, from the catalog).
  const state = catalog.jurisdictionProperties(fallback.jurisdiction).nameZh;
  const short = typeof state === 'string' && fallback.title.startsWith(state) ? fallback.title.slice(state.length).trim() : '';
  emit.node(id, ['Law'], { ...names, ...(short ? { aliases: [short] } : {}), jurisdiction: fallback.jurisdiction });
  return { id, jurisdiction: fallback.jurisdiction };
}


/**
 * The English name a manifest title gives a Chinese text beside its own ("中华人民共和国密码法 (Cryptography
 * Law, adopted 2019-10-26, …)" -> "Cryptography Law"): the first part of the bracket after the text's own
 * title, when the title is Chinese and that part is not. The manifest is the user's description of the
 * source, so the name is theirs, not ours; without one the law keeps its Chinese title as its name.
 */
export function englishNameOf(manifestTitle: string | undefined, ownTitle: string): string | undefined {
  if (!manifestTitle || !hasHan(ownTitle)) return undefined;
  const m = /^([^(（]+?)\s*[(（]([^,，;；()（）]+)/u.exec(manifestTitle);
  if (!m || m[1].trim() !== ownTitle.trim()) return undefined;
  const name = m[2].trim();
  return /\p{Script=Latin}/u.test(name) && !hasHan(name) ? name : undefined;
}

/** The one catalog law whose name or an alias is this citation in any usual form; none when two are. */
function lawByCitation(catalog: Catalog, cited: LawCitation): CatalogEntry | undefined {
  const key = citationKey(cited.citation);
  if (!key) return undefined;
  const hits = catalog.entries.filter(
    (e) => e.label === 'Law' && (!e.jurisdiction || e.jurisdiction === cited.jurisdiction) && [e.name, ...e.aliases].some((a) => citationKey(a) === key),
  );
  return hits.length === 1 ? hits[0] : undefined;
}

const PUBLIC_LAW = /^(?:Pub(?:lic)?\.?\s*L(?:aw)?\.?|P\.\s*L\.)\s*(\d+)\s*[-–]\s*(\d+)$/i;
const EXECUTIVE_ORDER = /^(?:Executive\s+Order|Exec\.\s*Order|Ex\.\s*Ord\.|E\.\s*O\.|EO)\s*(?:No\.\s*)?(\d+)$/i;

/** "Public Law 117-55", "Pub. L. 117–55" -> "pl:117-55"; "E.O. 13873", "Executive Order No. 13873" -> "eo:13873". */
export function citationKey(text: string): string | undefined {
  const t = text.trim();
  const pl = PUBLIC_LAW.exec(t);
  if (pl) return `pl:${pl[1]}-${pl[2]}`;
  const eo = EXECUTIVE_ORDER.exec(t);
  return eo ? `eo:${eo[1]}` : undefined;
}

/** A law quoted in full: its Law, its version as quoted (the same from every quoting document), its provisions. */
function emitEmbedded(emit: Emitter, docId: string, quoted: EmbeddedLaw, catalog: Catalog): EmbeddedLaw & { lawId: string } {
  const law = emitLaw(emit, catalog, undefined, quoted, { jurisdiction: quoted.jurisdiction, title: quoted.title });
  // A colon keeps it apart from `lawv:<document id>` (manifest ids have none).
  const id = `lawv:${quoted.jurisdiction}:${quoted.key}`;
  emit.node(id, ['LawVersion'], { title: quoted.title, jurisdiction: law.jurisdiction, citation: quoted.citation, adopted: quoted.enacted, date: quoted.enacted });
  linkVersion(emit, law, id, docId, catalog, { dateLines: quoted.lines });
  for (const p of quoted.provisions) emitProvision(emit, docId, id, p);
  return { ...quoted, lawId: law.id };
}

/** One report for several emitNorms calls: counts add up, per-key counts merge (whatever fields the report has). */
function sumNorms(reports: NormsReport[]): NormsReport {
  if (reports.length === 1) return reports[0] as NormsReport;
  const sum: Record<string, unknown> = {};
  for (const r of reports) {
    for (const [k, v] of Object.entries(r)) {
      if (typeof v === 'number') sum[k] = ((sum[k] as number | undefined) ?? 0) + v;
      else if (v && typeof v === 'object' && !Array.isArray(v)) {
        sum[k] ??= {};
        const into = sum[k] as Record<string, number>;
        for (const [kk, n] of Object.entries(v)) if (typeof n === 'number') into[kk] = (into[kk] ?? 0) + n;
      }
    }
  }
  return sum as unknown as NormsReport;
}

function emitProvision(emit: Emitter, docId: string, version: string, p: Provision): void {
  const id = provisionId(docId, p.locator);
  emit.node(id, ['Provision'], {
    documentId: docId,
    locator: p.locator,
    kind: p.kind,
    number: p.number,
    order: p.order,
    chapter: p.chapter,
    section: p.section,
    heading: p.heading,
    text: p.text,
    start: p.start,
    end: p.end,
    paragraphLocators: p.paragraphs.map((s) => s.locator),
    paragraphTexts: p.paragraphs.map((s) => s.text),
    paragraphHeadings: p.paragraphs.some((s) => s.heading) ? p.paragraphs.map((s) => s.heading ?? '') : undefined,
  }, { locator: p.locator, quote: p.text });
  emit.rel('HAS_PROVISION', version, id, { locator: p.locator, method: 'structure' });
}

/** Cross-references resolve to provisions of this same document (paragraph targets -> their article). */
function emitCrossReferences(emit: Emitter, docId: string, parsed: ParsedStatute): { references: number; unresolved: number } {
  let references = 0;
  let unresolved = 0;
  for (const p of parsed.provisions) {
    const source = provisionId(docId, p.locator);
    for (const ref of findCrossReferences(p, parsed.language)) {
      if (ref.external) continue;
      const target = provisionId(docId, ref.targetLocator.split('__')[0] as string);
      if (!emit.has(target)) {
        unresolved++;
        continue;
      }
      if (target === source) continue;
      emit.rel('REFERS_TO', source, target, {
        locator: p.locator,
        quote: ref.text,
        method: 'pattern:cross-reference',
        confidence: 0.95,
      }, { targetLocator: ref.targetLocator });
      references++;
    }
  }
  return { references, unresolved };
}

function countBy(xs: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const x of xs) out[x] = (out[x] ?? 0) + 1;
  return out;
}
