// Constraints and indexes, created idempotently (IF NOT EXISTS) at every start; what earlier
// versions created and this one does not want is dropped (IF EXISTS) first, and so is a search index
// whose settings differ from SEARCH_INDEX_CONFIG (then made again). Only the statements whose name the
// store lacks (or still has, for a drop) are sent.
import type { Database } from './database.ts';
import { NODE_LABELS, SEARCHABLE_LABELS } from '../ingest/kinds.ts';
import { backfillRelationshipKeys, relationshipKeyIndexes } from './relationship-keys.ts';

export const SEARCH_INDEX = 'lawgraph_search';

/** The search index's settings. The CJK analyzer indexes Chinese as overlapping bigrams and Latin
 *  script as lower-cased words. Eventually consistent: a commit queues its entries, which a background
 *  thread applies, instead of adding them and refreshing the index's searcher inside the commit (most
 *  of what the loader's commits cost beyond a plain CREATE's, docs/benchmarks.md "Load"); whatever
 *  loads waits for them once when it ends (awaitSearchIndex), so that nothing answers from a half-applied index. */
export const SEARCH_INDEX_CONFIG: Readonly<Record<string, string | boolean>> = {
  'fulltext.analyzer': 'cjk',
  'fulltext.eventually_consistent': true,
};

/** Waits until every entry committed so far is in the search index (SEARCH_INDEX_CONFIG): a load calls it
 *  once when it ends, before anything that searches can run (graph/load.ts, graph/pipeline.ts). */
export async function awaitSearchIndex(db: Database): Promise<void> {
  await db.driver.executeQuery('CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()', {}, { database: db.name });
}

/** Whether an existing index's options (`SHOW INDEXES YIELD options`) hold the settings `want` asks. */
export function hasConfig(options: unknown, want: Readonly<Record<string, unknown>>): boolean {
  const config = ((options ?? {}) as { indexConfig?: Record<string, unknown> }).indexConfig ?? {};
  return Object.entries(want).every(([key, value]) => config[key] === value);
}

/** Constraints and indexes of earlier versions: a per-kind id constraint (`company_id` …) beside
 *  `node_id` indexed every node's id twice, and every commit paid for both. The indexes on a
 *  passage's document and a norm's modality and action served no query (queries/, api/, graph/):
 *  every report sentence and norm paid an index entry for each at its load. So did the range index on
 *  `name` of six kinds (`company_name` …): names are compared through `nameKey` (its index) and the
 *  full-text index, and no plan of queries/, graph/rules or graph/exposure seeks or scans `name`
 *  (docs/benchmarks.md "Load", helper-245). */
export function retiredStatements(): string[] {
  return [
    ...NODE_LABELS.map((l) => `DROP CONSTRAINT ${l.toLowerCase()}_id IF EXISTS`),
    ...['passage_document', 'norm_modality', 'norm_action', ...RETIRED_NAME_INDEXES].map((name) => `DROP INDEX ${name} IF EXISTS`),
  ];
}

/** The per-kind `name` range indexes of earlier versions (retiredStatements). */
export const RETIRED_NAME_INDEXES = ['law_name', 'actorclass_name', 'authority_name', 'company_name', 'technology_name', 'standardbody_name'];

export function schemaStatements(): string[] {
  // One unique id for every node: lookups name `Node` (`(x:Node:Company {id: $id})`) to seek it;
  // a pattern with the kind's label alone would scan the label.
  const constraints = ['CREATE CONSTRAINT node_id IF NOT EXISTS FOR (n:Node) REQUIRE n.id IS UNIQUE'];
  const indexes = [
    'CREATE INDEX provision_document IF NOT EXISTS FOR (n:Provision) ON (n.documentId, n.order)',
    'CREATE INDEX lawversion_dates IF NOT EXISTS FOR (n:LawVersion) ON (n.inForceFrom)',
    'CREATE INDEX document_kind IF NOT EXISTS FOR (n:Document) ON (n.kind)',
    'CREATE INDEX node_name_key IF NOT EXISTS FOR (n:Node) ON (n.nameKey)',
    // The exposure answer is a seek on the company's binding, then on its profile (graph/exposure).
    'CREATE INDEX exposure_binding_company IF NOT EXISTS FOR (n:ExposureBinding) ON (n.companyId)',
    'CREATE INDEX exposure_binding_profile IF NOT EXISTS FOR (n:ExposureBinding) ON (n.profileId)',
    'CREATE CONSTRAINT exposure_profile_id IF NOT EXISTS FOR (n:ExposureProfile) REQUIRE n.id IS UNIQUE',
    // The store's own state (graph/derive.ts stamps, graph/exposure's write turn): unique, so MERGE locks it.
    'CREATE CONSTRAINT lawgraph_state_id IF NOT EXISTS FOR (n:LawgraphState) REQUIRE n.id IS UNIQUE',
  ];
  // One full-text index so scores are comparable across kinds (SEARCH_INDEX_CONFIG).
  const config = Object.entries(SEARCH_INDEX_CONFIG).map(([key, value]) => `\`${key}\`: ${typeof value === 'string' ? `'${value}'` : value}`);
  const fulltext = `CREATE FULLTEXT INDEX ${SEARCH_INDEX} IF NOT EXISTS FOR (n:${SEARCHABLE_LABELS.join('|')}) ` +
    `ON EACH [n.name, n.nameZh, n.searchText, n.title, n.heading, n.text] OPTIONS { indexConfig: { ${config.join(', ')} } }`;
  return [...constraints, ...indexes, fulltext];
}

