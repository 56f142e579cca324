// Graph records for one parsed report: Passage nodes (one per sentence), MENTIONS of catalog entities, of
// the manifest's authors and of the entities the report names that the catalog does not (nodes of their
// kind marked `curated: false`, with every surface form and the rules that found them), CITES to
// provisions or laws, rule-based relations, and AUTHORED from the manifest. The caller emits the Document
// node (`doc:<documentId>`) into the same Emitter first.
import type { Catalog, CatalogEntry } from '../catalog/index.ts';
import { emitEntity } from '../catalog/records.ts';
import type { Emitter } from '../emit.ts';
import { ownId } from '../kinds.ts';
import type { ManifestEntry, ParsedReport } from '../model.ts';
import type { Ambiguity, Citation, Recognition, RecognisedEntity, SentenceFindings } from '../recognize/index.ts';
import { headedPhrases } from '../recognize/headed-phrases.ts';
import { placeCountries } from '../recognize/gazetteer.ts';
import { legalFormWords } from '../recognize/legal-forms.ts';
import { emitRecognised } from '../recognize/recognised-node.ts';
import { recognise, settleTentative } from '../recognize/index.ts';
import type { MatchEntity } from '../recognize/matcher.ts';
import { Matcher } from '../recognize/matcher.ts';
import type { RelationModel } from './relation-model.ts';
import { SUGGESTING_LANGUAGES, type Suggestion, SuggestionReader, suggestRelations } from './relation-suggestions.ts';
import type { TraceSink, TracedSentence } from './relation-trace.ts';
import type { Relation, RuleSet } from './relations.ts';
import { defaultRules, extractRelations } from './relations.ts';
import { tableCells } from './tables.ts';
import { foldTraditional, HanFold, mapStrings, stringsOf } from '../text/han-variants.ts';

export interface ReportOptions {
  rules?: RuleSet;
  /** The model of the suggested relations (relation-model.json by default). */
  relationModel?: RelationModel;
}

export interface EntityFinding {
  id: string;
  label: string;
  name: string;
  count: number;
  surfaces: string[];
  locators: string[];
  /** false: recognised in this report, not in the catalog. */
  curated: boolean;
  /** How its mentions were found (`alias`, `body:head-of`, `country:demonym` ...) and how often. */
  rules: Record<string, number>;
}

export interface CitationFinding {
  locator: string;
  surface: string;
  lawId?: string;
  article?: string;
  /** Provision or Law id linked, if any. */
  target?: string;
}

export interface SuggestionFinding {
  predicate: string;
  start: string;
  end: string;
  locator: string;
  /** The model's probability as emitted (2 decimals). */
  confidence: number;
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
  /** The learned model's suggested relations emitted as SUGGESTS (machine suggestions, unchecked; never relations). */
  suggestions: SuggestionFinding[];
  citations: CitationFinding[];
  unmatchedCitations: CitationFinding[];
  ambiguities: Ambiguity[];
  /** Names read but not made nodes (regions, places, titles without a body, unresolved bare heads). */
  unplaced: { name: string; locator: string; rule: string }[];
  learnedAcronyms: { acronym: string; id: string; locator: string }[];
  /** `<entity id>|<surface as written>` for the catalog's unused-alias listing. */
  surfacesSeen: string[];
};

export const passageId = (documentId: string, locator: string): string => ownId('Passage', documentId, locator);

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

/** Recognition and relations of one report (no graph), shared with evaluate.ts: the relations the rules read
 *  (relations.ts), and the recognition settled with them (a tentative name is kept when a relation joins it). `trace`
 *  collects why candidates made no relation (relation-trace.ts), `lazyTrace` only when asked of a pair. */
export function analyseReport(report: ParsedReport, catalog: Catalog, entry?: ManifestEntry, rules?: RuleSet, trace?: TraceSink, lazyTrace = false): { rec: Recognition; relations: Relation[] } {
  // A Chinese text in traditional characters is read folded to simplified, the characters the grammar and the catalog
  // are written in, and what is read is given back in the text's own characters (ingest/text/han-variants.ts).
  if (report.language === 'zh') {
    const fold = new HanFold(stringsOf(report));
    if (fold.traditional) {
      const back = (s: string): string => fold.unfold(s);
      const sink = Array.isArray(trace) ? { push: (t: TracedSentence) => trace.push(mapStrings(t, back)) } : trace;
      const read = analyseWritten(mapStrings(report, foldTraditional), catalog, entry, rules, sink, lazyTrace);
      return mapStrings(read, back);
    }
  }
  return analyseWritten(report, catalog, entry, rules, trace, lazyTrace);
}

