// Graph records in the shape of Neo4j APOC's JSON export, and the one place that stamps
// provenance on them (zavod's context.emit): extractors cannot forget where a fact came from, nor
// emit a kind or relationship the model (ingest/kinds.ts) does not have.
import { nodeKind, relationshipProblem } from './kinds.ts';

export type Scalar = string | number | boolean | null;
export type PropertyValue = Scalar | string[] | number[];

/** Where a fact comes from. Every record carries one. */
export interface Evidence {
  /** The document that supports the fact (manifest id, or `catalog` for catalog facts). */
  documentId: string;
  /** Locator of the passage inside that document (`art_7`, `sec_2.p_3.s_1`, catalog entry id). */
  locator: string;
  /** Verbatim quote from the document; for catalog facts, empty (the url carries the source). */
  quote: string;
  /** `structure`, `catalog`, `pattern:<rule>`, `inferred:<rule>`. */
  method: string;
  confidence: number;
  /** Public source URL, required for catalog facts. */
  url?: string;
}

export interface NodeRecord {
  type: 'node';
  id: string;
  labels: string[];
  /** Domain properties, plus `evidence` (stamped by the Emitter). */
  properties: { [key: string]: PropertyValue | Evidence | undefined; evidence?: Evidence };
}

export interface RelationshipRecord {
  type: 'relationship';
  id: string;
  label: string;
  start: { id: string; labels: string[] };
  end: { id: string; labels: string[] };
  /** Domain properties, plus `evidence` (stamped by the Emitter). */
  properties: { [key: string]: PropertyValue | Evidence; evidence: Evidence };
}

export type GraphRecord = NodeRecord | RelationshipRecord;


/** Joined, not concatenated: `a + b` makes a rope (one cons string per `+`, each kept beside the flat copy a lookup
 *  makes), which made a fifth of a report's records' memory; `join` writes one flat string. */
export function relationshipId(start: string, type: string, end: string): string {
  return [start, type, end].join('|');
}

/** A relationship's end as its record names it: one per node, shared by every relationship to or from the node (its
 *  labels are the node record's own array, so a label the node gains later shows in both, as before). */
type End = RelationshipRecord['start'];

/**
 * Collects the records of one document. Nodes are deduplicated by id (properties merged);
 * relationships keep one record per (type, start, end, locator) so that each supporting
 * passage stays visible.
 */
export class Emitter {
  readonly documentId: string;
  /** Node id -> its record, and its end for relationships (built once, not twice per relationship). */
  private readonly nodes = new Map<string, { record: NodeRecord; end: End }>();
  /** Relationship id -> the locator(s) it was emitted with: keyed by the id, a string the record keeps
   *  anyway, not by an id#locator string built and hashed per call; one locator (most relationships)
   *  is kept as is, more in a set. `relList` keeps the order of emission. */
  private readonly rels = new Map<string, string | Set<string>>();
  private readonly relList: RelationshipRecord[] = [];

  constructor(documentId: string) {
    this.documentId = documentId;
  }

  node(
    id: string,
    labels: string[],
    properties: Record<string, PropertyValue | undefined>,
    evidence: Partial<Evidence> = {},
  ): string {
    return this.addNode(id, labels, properties, evidence, false);
  }

  /** `node`, taking `properties` as the record's own instead of a copy without its undefined values: for a
   *  caller that builds the object for this call alone, sets no key to undefined and keeps no reference to
   *  it (ingest/norms/records.ts's Norm nodes, the most numerous). */
  nodeOwning(id: string, labels: string[], properties: Record<string, PropertyValue>, evidence: Partial<Evidence> = {}): string {
    return this.addNode(id, labels, properties, evidence, true);
  }

