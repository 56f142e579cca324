// Every node kind the graph holds. Each gets a uniqueness constraint on `id`; all nodes also
// carry the generic label `Node`, whose constraint lets the loader and the API address any node.
export const NODE_LABELS = [
  'Document',
  'Passage',
  'Law',
  'LawVersion',
  'Provision',
  'Norm',
  'ActorClass',
  'Authority',
  'DataCategory',
  'Jurisdiction',
  'Company',
  'Product',
  'Technology',
  'StandardBody',
  'Standard',
  'Organization',
  'Person',
  'Claim',
] as const;

export type NodeLabel = (typeof NODE_LABELS)[number];

/** Labels whose nodes appear in full-text search: all but norms and derived claims, which are
 *  reached through their provisions. */
export const SEARCHABLE_LABELS: NodeLabel[] = NODE_LABELS.filter((l) => l !== 'Norm' && l !== 'Claim');