function analyseWritten(report: ParsedReport, catalog: Catalog, entry?: ManifestEntry, rules?: RuleSet, trace?: TraceSink, lazyTrace = false): { rec: Recognition; relations: Relation[] } {
  const ruleSet = rules ?? defaultRules();
  const context = { documentId: report.documentId, jurisdiction: entry?.jurisdiction, title: entry?.title, ownLaw: entry ? catalog.lawForDocument(entry.id)?.id : undefined };
  const draft = recognise(report, Matcher.fromCatalog(catalog.entries, authorEntities(entry)), context);
  // A relation keeps a tentative phrase, unless a thing of its own is the phrase's head: then the phrase goes as it would
  // without the relation, and the relation is that thing's (headed-phrases.ts). Read of the draft alone.
  const headed = headedPhrases(draft);
  if (trace instanceof SuggestionReader) trace.headed = headed;
  const read = extractRelations(report, draft.sentences, ruleSet, trace, lazyTrace);
  const rec = settleTentative(draft, new Set(read.flatMap((r) => [r.start, r.end]).filter((id) => !headed.has(id))));
  const kept = new Set(rec.entities.map((e) => e.id));
  const end = (id: string): string => (headed.has(id) && !kept.has(id) ? (headed.get(id) as string) : id);
  const key = (r: Relation): string => `${r.start} ${r.type} ${r.end} ${r.locator}`;
  const stated = new Set(read.map(key));
  const relations = read.flatMap((r) => {
    if (end(r.start) === r.start && end(r.end) === r.end) return [r];
    const moved = { ...r, start: end(r.start), end: end(r.end) };
    // The thing's relation read in the same sentence already, or by another phrase it heads.
    if (stated.has(key(moved))) return [];
    stated.add(key(moved));
    return [moved];
  });
  const seats = [...relations, ...nameSeats(rec, relations)];
  return { rec, relations: [...seats, ...tableRowFacts(report, rec, seats, ruleSet)] };
}

/** A table of parties, each row a party in its column of members (tables.ts), says two things of the party by its other
 *  cells, the row as the quote: a column of countries ("| Entity | Country |": relation-rules.yaml tableSeatColumns)
 *  places its company in the cell's one jurisdiction, where nothing else placed it (an Entity List supplement's or a
 *  sanctions notice's parties, often named nowhere else); a cell that names its role as a maker of goods
 *  ("manufacturer of unmanned aerial vehicles": tableMakerRole) gives the goods it names as the company's. */
function tableRowFacts(report: ParsedReport, rec: Recognition, relations: Relation[], rules: RuleSet): Relation[] {
  if (!rules.tableSeatColumns && !rules.tableMakerRole) return [];
  const cells = tableCells(report, rules.tableColumns, rules.tableSeatColumns);
  if (![...cells.values()].some((c) => c.member)) return [];
  const paragraphOf = (locator: string): string => locator.replace(/\.s_\d+$/, '');
  // Per row: its companies (member cells), its countries (seat cells) and the goods its maker-role cells name.
  const rows = new Map<string, { row: string; companies: { id: string; locator: string }[]; countries: Set<string>; goods: Set<string> }>();
  for (const f of rec.sentences) {
    const cell = cells.get(paragraphOf(f.sentence.locator));
    if (!cell) continue;
    const maker = !cell.member && !cell.seat && rules.tableMakerRole?.test(f.sentence.text) === true;
    if (!cell.member && !cell.seat && !maker) continue;
    const rowKey = cell.key.slice(0, cell.key.lastIndexOf(':'));
    const r = rows.get(rowKey) ?? { row: cell.row, companies: [], countries: new Set<string>(), goods: new Set<string>() };
    rows.set(rowKey, r);
    for (const m of f.mentions) {
      if (cell.member && m.label === 'Company') r.companies.push({ id: m.id, locator: f.sentence.locator });
      if (cell.seat && m.label === 'Jurisdiction') r.countries.add(m.id);
      if (maker && (m.label === 'Product' || m.label === 'Technology')) r.goods.add(m.id);
    }
  }
  const seated = new Set(relations.filter((r) => r.type === 'HEADQUARTERED_IN').map((r) => r.start));
  const made = new Set(relations.filter((r) => r.type === 'MAKES').map((r) => `${r.start} ${r.end}`));
  const out: Relation[] = [];
  for (const { row, companies, countries, goods } of rows.values()) {
    for (const c of companies) {
      const [country] = countries;
      if (countries.size === 1 && !seated.has(c.id)) {
        seated.add(c.id);
        out.push({ type: 'HEADQUARTERED_IN', start: c.id, end: country, rule: 'table-seat', locator: c.locator, quote: row, confidence: 0.5 });
      }
      for (const g of goods) {
        if (made.has(`${c.id} ${g}`)) continue;
        made.add(`${c.id} ${g}`);
        out.push({ type: 'MAKES', start: c.id, end: g, rule: 'table-maker', locator: c.locator, quote: row, confidence: 0.5 });
      }
    }
  }
  return out;
}

