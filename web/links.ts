// Stable, shareable addresses of the explorer's pages, and links to nodes by their id.
import { labelOfId } from '../ingest/kinds.ts';
import { html, type Html } from './html.ts';

/** Ids keep their readable colons in paths (prov:cn-pipl:art_7); everything else is encoded. */
export function pathSegment(id: string): string {
  return encodeURIComponent(id).replace(/%3A/gi, ':');
}

const PAGE_BY_LABEL: Record<string, string> = {
  Company: 'company',
  Law: 'law',
  Provision: 'provision',
};

/** The page of a node: its own kind's page where it has one, else the entity page. */
export function nodeHref(id: string, label = labelOfId(id)): string {
  if (label === 'Document') return `/document/${pathSegment(id.replace(/^doc:/, ''))}`;
  return `/${PAGE_BY_LABEL[label ?? ''] ?? 'entity'}/${pathSegment(id)}`;
}

export function nodeLink(node: { id: string; displayName?: string | null; __typename?: string }, text?: unknown): Html {
  return html`<a href="${nodeHref(node.id, node.__typename)}">${text ?? node.displayName ?? node.id}</a>`;
}

/** A path with a query string, skipping empty values. */
export function withQuery(path: string, params: Record<string, string | number | null | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== null && v !== undefined && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}

/** A provision's link to the document page, at its anchor. */
export function documentAnchor(documentId: string, locator: string): string {
  return `/document/${pathSegment(documentId)}#${encodeURIComponent(locator)}`;
}
