// exposure: which provisions could compel a company or restrict it, each with its basis.
import type { ApiContext } from '../context.ts';
import { ambiguous, notFound } from '../errors.ts';
import type { PremiseRow } from '../loaders.ts';
import { displayName, evidenceOf, list, type NodeMap, type RelSupport } from '../shape.ts';
import { premiseOf } from './laws.ts';

export const typeDefs = /* GraphQL */ `
  "How an item of exposure reaches the company."
  enum ExposureKind {
    "An authority may require the company to act (a POWER whose addressees include the company)."
    POWER
    "A duty the company owes to a state authority (DUTY with OWED_TO)."
    DUTY_TO_STATE
    "Another duty the company bears."
    DUTY
    "Something the company must not do."
    PROHIBITION
    "A law or authority abroad restricts the company."
    RESTRICTION
  }

  "Why a provision applies to the company: the derived claim and the facts it rests on."
  type Basis {
    "The derived claim."
    claim: Claim!
    "The rule that derived it (bound-by, subject-to-power)."
    rule: String!
    "The claim in one sentence."
    statement: String!
    "The facts it rests on (headquarters, where the law applies, what the provision says, whom it binds), each with evidence."
    premises: [Premise!]!
  }

  "One provision that could compel the company, or one restriction of it abroad."
  type ExposureItem {
    "How it reaches the company."
    kind: ExposureKind!
    "The item in one sentence."
    statement: String!
    "The law (for restrictions: when the restricting party is a law)."
    law: Law
    "The law version in force at the date asked for (claims only)."
    version: LawVersion
    "The provision (claims only)."
    provision: Provision
    "The norm it expresses (claims only)."
    norm: Norm
    "The law or authority that restricts the company (restrictions only)."
    restrictedBy: Node
    "Why it applies (claims only; restrictions are stated facts, see evidence)."
    basis: Basis
    "The quote that says it: the norm's sentence, or the report quote / catalog source of a restriction."
    evidence: [Evidence!]!
  }

  "The exposure of one company at one date."
  type Exposure {
    "The company."
    company: Company!
    "The date the laws were taken as in force."
    asOf: Date!
    "Powers first, then duties owed to state authorities, other duties and prohibitions, then restrictions abroad; by law and article within each."
    items: [ExposureItem!]!
  }

  extend type Query {
    "Which provisions could compel the company (id or name) or restrict it abroad, by laws in force at asOf (default: today)."
    exposure(company: String!, asOf: Date): Exposure!
  }
`;

interface Row {
  candidates: NodeMap[];
  companyId: string | null;
  items: Item[];
}

interface Item {
  rank: number;
  claim?: NodeMap;
  law?: NodeMap | null;
  version?: NodeMap;
  provision?: NodeMap;
  norm?: NodeMap;
  restrictedBy?: NodeMap;
  support: RelSupport;
  company: NodeMap;
}

function kindOf(item: Item): string {
  if (item.rank === 3) return 'RESTRICTION';
  if (item.rank === 0) return 'POWER';
  if (item.rank === 1) return 'DUTY_TO_STATE';
  return item.norm?.modality === 'PROHIBITION' ? 'PROHIBITION' : 'DUTY';
}

export const resolvers = {
  Query: {
    exposure: async (_: unknown, args: { company: string; asOf?: string | null }, ctx: ApiContext) => {
      const asOf = args.asOf ?? new Date().toISOString().slice(0, 10);
      const [row] = await ctx.read<Row>('exposure', { company: args.company, asOf });
      const candidates = row?.candidates ?? [];
      if (candidates.length === 0) throw notFound('company', args.company);
      if (candidates.length > 1) throw ambiguous(args.company, candidates);
      const company = candidates[0]!;
      return { company, asOf, items: row!.items.map((i) => ({ ...i, company })) };
    },
  },
  ExposureItem: {
    kind: kindOf,
    statement: (item: Item) =>
      item.claim
        ? String(item.claim.statement)
        : `${displayName(item.restrictedBy)} restricts ${displayName(item.company)}`,
    law: (item: Item) => item.law ?? null,
    version: (item: Item) => item.version ?? null,
    provision: (item: Item) => item.provision ?? null,
    norm: (item: Item) => item.norm ?? null,
    restrictedBy: (item: Item) => item.restrictedBy ?? null,
    basis: (item: Item) => (item.claim ? { claim: item.claim } : null),
    evidence: (item: Item) => evidenceOf(item.support),
  },
  Basis: {
    rule: (b: { claim: NodeMap }) => b.claim.rule,
    statement: (b: { claim: NodeMap }) => b.claim.statement,
    // All items' premises are asked for in the same tick, so the loader makes one query for all.
    premises: async (b: { claim: NodeMap }, _: unknown, ctx: ApiContext) => {
      const rows = await ctx.loaders.premise.loadMany(list(b.claim.premises));
      return rows.filter((r): r is PremiseRow => !!r && !(r instanceof Error)).map(premiseOf);
    },
  },
};
