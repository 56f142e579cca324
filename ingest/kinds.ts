// The graph's model, described once: every kind of node and every type of relationship, with what
// the rest of the code needs to know about it. The emitter's checks, the catalog's validation, the
// loader's labels, the Neo4j schema, the GraphQL `Kind` enum and entity types, and the tests all
// derive from these two tables (FollowTheMoney's schema as data). A new relationship type is one
// entry in RELATIONSHIP_TYPES; a new node kind is one entry in NODE_KINDS.

/** How a fact was made (the first segment of an evidence `method`). `model`: a learned model's suggestion
 *  (ingest/reports/relation-suggestions.ts), unchecked, never a stated fact. */
export type Method = 'structure' | 'catalog' | 'pattern' | 'inferred' | 'model';

export interface NodeKind {
  /** The Neo4j label (every node also carries `Node`). */
  label: string;
  /** Id prefix: ids are `<prefix>:<rest>` (`prov:cn-pipl:art_7`). */
  prefix: string;
  /** One line for the GraphQL schema and the docs. */
  about: string;
  /** An example id, for descriptions. */
  example: string;
  /** In the full-text index (norms and claims are reached through their provisions). */
  searchable: boolean;
  /** Referred to by name in lookups and paths (provisions, norms, passages, claims go by id). */
  named: boolean;
  /** A catalog file may hold entries of this kind (ingest/catalog/<file>.yaml `kind:`). */
  catalog: boolean;
  /** An entity kind served by the shared GraphQL entity type (names, aliases, description, facts). */
  entity: boolean;
  /** Root GraphQL lookup field for the kind, if it has one. */
  lookup?: string;
  /** Minted only by its document's own extraction, as `<prefix>:<document id>:<rest>` (ownId): no
   *  other document emits it, so it cannot exist before that document's first load (graph/load.ts
   *  does not look such ids up). */
  own?: boolean;
}

export interface RelationshipType {
  type: string;
  /** Labels allowed at the start and at the end. */
  from: readonly string[];
  to: readonly string[];
  /** How it may be made. `inferred` alone: only derivation rules (graph/rules) make it. */
  madeBy: readonly Method[];
  /** Reads "<from> <verb> <to>" in answers. */
  verb: string;
}

const node = (
  label: string,
  prefix: string,
  about: string,
  example: string,
  flags: Partial<Pick<NodeKind, 'searchable' | 'named' | 'catalog' | 'entity' | 'lookup' | 'own'>> = {},
): NodeKind => ({ label, prefix, about, example, searchable: true, named: true, catalog: false, entity: false, ...flags });

export const NODE_KINDS: readonly NodeKind[] = [
  node('Document', 'doc', 'A source document of the corpus.', 'doc:cn-pipl'),
  node('Passage', 'passage', 'A sentence or paragraph of a report.', 'passage:report-x:sec_2.p_3.s_1', { named: false, own: true }),
  node('Law', 'law', 'A law as a work (all its versions).', 'law:cn:national-intelligence-law', { catalog: true, lookup: 'law' }),
  node('LawVersion', 'lawv', 'One adopted or amended text of a law.', 'lawv:cn-counter-espionage-law-2023'),
  node('Provision', 'prov', 'An article, recital, annex or section.', 'prov:cn-national-intelligence-law:art_7', { named: false }),
  node('Norm', 'norm', 'What a provision obliges, forbids, permits or empowers.', 'norm:cn-national-intelligence-law:art_7:1', { searchable: false, named: false, own: true }),
  node('ActorClass', 'actor', 'A class of persons a norm binds, as the statutes name it (network operator, any organisation or individual ...).', 'actor:network-operator', { entity: true }),
  node('Authority', 'authority', 'A public authority: it holds powers (EMPOWERS) or is owed duties (OWED_TO) under norms.', 'authority:cac', { catalog: true, entity: true, lookup: 'authority' }),
  node('DataCategory', 'data', 'A category of data a norm concerns (personal information, important data ...).', 'data:personal-information', { catalog: true, entity: true }),
  node('Jurisdiction', 'jur', 'A jurisdiction where laws apply and companies are headquartered (cn, eu, us, nl, intl).', 'jur:cn', { catalog: true, entity: true }),
  node('Company', 'company', 'A company (catalog entry, with facts citing public sources).', 'company:dji', { catalog: true, entity: true, lookup: 'company' }),
  node('Product', 'product', 'A product or product category (drones, electric vehicles ...).', 'product:drones', { catalog: true, entity: true }),
  node('Technology', 'technology', 'A technology (5G, lidar, connected vehicles ...).', 'technology:5g', { catalog: true, entity: true, lookup: 'technology' }),
  node('StandardBody', 'standard-body', 'A standard-setting body (3GPP, ITU, UNECE WP.29 ...).', 'standard-body:3gpp', { catalog: true, entity: true, lookup: 'standardBody' }),
  node('Standard', 'standard', 'A technical standard.', 'standard:<slug>', { catalog: true, entity: true }),
  node('Organization', 'organization', 'An organisation that is neither a company nor an authority (think tank, party organ ...).', 'organization:<slug>', { catalog: true, entity: true }),
  node('Person', 'person', 'A person named in the sources.', 'person:<slug>', { catalog: true, entity: true }),
  node('Capacity', 'capacity', 'What a company does, in the words statutes key on (operates online services, manufactures civil UAVs ...).', 'capacity:operates-online-services'),
  node('Claim', 'claim', 'A derived claim (applicability of a provision to a company).', 'claim:bound-by:company:dji:norm:…', { searchable: false, named: false }),
];

