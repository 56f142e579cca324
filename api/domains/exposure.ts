// exposure: which provisions could compel a company, what gives state organs access to it, what is
// only context, and what restricts it abroad, each with its basis. The claims are derived at load
// (graph/exposure) per profile (headquarters and capacities), read here as one ordered answer and bound
// to the company (its own premises in place); nested fields come through the loaders.
import type { GraphQLResolveInfo } from 'graphql';
import type { ApiContext } from '../context.ts';
import { type ExposureClaim, itemOrder } from '../../graph/exposure/derive.ts';
import { BILL_STATUSES } from '../../ingest/catalog/index.ts';
import { ambiguous, badInput, notFound } from '../errors.ts';
import { asksAny, asksOnlyId } from '../lookahead.ts';
import { found, type PremiseRow } from '../loaders.ts';
import { displayName, evidenceOf, list, type NodeMap, type RelSupport } from '../shape.ts';
import { nodeFields } from './base.ts';
import { type BoundItem, bindToCompany, cachedDigests, profileItems } from './exposure-answers.ts';
import { premiseOf } from './laws.ts';

export const typeDefs = /* GraphQL */ `
  "What a provision does to the company, in the order a journalist reads them."
  enum ExposureTier {
    "It could compel the company to hand over data or assist security or intelligence organs."
    COMPELS
    "It gives other state organs supervisory access that reaches the company."
    SUPERVISION
    "Context: localisation, blocking rules, secrecy and other duties."
    CONTEXT
  }

  "Whether the provision applies on what the graph knows of the company."
  enum ExposureStatus {
    "It reaches the company through a class every organisation is in, or one a sourced capacity places it in."
    APPLIES
    "It applies only if the company has a status that is not public (a CII designation, important data): see conditions."
    CONDITIONAL
  }

  "Why a provision applies to the company: the derived claim and the facts it rests on."
  type Basis {
    "The derived claim."
    claim: Claim!
    "The rule that derived it (exposure)."
    rule: String!
    "The claim in one sentence."
    statement: String!
    "The facts it rests on (headquarters, where the law applies, what the provision says, whom it binds, the company's sourced capacity and the statute's definition), each with evidence. Null when they could not be read in time (the response's errors say why); never a shorter list."
    premises: [Premise!]
  }

  "One provision that reaches the company, its norms grouped."
  type ExposureItem {
    "The article as cited, e.g. 'Cybersecurity Law art. 30 (第三十条)'."
    citation: String!
    "What it does to the company, in English."
    statement: String!
    "Compels, supervision or context."
    tier: ExposureTier!
    "What it does, as categories: hand-over-data, assist-state-organs, submit-to-inspection, report-to-authorities, keep-data-in-china, refuse-foreign-requests, keep-secrets, other."
    categories: [String!]!
    "Applies, or conditional on a status that is not public."
    status: ExposureStatus!
    "For a conditional item: the status it turns on, and why it is unknown."
    conditions: [String!]!
    "How it reaches the company: the class it binds, and through which capacity and definition."
    reach: [String!]!
    "The law."
    law: Law
    "The law version in force at the date asked for."
    version: LawVersion
    "The provision."
    provision: Provision
    "The norms of the provision that reach the company."
    norms: [Norm!]!
    "Penalty provisions that sanction refusing these norms."
    sanctions: [Provision!]!
    "Why it applies."
    basis: Basis!
    "The verbatim sentences that say it, in the original language."
    evidence: [Evidence!]!
  }

  "A measure abroad that restricts, designates or lists the company, dated where its source dates it; or a bill's proposed measure."
  type Restriction {
    "RESTRICTS, DESIGNATES, ADDS_TO_LIST, or PROPOSES (a bill's own measure)."
    type: String!
    "The law or authority."
    by: Node!
    "The law's status where the catalog states it (enacted, passed-house ...)."
    status: String
    "The provision whose text names the company, for a measure read from statute text."
    provision: Provision
    "From when (listing, enactment, effective date; for a bill, the date of its status), where known."
    from: Date
    "Until when (delisting, repeal), where known."
    to: Date
    "The measure in one sentence."
    statement: String!
    "The statute's quote, report quote or catalog source."
    evidence: [Evidence!]!
  }

  "What a company does, in the words statutes key on, with its public source."
  type CapacityFact {
    "The capacity (operates online services, manufactures civil UAVs ...)."
    capacity: Capacity!
    "From when, where known."
    from: Date
    "Until when, where known."
    to: Date
    "The public source."
    evidence: [Evidence!]!
  }

  "What a company does, in the words statutes key on."
  type Capacity implements Node {
    "capacity:<slug>."
    id: ID!
    "Its name."
    displayName: String!
    "Its links."
    relations(types: [String!], direction: Direction, first: Int = 50): [Relation!]!
    "What it is."
    name: String!
    "The statutory terms it meets (网络服务提供者, controller ...)."
    meets: [String!]!
  }

  "The exposure of one company at one date."
  type Exposure {
    "The company."
    company: Company!
    "The date the laws were taken as in force."
    asOf: Date!
    "One item per provision: compelling first, then supervision, then context; applying before conditional. A page: the first items after the one whose provision id is after (all of them when first is not given)."
    items(first: Int, after: ID): [ExposureItem!]!
    "How many items there are in all, paged or not."
    totalItems: Int!
    "Restrictions abroad in force at asOf: statute text naming the company first, then catalog and report facts, each oldest first."
    restrictions: [Restriction!]!
    "Measures already adopted that take effect after asOf (a ban from a later date), soonest first."
    upcoming: [Restriction!]!
    "Bills that would act on the company, with their status: proposals, not law."
    proposals: [Restriction!]!
    "What is not known about the company that would decide conditional items (a status that is not public)."
    unknowns: [String!]!
    "What the company does, as sourced facts, that statutes key on."
    capacities: [CapacityFact!]!
  }

  extend type Query {
    "Which provisions could compel the company (id or name), give organs access to it, or restrict it abroad, by laws in force at asOf (default: today). Filter by tier or category. Null with an error when the company is unknown or ambiguous."
    exposure(company: String!, asOf: Date, tiers: [ExposureTier!], categories: [String!]): Exposure
  }
`;