/** The constraint or index a statement creates or drops. */
export const schemaName = (statement: string): string => /(?:CONSTRAINT|INDEX) (\w+)/.exec(statement)?.[1] ?? '';

/** Every constraint or index name this schema makes, has made (retiredStatements) or makes for the relationship keys. */
export const ownSchemaNames = (): string[] => [...schemaStatements(), ...retiredStatements(), ...relationshipKeyIndexes()].map(schemaName);

/** Whether a store whose SHOW INDEXES lists `names` may hold relationships written before the relationship keys:
 *  only a store some version of ours loaded (it made its schema first, so one of our names, current or retired, is
 *  there). A new store lists Neo4j's own token lookup indexes only. */
export function mayPredateKeys(names: Iterable<string>): boolean {
  const own = new Set(ownSchemaNames());
  for (const name of names) if (own.has(name)) return true;
  return false;
}

export async function ensureSchema(db: Database): Promise<void> {
  // One list: on a loaded store it is the start's first query, planned cold in a fresh JVM. Every constraint made
  // or dropped here (schemaStatements, retiredStatements) is a uniqueness constraint, and such a constraint owns an
  // index of its own name, listed with the rest (SHOW CONSTRAINTS beside it was a second cold query at every start).
  const indexes = await db.driver.executeQuery('SHOW INDEXES YIELD name, state, options', {}, { database: db.name, routing: 'READ' });
  const existing = new Set<string>(indexes.records.map((r) => r.get('name')));
  // A search index made before its settings changed (SEARCH_INDEX_CONFIG) is dropped and made again, once:
  // the next start finds it with them.
  const outdated = indexes.records.filter((r) => r.get('name') === SEARCH_INDEX && !hasConfig(r.get('options'), SEARCH_INDEX_CONFIG));
  for (const r of outdated) existing.delete(r.get('name'));
  const statements = [
    ...retiredStatements().filter((s) => existing.has(schemaName(s))),
    ...outdated.map((r) => `DROP INDEX ${r.get('name')}`),
    ...schemaStatements().filter((s) => !existing.has(schemaName(s))),
  ];
  await inOneTransaction(db, statements);
  // The relationship keys' indexes come after the keys (graph/relationship-keys.ts): a store that
  // lacks one of them may predate the keys. Relationships without keys were written only by versions before the
  // keys, and every version's loads ensured its schema first (provision_document, document_kind and
  // lawversion_dates were in each one's); so a store with no constraint or index of ours, current or retired, holds
  // none, and a new store's first start skips the backfill: a cold query that finds nothing there (1.5-2.7 s of
  // the JVM's CPU, docs/benchmarks.md "Schema on a new store").
  const keyIndexes = relationshipKeyIndexes().filter((s) => !existing.has(schemaName(s)));
  if (keyIndexes.length) {
    if (mayPredateKeys(indexes.records.map((r) => r.get('name')))) await backfillRelationshipKeys(db);
    await inOneTransaction(db, keyIndexes);
  }
  // A store whose indexes were all there and online has nothing to wait for (one cold query less at every start).
  if (statements.length || keyIndexes.length || indexes.records.some((r) => r.get('state') !== 'ONLINE')) {
    await db.driver.executeQuery('CALL db.awaitIndexes(300)', {}, { database: db.name });
  }
}

/** Schema statements (no data writes) in one transaction: one each took a new store's start seconds longer. */
async function inOneTransaction(db: Database, statements: string[]): Promise<void> {
  if (!statements.length) return;
  const session = db.driver.session({ database: db.name });
  try {
    await session.executeWrite(async (tx) => {
      for (const statement of statements) await tx.run(statement);
    });
  } finally {
    await session.close();
  }
}