const ENTITIES = NODE_KINDS.filter((k) => k.catalog).map((k) => k.label);
const rel = (type: string, from: readonly string[], to: readonly string[], madeBy: readonly Method[], verb: string): RelationshipType => ({ type, from, to, madeBy, verb });

export const RELATIONSHIP_TYPES: readonly RelationshipType[] = [
  // The structure of documents and laws.
  rel('HAS_VERSION', ['Law'], ['LawVersion'], ['structure'], 'has the version'),
  rel('EXPRESSED_BY', ['LawVersion'], ['Document'], ['structure'], 'is expressed by'),
  rel('HAS_PROVISION', ['LawVersion'], ['Provision'], ['structure'], 'contains'),
  rel('HAS_PASSAGE', ['Document'], ['Passage'], ['structure'], 'has the passage'),
  rel('RENDERED_BY', ['Provision'], ['Document'], ['structure'], 'is rendered by'),
  rel('AUTHORED', ['Person'], ['Document'], ['structure'], 'authored'),
  rel('APPLIES_IN', ['LawVersion', 'Law'], ['Jurisdiction'], ['structure', 'catalog'], 'applies in'),
  rel('AMENDS', ['LawVersion'], ['LawVersion'], ['inferred'], 'amends'),
  // A law a report names in its own words (recognised, not curated) and the law the graph holds under that name.
  rel('SAME_AS', ['Law'], ['Law'], ['inferred'], 'is the same law as'),
  // What statutes say.
  rel('REFERS_TO', ['Provision'], ['Provision'], ['pattern'], 'refers to'),
  rel('EXPRESSES', ['Provision'], ['Norm'], ['pattern'], 'expresses'),
  rel('BINDS', ['Norm'], ['ActorClass', 'Authority'], ['pattern'], 'binds'),
  rel('REQUIRES', ['Norm'], ['ActorClass'], ['pattern'], 'may require action of'),
  rel('EMPOWERS', ['Norm', 'Law'], ['Authority'], ['pattern', 'catalog'], 'empowers'),
  rel('OWED_TO', ['Norm'], ['Authority'], ['pattern'], 'is owed to'),
  rel('CONCERNS', ['Norm'], ['DataCategory'], ['pattern'], 'concerns'),
  rel('SANCTIONED_BY', ['Norm'], ['Provision'], ['pattern'], 'is sanctioned by'),
  rel('TRIGGERS', ['Norm'], ['Norm'], ['inferred'], 'triggers'),
  rel('SUBCLASS_OF', ['ActorClass', 'Authority'], ['ActorClass', 'Authority'], ['pattern'], 'is a kind of'),
  rel('DEFINES', ['Provision'], ['ActorClass', 'Authority', 'DataCategory'], ['pattern'], 'defines'),
  // What reports say, and the catalog's sourced facts.
  rel('MENTIONS', ['Passage'], ENTITIES, ['pattern'], 'mentions'),
  rel('CITES', ['Passage', 'Provision'], ['Provision', 'Law'], ['pattern'], 'cites'),
  rel('HEADQUARTERED_IN', ENTITIES, ['Jurisdiction'], ['catalog', 'pattern'], 'is headquartered in'),
  rel('OWNED_BY', ENTITIES, ENTITIES, ['catalog', 'pattern'], 'is owned by'),
  rel('MAKES', ENTITIES, ENTITIES, ['catalog', 'pattern'], 'makes'),
  rel('RESTRICTS', ENTITIES, ENTITIES, ['catalog', 'pattern'], 'restricts'),
  rel('ADDS_TO_LIST', ['Law', 'Authority'], ENTITIES, ['catalog', 'pattern'], 'adds to a list'),
  rel('DESIGNATES', ['Law', 'Authority'], ENTITIES, ['catalog', 'pattern'], 'designates'),
  // A bill's measure: shown with the bill's status, never as a restriction (ingest/catalog checkLawStatus).
  rel('PROPOSES', ['Law'], ENTITIES, ['catalog', 'pattern'], 'would act on'),
  rel('INVESTIGATES', ['Law', 'Authority'], ENTITIES, ['catalog', 'pattern'], 'investigates'),
  rel('REGULATES', ['Law', 'Authority'], ENTITIES, ['catalog', 'pattern'], 'regulates'),
  rel('PARTICIPATES_IN', ENTITIES, ENTITIES, ['catalog', 'pattern'], 'participates in'),
  rel('COLLECTS', ENTITIES, ENTITIES, ['catalog', 'pattern'], 'collects'),
  rel('SUBJECT_TO', ENTITIES, ENTITIES, ['catalog', 'pattern'], 'is subject to'),
  rel('SPECIFIED_BY', ENTITIES, ENTITIES, ['catalog'], 'is specified by'),
  rel('PART_OF', ENTITIES, ENTITIES, ['catalog'], 'is part of'),
  rel('ISSUED_BY', ENTITIES, ENTITIES, ['catalog'], 'is issued by'),
  rel('ADOPTED_BY', ENTITIES, ENTITIES, ['catalog'], 'is adopted by'),
  rel('HAS_CAPACITY', ['Company', 'Organization'], ['Capacity'], ['catalog'], 'has the capacity'),
  // A machine reading for a person to check (the learned relation model where the rules read nothing): its `predicate`
  // the type it suggests. Never a stated fact: no exposure, path or derivation reads it (SUGGESTED_TYPES).
  rel('SUGGESTS', ENTITIES, ENTITIES, ['model'], 'may (machine suggestion, unchecked) relate to'),
];

