// Catalog and vocabulary entities: companies, products, technologies, standard bodies,
// standards, organisations, people, authorities, jurisdictions, data categories, actor classes.
// They share one shape (names in English and Chinese, aliases, a description and source url);
// their facts are relations with evidence.
import { NODE_KINDS } from '../../ingest/kinds.ts';
import type { ApiContext } from '../context.ts';
import { badInput } from '../errors.ts';
import { lookup } from '../refs.ts';
import { list, type NodeMap } from '../shape.ts';
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
    "Facts about it (relationship, other end, evidence); derived claim links only when asked for by type."
    relations(types: [String!], direction: Direction, first: Int = 50): [Relation!]!
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

  extend type Query {
${lookups}
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

const entityFields = {
  ...nodeFields,
  name: (n: NodeMap) => n.name ?? n.id,
  aliases: (n: NodeMap) => list(n.aliases),
  acronyms: (n: NodeMap) => [...new Set([...list(n.acronyms), ...list(n.acronym)])],
};

export const resolvers = {
  Query: Object.fromEntries(KINDS.filter((k) => k.lookup).map((k) => [k.lookup, lookupField([k.type])])),
  ...Object.fromEntries(KINDS.map((k) => [k.type, entityFields])),
};