interface Row {
  candidates: NodeMap[];
  companyId: string | null;
  /** The company's profiles (one per headquarters): the ordered items (null when the API holds them
   *  parsed: `digest` names them) and its own premises, as JSON. */
  profiles: { digest: string; answer: string | null; premises: string }[];
  restrictions: RestrictionRow[];
  upcoming: RestrictionRow[];
  proposals: RestrictionRow[];
  capacities: { capacity: NodeMap; from?: string | null; to?: string | null; support: RelSupport }[];
}

interface RestrictionRow {
  type: string;
  status?: string | null;
  bill?: boolean;
  provisionId?: string | null;
  from?: string | null;
  to?: string | null;
  by: NodeMap;
  support: RelSupport;
  company: NodeMap;
}

const VERB: Record<string, string> = { RESTRICTS: 'restricts', DESIGNATES: 'designates', ADDS_TO_LIST: 'adds to a list' };
const WOULD: Record<string, string> = { RESTRICTS: 'would restrict', DESIGNATES: 'would designate', ADDS_TO_LIST: 'would add to a list', PROPOSES: 'would act on' };
const BILL_STAGE: Record<string, string> = { proposed: 'proposed', introduced: 'introduced', 'passed-house': 'passed the House', 'passed-senate': 'passed the Senate' };

/** "FY2025 NDAA designates DJI (from 2024-12-23)"; a bill: "… would act on DJI: a bill that passed the House on 2024-09-09, not law". */
function measureStatement(r: RestrictionRow): string {
  const who = `${displayName(r.by)} ${(r.bill ? WOULD : VERB)[r.type] ?? r.type.toLowerCase()} ${displayName(r.company)}`;
  if (!r.bill) return `${who}${r.from ? ` (from ${r.from})` : ''}`;
  const stage = BILL_STAGE[String(r.status)] ?? String(r.status ?? 'not enacted');
  return `${who}: a bill that ${stage}${r.from ? ` on ${r.from}` : ''}, not law`;
}

/** An item in force on asOf (inForceFrom <= asOf < inForceTo, where dated), of the tiers and categories asked. */
function keeps(c: ExposureClaim, asOf: string, tiers: string[] | null, categories: string[] | null): boolean {
  return (
    (c.inForceFrom == null || c.inForceFrom <= asOf) &&
    (c.inForceTo == null || asOf < c.inForceTo) &&
    (tiers === null || tiers.includes(c.tier)) &&
    (categories === null || c.categories.some((x) => categories.includes(x)))
  );
}

/** The company's items: each profile's stored order kept, its premises put in place; merged in the same
 *  order when the company has more than one headquarters. Undefined when a profile's answer is neither
 *  read nor held. */
function itemsOf(profiles: Row['profiles'], companyId: string, keep: (c: ExposureClaim) => boolean): BoundItem[] | undefined {
  const items: BoundItem[] = [];
  for (const p of profiles) {
    const stored = profileItems(p.digest, p.answer);
    if (!stored) return undefined;
    const premises = JSON.parse(p.premises) as Record<string, string>;
    for (const c of stored) if (keep(c)) items.push(bindToCompany(c, companyId, premises));
  }
  return profiles.length > 1 ? items.sort(itemOrder) : items;
}

