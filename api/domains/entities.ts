// Catalog and vocabulary entities: companies, products, technologies, standard bodies,
// standards, organisations, people, authorities, jurisdictions, data categories, actor classes.
// They share one shape (names in English and Chinese, aliases, a description and source url);
// their facts are relations with evidence.
import { NODE_KINDS } from '../../ingest/kinds.ts';
import type { ApiContext } from '../context.ts';
import { badInput } from '../errors.ts';
import { lookup } from '../refs.ts';
import { evidenceOf, list, type NodeMap } from '../shape.ts';
import { nodeFields } from './base.ts';

interface EntityKind {
  type: string;
  about: string;
  /** An example id, for the id field's description. */
  example: string;
  extra?: string;
  /** Root lookup field, if the kind has one. */
  lookup?: string;
}

/** Fields some entity kinds have beyond the shared ones. */
const EXTRA_FIELDS: Record<string, string> = {
  Authority: '"Jurisdiction code of the authority (cn, us, eu ...)."\n    jurisdiction: String',
  ActorClass: '"Whether the class covers every organisation in the jurisdiction (任何组织和个人)."\n    coversEveryOrganisation: Boolean',
};

/** The entity kinds of the model (ingest/kinds.ts), each served by the shared entity type. */
const KINDS: EntityKind[] = NODE_KINDS.filter((k) => k.entity).map((k) => ({
  type: k.label,
  about: k.about,
  example: k.example,
  extra: EXTRA_FIELDS[k.label],
  lookup: k.lookup,
}));

function entityType(k: EntityKind): string {
  return /* GraphQL */ `
  "${k.about}"
  type ${k.type} implements Node {
    "Stable id, e.g. ${k.example}."
    id: ID!
    "Its name."
    displayName: String!
    "Facts about it (relationship, other end, evidence); derived claim links and machine suggestions (SUGGESTS) only when asked for by type."
    relations(types: [String!], direction: Direction, first: Int = 50): [Relation!]!
    "Machine suggestions, unchecked, not stated facts: relations a learned model reads in report sentences where the rules read none, one per supporting sentence, most confident first. Never counted as relations, never read by exposure or paths. Only when asked for."
    suggestedRelations(first: Int = 50): [SuggestedRelation!]!
    "English name."
    name: String!
    "Chinese name, where it has one."
    nameZh: String
    "Other names it goes by (English and Chinese)."
    aliases: [String!]!
    "Acronyms (MSS, CAC ...)."
    acronyms: [String!]!
    "One-sentence description in the team's own words."
    description: String
    "A public page describing it."
    url: String
    "Wikidata id, where known."
    wikidata: String
    ${k.extra ?? ''}
  }`;
}

const lookups = KINDS.filter((k) => k.lookup)
  .map((k) => `    "A ${k.type} by id, or by name, Chinese name, alias or acronym (case-insensitive, exact). Several matches are an error listing them."
    ${k.lookup}(id: ID, name: String): ${k.type}`)
  .join('\n');

export const typeDefs = `${KINDS.map(entityType).join('\n')}

  "A machine suggestion, unchecked and not a stated fact: a learned model read this relation in one report sentence where the hand rules read none (docs/relation-model.md). For a person to check against the quote."
  type SuggestedRelation {
    "The relation type the model suggests (RESTRICTS, REGULATES, DESIGNATES, INVESTIGATES, ADDS_TO_LIST)."
    predicate: String!
    "The model's probability of the predicate for the pair in this sentence, 0..1 (not the confidence of a stated fact)."
    confidence: Float!
    "OUTGOING: this entity would be the actor; INCOMING: the other entity would."
    direction: Direction!
    "The entity at the other end."
    node: Node!
    "The sentence the model read, verbatim."
    quote: String!
    "Locator of the sentence in its document."
    locator: String!
    "Manifest id of the document."
    documentId: String!
  }

  extend type Query {
${lookups}
    "An entity's machine suggestions by its id, as its suggestedRelations field lists them: unchecked, not stated facts. Empty for an unknown id or a node that is no entity."
    suggestedRelations(id: ID!, first: Int = 20): [SuggestedRelation!]!
  }
`;

/** Resolver for a lookup field taking exactly one of id or name. */
export function lookupField(labels: string[]) {
  return (_: unknown, args: { id?: string | null; name?: string | null }, ctx: ApiContext) => {
    const ref = args.id ?? args.name;
    if (!ref || (args.id && args.name)) throw badInput('Give exactly one of "id" or "name".');
    return lookup(ctx, ref, labels);
  };
}

export const MAX_SUGGESTED = 200;

interface SuggestedRow {
  direction: 'OUTGOING' | 'INCOMING';
  node: NodeMap;
  evidence: string[] | null;
}

/** An entity's suggested relations, one per supporting sentence (the predicate and probability its evidence records:
 *  an edge's own properties are those of the last support loaded), most confident first. */
async function suggestedRelations(n: NodeMap, args: { first?: number | null }, ctx: ApiContext) {
  const limit = args.first ?? 50;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_SUGGESTED) throw badInput(`"first" must be between 1 and ${MAX_SUGGESTED}`);
  const rows = await ctx.read<SuggestedRow>('suggested-relations', { id: n.id, limit });
  const out = rows.flatMap((r) =>
    evidenceOf({ evidence: r.evidence }).map((e) => ({
      predicate: e.method.replace(/^model:/, '').toUpperCase(),
      confidence: e.confidence,
      direction: r.direction,
      node: r.node,
      quote: e.quote,
      locator: e.locator,
      documentId: e.documentId,
    })),
  );
  return out.sort((a, b) => b.confidence - a.confidence || a.node.id.localeCompare(b.node.id) || a.documentId.localeCompare(b.documentId) || a.locator.localeCompare(b.locator)).slice(0, limit);
}

const entityFields = {
  ...nodeFields,
  suggestedRelations,
  name: (n: NodeMap) => n.name ?? n.id,
  aliases: (n: NodeMap) => list(n.aliases),
  acronyms: (n: NodeMap) => [...new Set([...list(n.acronyms), ...list(n.acronym)])],
};

export const resolvers = {
  Query: {
    ...Object.fromEntries(KINDS.filter((k) => k.lookup).map((k) => [k.lookup, lookupField([k.type])])),
    suggestedRelations: (_: unknown, args: { id: string; first?: number | null }, ctx: ApiContext) => suggestedRelations({ id: args.id } as NodeMap, args, ctx),
  },
  ...Object.fromEntries(KINDS.map((k) => [k.type, entityFields])),
};