  private addNode(id: string, labels: string[], properties: Record<string, PropertyValue | undefined>, evidence: Partial<Evidence>, owned: boolean): string {
    // Only the model's kinds (ingest/kinds.ts) enter the graph.
    for (const l of labels) if (!nodeKind(l)) throw new Error(`bad label "${l}" for node ${id}: not a kind of ingest/kinds.ts`);
    if (id.includes('|')) throw new Error(`bad node id "${id}": "|" separates the parts of relationship ids`);
    const clean = owned ? (properties as Record<string, PropertyValue | Evidence>) : compact(properties);
    // Lookups by name are index seeks on nameKey (graph/schema.ts); aliases are the fallback.
    if (typeof clean.name === 'string') clean.nameKey = clean.name.trim().toLowerCase();
    const existing = this.nodes.get(id)?.record;
    if (existing) {
      Object.assign(existing.properties, clean);
      for (const l of labels) if (!existing.labels.includes(l)) existing.labels.push(l);
      return id;
    }
    const record: NodeRecord = {
      type: 'node',
      id,
      labels: [...labels],
      // `clean` is this call's own copy (or, owned, the caller's object given up): it becomes the record's properties.
      properties: Object.assign(clean, { evidence: this.evidence(evidence, () => id) }),
    };
    this.nodes.set(id, { record, end: { id, labels: record.labels } });
    return id;
  }

  rel(
    type: string,
    start: string,
    end: string,
    evidence: Partial<Evidence> & { locator: string },
    properties: Record<string, PropertyValue | undefined> = {},
  ): void {
    const s = this.nodes.get(start);
    const e = this.nodes.get(end);
    if (!s || !e) {
      throw new Error(`${this.documentId}: relationship ${type} ${start} -> ${end} names a node this document did not emit`);
    }
    const ev = this.evidence(evidence, () => `${start} ${type} ${end}`);
    const problem = relationshipProblem(type, s.record.labels, e.record.labels, ev.method);
    if (problem) throw new Error(`${this.documentId}: relationship ${start} -> ${end}: ${problem} (ingest/kinds.ts)`);
    if (!ev.quote && !ev.url && !ev.method.startsWith('structure')) {
      throw new Error(`${this.documentId}: relationship ${type} ${start} -> ${end} has neither quote nor source url`);
    }
    const id = relationshipId(start, type, end);
    const seen = this.rels.get(id);
    if (seen === undefined) this.rels.set(id, ev.locator);
    else if (typeof seen === 'string') {
      if (seen === ev.locator) return;
      this.rels.set(id, new Set([seen, ev.locator]));
    } else if (seen.has(ev.locator)) return;
    else seen.add(ev.locator);
    const props = compact(properties);
    props.evidence = ev;
    this.relList.push({ type: 'relationship', id, label: type, start: s.end, end: e.end, properties: props as RelationshipRecord['properties'] });
  }

  has(id: string): boolean {
    return this.nodes.has(id);
  }

  records(): GraphRecord[] {
    const out: GraphRecord[] = [];
    for (const n of this.nodes.values()) out.push(n.record);
    for (const r of this.relList) out.push(r);
    return out;
  }

  /** `what` names the record in an error (built only then: most records are fine). */
  private evidence(e: Partial<Evidence>, what: () => string): Evidence {
    // A document supports only its own records: support is what re-ingest and removal retract.
    if (e.documentId !== undefined && e.documentId !== this.documentId) {
      throw new Error(`${this.documentId}: ${what()} carries evidence of another document (${e.documentId})`);
    }
    const ev: Evidence = {
      documentId: e.documentId ?? this.documentId,
      locator: e.locator ?? '',
      quote: e.quote ?? '',
      method: e.method ?? 'structure',
      confidence: e.confidence ?? 1,
    };
    if (e.url) ev.url = e.url;
    if (ev.method === 'catalog' && !ev.url) throw new Error(`${this.documentId}: catalog fact ${what()} has no source url`);
    return ev;
  }
}

function compact(props: Record<string, PropertyValue | undefined>): Record<string, PropertyValue | Evidence> {
  // Most calls leave nothing out: a spread copies such an object whole (same keys, same order), cheaper than key by key.
  let complete = true;
  for (const k in props) {
    if (props[k] === undefined) {
      complete = false;
      break;
    }
  }
  if (complete) return { ...props } as Record<string, PropertyValue | Evidence>;
  const out: Record<string, PropertyValue | Evidence> = {};
  // for…in: the same order as Object.keys for a plain object, without building the key array.
  for (const k in props) if (props[k] !== undefined) out[k] = props[k];
  return out;
}
