// Shapes database rows for GraphQL: evidence lists, node maps and their display names.
// Queries return nodes as maps with `nodeLabel` (their one domain label) and relationships as
// maps of their support fields (see queries/*.cypher), so these helpers are the only translation.
import type { Evidence as SourceEvidence } from '../ingest/emit.ts';
import { relationshipType } from '../ingest/kinds.ts';
import { quotedPredicate } from '../ingest/norms/predicate.ts';

/** Evidence as stamped by ingest/emit.ts; GraphQL gives a missing url as null. */
export type Evidence = Omit<SourceEvidence, 'url'> & { url?: string | null };

/** A node as the queries return it: its properties plus `nodeLabel`. */
export type NodeMap = Record<string, unknown> & { id: string; nodeLabel: string };

/** A relationship's support as the queries return it (`r {.evidence, .documentId, …}`). */
export interface RelSupport {
  evidence?: string[] | null;
  documentId?: string | null;
  locator?: string | null;
  quote?: string | null;
  method?: string | null;
  confidence?: number | null;
  url?: string | null;
}

/**
 * Loaded facts keep evidence as a list of JSON strings (one per supporting passage); derived
 * relationships (method inferred:*) carry one evidence flat as properties.
 */
export function evidenceOf(r: RelSupport | null | undefined): Evidence[] {
  if (!r) return [];
  if (Array.isArray(r.evidence) && r.evidence.length > 0) return r.evidence.map(parseEvidence);
  if (r.method) {
    return [{
      documentId: r.documentId ?? '',
      locator: r.locator ?? '',
      quote: r.quote ?? '',
      method: r.method,
      confidence: r.confidence ?? 1,
      url: r.url ?? null,
    }];
  }
  return [];
}

function parseEvidence(json: string): Evidence {
  const e = JSON.parse(json) as Partial<Evidence>;
  return {
    documentId: e.documentId ?? '',
    locator: e.locator ?? '',
    quote: e.quote ?? '',
    method: e.method ?? 'structure',
    confidence: e.confidence ?? 1,
    url: e.url ?? null,
  };
}

/** The properties displayName reads (with nodeLabel): a query may read only these when nothing else is asked. */
export const DISPLAY_NAME_PROPERTIES = ['name', 'title', 'date', 'lawName', 'provisionNumber', 'documentId', 'number', 'locator', 'modality', 'actionLabel', 'predicate', 'action', 'statement'] as const;

/** Properties the queries' node maps give reshaped (`loadedAt` as a string) or withhold (null): never read as they are stored. */
export const RESHAPED_PROPERTIES: ReadonlySet<string> = new Set(['loadedAt', 'supportNodes', 'supportRels', 'sources']);

/** A short human name for any node: name, title, or "<document> <number>" for provisions. */
export function displayName(n: Record<string, unknown> | null | undefined): string {
  if (!n) return '';
  const s = (k: string) => (typeof n[k] === 'string' && n[k] ? (n[k] as string) : undefined);
  const quotedOr = (p: string | undefined) => (p ? quotedPredicate(p) : undefined);
  switch (n.nodeLabel) {
    case 'Provision':
      return `${s('lawName') ?? s('documentId')} ${s('number') ?? s('locator')}`;
    case 'Passage':
      return `${s('documentId')} ${s('locator')}`;
    case 'Norm':
      return `${s('modality')}: ${s('actionLabel') ?? quotedOr(s('predicate')) ?? s('action')} (${s('lawName') ?? s('documentId')} ${s('provisionNumber') ?? s('locator')})`;
    case 'Claim':
      return s('statement') ?? String(n.id);
    case 'LawVersion':
      // Read with its law's name (premises): "Counter-Espionage Law, text of 2023-04-26"; else its own title.
      if (s('lawName')) return s('date') ? `${s('lawName')}, text of ${s('date')}` : `${s('lawName')}, ${s('title') ?? String(n.id)}`;
      return s('title') ?? String(n.id);
    default:
      return s('name') ?? s('title') ?? String(n.id);
  }
}

/** Lists stored as a scalar or a list (catalog `acronyms` vs vocabulary `acronym`) read as a list. */
export function list(v: unknown): string[] {
  if (v === null || v === undefined) return [];
  return (Array.isArray(v) ? v : [v]).map(String);
}

/** "DJI is headquartered in China": a readable statement of one relationship. */
export function statementOf(from: Record<string, unknown>, type: string, to: Record<string, unknown>): string {
  return `${displayName(from)} ${relationshipType(type)?.verb ?? type.toLowerCase().replaceAll('_', ' ')} ${displayName(to)}`;
}