/** A Chinese company's registered name opens with the division it is registered in and ends with its form (企业名称:
 *  行政区划 + 字号 + 行业 + 组织形式), and so do its English renderings: "Shenzhen Quanlu Electronics Co., Ltd." is registered
 *  in mainland China (a town of the gazetteer in CN, gazetteer.ts; not Hong Kong's, Macao's or Taiwan's, whose names
 *  follow no such rule). The graph places such a company there (HEADQUARTERED_IN, the sentence that names it in full as
 *  the quote), where no sentence states its seat. Not a name without a legal form: "Shenzhen Airlines". */
function nameSeats(rec: Recognition, relations: Relation[]): Relation[] {
  const seated = new Set(relations.filter((r) => r.type === 'HEADQUARTERED_IN').map((r) => r.start));
  const out: Relation[] = [];
  for (const f of rec.sentences) {
    for (const m of f.mentions) {
      if (m.label !== 'Company' || seated.has(m.id) || !endsInLegalForm(m.surface)) continue;
      const place = /^(\p{Lu}\p{Ll}+)\s/u.exec(m.surface)?.[1];
      if (!place || placeCountries(place).join() !== 'CN') continue;
      seated.add(m.id);
      out.push({ type: 'HEADQUARTERED_IN', start: m.id, end: 'jur:cn', rule: 'name-seat', locator: f.sentence.locator, quote: f.sentence.text, confidence: 0.5 });
    }
  }
  return out;
}
/** The name's last word is a legal form's (legal-forms.yaml, legalFormWords: "Ltd.", "Limited", "Co."). */
const endsInLegalForm = (name: string): boolean => legalFormWords().has((name.split(/\s+/).at(-1) ?? '').toLowerCase().replace(/[^\p{L}]/gu, ''));

/** A report analysed (analyseReport) with the learned model's suggested relations (relation-suggestions.ts): the one
 *  rule by which extraction emits them (emitReport) and the evaluation scores them (evaluate.ts). Suggested in the
 *  languages of the English rules only, from the rules' trace of the report, and kept where both ends are nodes
 *  extraction emits: an entity of the catalog, of the manifest's authors or of the report's settled recognition.
 *  `trace`: the caller's, filled whole; without it the trace is read lazily (the suggestions ask the checks of a few
 *  pairs), its sentences read in batches as it is made (SuggestionReader), so no more than a batch of them is kept. */
