// Catalog and vocabulary entities: companies, products, technologies, standard bodies,
// standards, organisations, people, authorities, jurisdictions, data categories, actor classes.
// They share one shape (names in English and Chinese, aliases, a description and source url);
// their facts are relations with evidence.
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

const KINDS: EntityKind[] = [
  { type: 'Company', example: 'company:dji', about: 'A company (catalog entry, with facts citing public sources).', lookup: 'company' },
  { type: 'Product', example: 'product:drones', about: 'A product or product category (drones, electric vehicles ...).' },
  { type: 'Technology', example: 'technology:5g', about: 'A technology (5G, lidar, connected vehicles ...).', lookup: 'technology' },
  { type: 'StandardBody', example: 'standard-body:3gpp', about: 'A standard-setting body (3GPP, ITU, UNECE WP.29 ...).', lookup: 'standardBody' },
  { type: 'Standard', example: 'standard:<slug>', about: 'A technical standard.' },
  { type: 'Organization', example: 'organization:<slug>', about: 'An organisation that is neither a company nor an authority (think tank, party organ ...).' },
  { type: 'Person', example: 'person:<slug>', about: 'A person named in the sources.' },
  {
    type: 'Authority',
    example: 'authority:cac',
    about: 'A public authority: it holds powers (EMPOWERS) or is owed duties (OWED_TO) under norms.',
    extra: '"Jurisdiction code of the authority (cn, us, eu ...)."\n    jurisdiction: String',
    lookup: 'authority',
  },
  { type: 'Jurisdiction', example: 'jur:cn', about: 'A jurisdiction where laws apply and companies are headquartered (cn, eu, us, nl, intl).' },
  { type: 'DataCategory', example: 'data:personal-information', about: 'A category of data a norm concerns (personal information, important data ...).' },
  {
    type: 'ActorClass',
    example: 'actor:network-operator',
    about: 'A class of persons a norm binds, as the statutes name it (network operator, any organisation or individual ...).',
    extra: '"Whether the class covers every organisation in the jurisdiction (任何组织和个人)."\n    coversEveryOrganisation: Boolean',
  },
];

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