// ------------------------------------------------------------------------------ derived views

export const NODE_LABELS: readonly string[] = NODE_KINDS.map((k) => k.label);
export const SEARCHABLE_LABELS: readonly string[] = NODE_KINDS.filter((k) => k.searchable).map((k) => k.label);
export const NAMED_LABELS: readonly string[] = NODE_KINDS.filter((k) => k.named).map((k) => k.label);
export const CATALOG_LABELS: readonly string[] = ENTITIES;

const kindByLabel = new Map(NODE_KINDS.map((k) => [k.label, k]));
const typeByName = new Map(RELATIONSHIP_TYPES.map((t) => [t.type, t]));
/** The first kind per prefix, as a search of NODE_KINDS in order would find it. */
const labelByPrefix = new Map<string, string>();
for (const k of NODE_KINDS) if (!labelByPrefix.has(k.prefix)) labelByPrefix.set(k.prefix, k.label);

export function nodeKind(label: string): NodeKind | undefined {
  return kindByLabel.get(label);
}

export function relationshipType(type: string): RelationshipType | undefined {
  return typeByName.get(type);
}

/** The kinds whose ids only their document's extraction mints (NodeKind.own). */
export type OwnLabel = 'Passage' | 'Norm';
const ownPrefix = new Map(NODE_KINDS.filter((k) => k.own).map((k) => [k.label, k.prefix]));

/** An id of a document's own node: `<prefix>:<document id>:<rest>` (ingest/reports passageId, ingest/norms normId). */
export function ownId(label: OwnLabel, documentId: string, rest: string): string {
  const prefix = ownPrefix.get(label);
  if (prefix === undefined) throw new Error(`${label} is not a kind of a document's own nodes`);
  // One flat string, not a rope of three (emit.ts relationshipId): a report has one such id per sentence.
  return [prefix, documentId, rest].join(':');
}

/** What the ids of a document's own nodes begin with (`passage:<id>:`, `norm:<id>:`). */
export function ownIdPrefixes(documentId: string): string[] {
  return [...ownPrefix.values()].map((prefix) => `${prefix}:${documentId}:`);
}

/** The relationship types only a model makes: suggestions, never read as facts (queries exclude them unless asked). */
export const SUGGESTED_TYPES: readonly string[] = RELATIONSHIP_TYPES.filter((t) => t.madeBy.every((m) => m === 'model')).map((t) => t.type);
/** Every other relationship type: what the graph states. */
export const STATED_TYPES: readonly string[] = RELATIONSHIP_TYPES.filter((t) => !SUGGESTED_TYPES.includes(t.type)).map((t) => t.type);

/** Catalog fact types: the relationship types the catalog may state. */
export const CATALOG_FACT_TYPES: ReadonlySet<string> = new Set(RELATIONSHIP_TYPES.filter((t) => t.madeBy.includes('catalog')).map((t) => t.type));

/** The label of an id's prefix (`company:dji` -> Company), for catalog entries. */
export function labelOfId(id: string): string | undefined {
  const colon = id.indexOf(':');
  const prefix = colon < 0 ? id : id.slice(0, colon);
  return labelByPrefix.get(prefix);
}

/** Why a relationship of `type` from `fromLabels` to `toLabels` made by `method` breaks the model, or undefined. */
export function relationshipProblem(type: string, fromLabels: readonly string[], toLabels: readonly string[], method: string): string | undefined {
  const t = typeByName.get(type);
  if (!t) return `unknown relationship type "${type}"`;
  const colon = method.indexOf(':');
  const made = (colon < 0 ? method : method.slice(0, colon)) as Method;
  if (!t.madeBy.includes(made)) return `${type} cannot be made by ${method} (only ${t.madeBy.join(', ')})`;
  if (!fromLabels.some((l) => t.from.includes(l))) return `${type} cannot start at ${fromLabels.join(':')}`;
  if (!toLabels.some((l) => t.to.includes(l))) return `${type} cannot end at ${toLabels.join(':')}`;
  return undefined;
}