export function analyseWithSuggestions(
  report: ParsedReport,
  catalog: Catalog,
  entry?: ManifestEntry,
  options: ReportOptions = {},
  trace?: TracedSentence[],
): { rec: Recognition; relations: Relation[]; suggestions: Suggestion[] } {
  const suggesting = SUGGESTING_LANGUAGES.has(report.language);
  // Without a caller's trace, each sentence's suggestions are read as the rules trace it, and the sentence dropped.
  const reader = suggesting && !trace ? new SuggestionReader(options.rules, options.relationModel) : undefined;
  const { rec, relations } = analyseReport(report, catalog, entry, options.rules, trace ?? reader, trace === undefined);
  if (!suggesting) return { rec, relations, suggestions: [] };
  const authors = new Set(authorEntities(entry).map((a) => a.id));
  const recognised = new Set(rec.entities.map((e) => e.id));
  const emitted = (id: string): boolean => catalog.byId.has(id) || authors.has(id) || recognised.has(id);
  const all = reader ? reader.suggestions(relations) : suggestRelations(trace ?? [], relations, options.rules, options.relationModel);
  const suggestions = all.filter((x) => emitted(x.start) && emitted(x.end));
  return { rec, relations, suggestions };
}

/** `entry`: the manifest entry; its authors become Person nodes with AUTHORED. */
export function emitReport(emit: Emitter, report: ParsedReport, catalog: Catalog, entry?: ManifestEntry, options: ReportOptions = {}): DocumentFindings {
  const docId = `doc:${report.documentId}`;
  if (!emit.has(docId)) throw new Error(`${report.documentId}: emit the Document node ${docId} before emitReport`);
  const { rec, relations, suggestions } = analyseWithSuggestions(report, catalog, entry, options);
  const authors = authorEntities(entry);
  const nodes = nodeEmitter(emit, catalog, authors, rec.entities);
  const footnotes = new Map(report.footnotes.map((f) => [f.mark, f]));
  const tally = new Tally(catalog, authors, rec.entities);
  const citations: CitationFinding[] = [];
  const unmatched: CitationFinding[] = [];
  for (const f of rec.sentences) {
    const pid = emitPassage(emit, report.documentId, f, f.sentence.footnotes.flatMap((m) => footnotes.get(m)?.urls ?? []));
    for (const m of f.mentions.flatMap((x) => [x, ...(x.parts ?? [])])) {
      if (!nodes(m.id)) continue;
      const method = m.via === 'alias' ? 'pattern:alias' : `pattern:${m.via.replace(/:/g, '-')}`;
      emit.rel('MENTIONS', pid, m.id, { locator: f.sentence.locator, quote: f.sentence.text, method, confidence: m.confidence }, { surface: m.surface });
      tally.add(m.id, m.label, m.surface, m.via, f.sentence.locator);
    }
    emitCitations(emit, f, pid, catalog, rec.entities, entry, nodes, citations, unmatched);
  }
  for (const r of relations) {
    if (!nodes(r.start) || !nodes(r.end)) continue;
    emit.rel(catalog.actingType(r.start, r.type), r.start, r.end, { locator: r.locator, quote: r.quote, method: `pattern:${r.rule}`, confidence: r.confidence }, { antecedent: r.antecedent });
  }
  // Machine suggestions, unchecked: their own type, the suggested type as a property (relation-suggestions.ts). Their
  // ends are nodes this report emits (analyseWithSuggestions): emit.rel throws if one is not.
  const suggested: SuggestionFinding[] = [];
  for (const x of suggestions) {
    nodes(x.start);
    nodes(x.end);
    const confidence = round2(x.probability);
    emit.rel('SUGGESTS', x.start, x.end, { locator: x.locator, quote: x.quote, method: `model:${x.predicate.toLowerCase()}`, confidence }, { predicate: x.predicate, confidence });
    suggested.push({ predicate: x.predicate, start: x.start, end: x.end, locator: x.locator, confidence });
  }
  for (const a of authors) {
    nodes(a.id);
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
    entities: tally.findings(),
    relations,
    suggestions: suggested,
    citations,
    unmatchedCitations: unmatched,
    ambiguities: rec.ambiguities,
    unplaced: rec.unplaced,
    learnedAcronyms: rec.learned,
    surfacesSeen: tally.surfacesSeen(),
  };
}

const round2 = (x: number): number => Math.round(x * 100) / 100;