async function exposure(
  _: unknown,
  args: { company: string; asOf?: string | null; tiers?: string[] | null; categories?: string[] | null },
  ctx: ApiContext,
  info: GraphQLResolveInfo,
) {
  const asOf = args.asOf ?? new Date().toISOString().slice(0, 10);
  const tiers = args.tiers ?? null; // internal values: compels, supervision, context
  const categories = args.categories ?? null;
  const params = {
    company: args.company,
    asOf,
    billStatuses: BILL_STATUSES,
    measures: asksAny(info, ['restrictions', 'upcoming', 'proposals']),
    capacities: asksAny(info, ['capacities']),
  };
  let [row] = await ctx.read<Row>('exposure', { ...params, cached: cachedDigests() });
  const candidates = row?.candidates ?? [];
  if (candidates.length === 0) throw notFound('company', args.company);
  if (candidates.length > 1) throw ambiguous(args.company, candidates);
  const company = candidates[0] as NodeMap;
  const keep = (c: ExposureClaim) => keeps(c, asOf, tiers, categories);
  let claims = itemsOf(row?.profiles ?? [], String(company.id), keep);
  if (!claims) {
    [row] = await ctx.read<Row>('exposure', { ...params, cached: [] });
    claims = itemsOf(row?.profiles ?? [], String(company.id), keep) ?? [];
  }
  return {
    company,
    asOf,
    items: claims,
    restrictions: (row?.restrictions ?? []).map((r) => ({ ...r, company })),
    upcoming: (row?.upcoming ?? []).map((r) => ({ ...r, company })),
    proposals: (row?.proposals ?? []).map((r) => ({ ...r, company })),
    capacities: row?.capacities ?? [],
  };
}

/** The node an item names by id: looked up, unless the query asks for nothing but its id. */
const nodeOf = (key: 'lawId' | 'versionId' | 'provisionId', label: string) => (c: BoundItem, _: unknown, ctx: ApiContext, info: GraphQLResolveInfo) =>
  asksOnlyId(info) ? { id: c[key], nodeLabel: label } : ctx.loaders.node.load(c[key]);

const nodes = (ctx: ApiContext, ids: unknown) => ctx.loaders.node.loadMany(list(ids)).then((xs) => found<NodeMap>(xs));

/** A page of the items: those after the item of provision `after`, at most `first`. */
function page(items: BoundItem[], args: { first?: number | null; after?: string | null }): BoundItem[] {
  if (args.first != null && args.first < 0) throw badInput('first must not be negative');
  if (args.first == null && args.after == null) return items;
  const start = args.after == null ? 0 : items.findIndex((i) => i.provisionId === args.after) + 1;
  if (args.after != null && start === 0) throw badInput(`after: no item of provision ${args.after}`);
  return args.first == null ? items.slice(start) : items.slice(start, start + args.first);
}

/** An item's quotes as Evidence: each norm's own sentence, quoted from its document when the claim was derived. */
const quoted = (e: ExposureClaim['evidence'][number]) => ({
  documentId: e.documentId,
  locator: e.locator,
  quote: e.quote,
  method: 'pattern:modality',
  confidence: 1,
  url: null,
});

/** Each stored item's evidence, made once: the stored items are shared by every request (exposure-answers.ts). */
const evidenceMade = new WeakMap<ExposureClaim['evidence'], ReturnType<typeof quoted>[]>();
function evidenceOfItem(c: BoundItem) {
  let made = evidenceMade.get(c.evidence);
  if (!made) {
    made = c.evidence.map(quoted);
    evidenceMade.set(c.evidence, made);
  }
  return made;
}

export const resolvers = {
  Query: { exposure },
  // The stored values (graph/exposure) are the enums' internal values: items need no resolver for them.
  ExposureTier: { COMPELS: 'compels', SUPERVISION: 'supervision', CONTEXT: 'context' },
  ExposureStatus: { APPLIES: 'applies', CONDITIONAL: 'conditional' },
  Exposure: {
    items: (e: { items: BoundItem[] }, args: { first?: number | null; after?: string | null }) => page(e.items, args),
    totalItems: (e: { items: BoundItem[] }) => e.items.length,
    // Only when asked: a pass over every item's conditions.
    unknowns: (e: { items: BoundItem[] }) => [...new Set(e.items.flatMap((c) => c.conditions))],
  },
  // Tier, status, categories, conditions, reach, citation and statement are the stored item's own.
  ExposureItem: {
    law: nodeOf('lawId', 'Law'),
    version: nodeOf('versionId', 'LawVersion'),
    provision: nodeOf('provisionId', 'Provision'),
    norms: (c: BoundItem, _: unknown, ctx: ApiContext) => nodes(ctx, c.normIds),
    sanctions: (c: BoundItem, _: unknown, ctx: ApiContext) => nodes(ctx, c.sanctions),
    basis: (c: BoundItem) => ({ claim: c }),
    evidence: evidenceOfItem,
  },
  Basis: {
    rule: (b: { claim: BoundItem }) => b.claim.rule,
    statement: (b: { claim: BoundItem }) => b.claim.statement,
    // All items' premises are asked for in the same tick, so the loader makes one query for all.
    premises: async (b: { claim: BoundItem }, _: unknown, ctx: ApiContext) => {
      const rows = await ctx.loaders.premise.loadMany(b.claim.premises);
      return found<PremiseRow>(rows).map(premiseOf);
    },
  },
  Restriction: {
    statement: measureStatement,
    provision: (r: RestrictionRow, _: unknown, ctx: ApiContext) => (r.provisionId ? ctx.loaders.node.load(r.provisionId) : null),
    evidence: (r: RestrictionRow) => evidenceOf(r.support),
  },
  CapacityFact: { evidence: (f: { support: RelSupport }) => evidenceOf(f.support) },
  Capacity: { ...nodeFields, name: (c: NodeMap) => c.name ?? c.id, meets: (c: NodeMap) => list(c.meets) },
};