/** Emits an entity node on first use: from the catalog, the manifest's authors, or this report's recognition. */
function nodeEmitter(emit: Emitter, catalog: Catalog, authors: MatchEntity[], recognised: RecognisedEntity[]): (id: string) => boolean {
  const people = new Map(authors.map((a) => [a.id, a]));
  const found = new Map(recognised.map((e) => [e.id, e]));
  return (id) => {
    if (emit.has(id)) return true;
    const entry = catalog.byId.get(id);
    if (entry) return emitEntity(emit, entry) !== '';
    const person = people.get(id);
    if (person) return emit.node(id, ['Person'], { name: person.name, searchText: person.name }) !== '';
    const e = found.get(id);
    if (e) return emitRecognised(emit, e) !== '';
    return false;
  };
}

function emitPassage(emit: Emitter, documentId: string, f: SentenceFindings, urls: string[]): string {
  const s = f.sentence;
  const pid = passageId(documentId, s.locator);
  emit.node(
    pid,
    ['Passage'],
    { documentId, locator: s.locator, text: s.text, section: f.section, footnotes: s.footnotes.length ? s.footnotes : undefined, footnoteUrls: urls.length ? urls : undefined },
    { locator: s.locator, quote: s.text, method: 'structure' },
  );
  emit.rel('HAS_PASSAGE', `doc:${documentId}`, pid, { locator: s.locator, method: 'structure' });
  return pid;
}

function emitCitations(
  emit: Emitter,
  f: SentenceFindings,
  pid: string,
  catalog: Catalog,
  recognised: RecognisedEntity[],
  entry: ManifestEntry | undefined,
  nodes: (id: string) => boolean,
  citations: CitationFinding[],
  unmatched: CitationFinding[],
): void {
  const s = f.sentence;
  for (const c of f.citations) {
    const target = citationTarget(c, catalog, entry) ?? (recognised.some((e) => e.id === c.lawId) ? c.lawId : undefined);
    if (!target) {
      unmatched.push({ locator: s.locator, surface: c.surface, lawId: c.lawId, article: c.article });
      continue;
    }
    if (target.startsWith('prov:')) {
      const [, documentId, locator] = target.split(':');
      emit.node(target, ['Provision'], { documentId, locator }, { locator: s.locator, quote: s.text, method: 'pattern:citation' });
    } else nodes(target);
    emit.rel('CITES', pid, target, { locator: s.locator, quote: s.text, method: 'pattern:citation', confidence: 0.9 }, { surface: c.surface, article: c.article });
    citations.push({ locator: s.locator, surface: c.surface, lawId: c.lawId, article: c.article, target });
  }
  for (const c of f.unmatchedCitations) unmatched.push({ locator: s.locator, surface: c.surface });
}

/** Per-entity counts, surfaces, locators and rules of one report, for the ingest report. */
class Tally {
  private readonly entities = new Map<string, EntityFinding>();
  private readonly seen = new Set<string>();
  /** Each entity's locators as a set beside its list: an entity named in thousands of sentences made `includes` quadratic. */
  private readonly locatorSets = new Map<string, Set<string>>();
  private readonly names: Map<string, { name: string; curated: boolean }>;

  constructor(catalog: Catalog, authors: MatchEntity[], recognised: RecognisedEntity[]) {
    this.names = new Map<string, { name: string; curated: boolean }>();
    for (const e of [...catalog.entries, ...authors]) this.names.set(e.id, { name: e.name, curated: true });
    for (const e of recognised) this.names.set(e.id, { name: e.name, curated: false });
  }

  add(id: string, label: string, surface: string, rule: string, locator: string): void {
    const known = this.names.get(id);
    const e = this.entities.get(id) ?? { id, label, name: known?.name ?? id, count: 0, surfaces: [], locators: [], curated: known?.curated ?? true, rules: {} };
    e.count++;
    if (!e.surfaces.includes(surface)) e.surfaces.push(surface);
    const at = this.locatorSets.get(id) ?? new Set<string>();
    this.locatorSets.set(id, at);
    if (!at.has(locator)) {
      at.add(locator);
      e.locators.push(locator);
    }
    e.rules[rule] = (e.rules[rule] ?? 0) + 1;
    this.entities.set(id, e);
    this.seen.add(`${id}|${surface}`);
  }

  findings(): EntityFinding[] {
    return [...this.entities.values()].sort((a, b) => b.count - a.count || a.id.localeCompare(b.id));
  }

  surfacesSeen(): string[] {
    return [...this.seen];
  }
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
