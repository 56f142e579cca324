// Laws (works), their versions, the norms their provisions express, derived claims, timeline.
import type { ApiContext } from '../context.ts';
import { badInput } from '../errors.ts';
import { found, type NormLinks, type PremiseRow } from '../loaders.ts';
import { lookup } from '../refs.ts';
import { evidenceOf, list, statementOf, type NodeMap } from '../shape.ts';
import { timelineEvents } from '../timeline.ts';
import { nodeFields } from './base.ts';

export const typeDefs = /* GraphQL */ `
  "A law, regulation or policy as a work: the same law across its versions."
  type Law implements Node {
    "law:<jurisdiction>:<slug>, e.g. law:cn:national-intelligence-law."
    id: ID!
    "Its name."
    displayName: String!
    "Relationships of the law (HAS_VERSION, RESTRICTS, CITES ...), with evidence."
    relations(types: [String!], direction: Direction, first: Int = 50): [Relation!]!
    "English name."
    name: String!
    "Chinese name, for PRC laws."
    nameZh: String
    "Official title in the original language."
    officialTitle: String
    "Short name, where one is usual."
    shortName: String
    "Other names it goes by."
    aliases: [String!]!
    "Acronyms (NIL, DSL, GDPR ...)."
    acronyms: [String!]!
    "Jurisdiction code (cn, eu, us, nl, intl)."
    jurisdiction: String
    "One-sentence description in the team's own words."
    description: String
    "A public page with the text or a summary."
    url: String
    "Its versions in the corpus, oldest first (none for laws known only from the catalog)."
    versions: [LawVersion!]!
  }

  "One adopted or amended text of a law (an expression, in Akoma Ntoso terms)."
  type LawVersion implements Node {
    "lawv:<document id>."
    id: ID!
    "Its title."
    displayName: String!
    "Relationships of the version (HAS_PROVISION, AMENDS, APPLIES_IN ...), with evidence."
    relations(types: [String!], direction: Direction, first: Int = 50): [Relation!]!
    "Title as printed."
    title: String!
    "Manifest id of the document holding this text; null for a text several documents hold (see EXPRESSED_BY)."
    documentId: String
    "Jurisdiction code."
    jurisdiction: String
    "When the law was first adopted, as the text says."
    adopted: Date
    "Dates of the amendments and revisions this text incorporates."
    amended: [Date!]!
    "This version's own date: its latest amendment, else its adoption."
    date: Date
    "When this text took effect."
    inForceFrom: Date
    "When the next version took effect (null while in force)."
    inForceTo: Date
    "in_force or superseded."
    status: String
    "The header lines the dates were read from, verbatim."
    dateLines: [String!]!
    "The law this is a version of."
    law: Law
    "The document that expresses this version."
    document: Document
    "Earlier versions this one amends."
    amends: [LawVersion!]!
    "Later versions that amend this one."
    amendedBy: [LawVersion!]!
  }

  "Deontic modality of a norm (Hohfeld / LegalRuleML)."
  enum Modality {
    "Must do."
    DUTY
    "Must not do."
    PROHIBITION
    "May do."
    PERMISSION
    "An authority may require something of others."
    POWER
  }

  "Who a norm binds: a class of persons, or an authority bound by a duty."
  union Party = ActorClass | Authority

  "What a provision obliges, forbids, permits or empowers, with the sentence that says so."
  type Norm implements Node {
    "norm:<document id>:<provision locator>:<n>."
    id: ID!
    "Modality, action and place."
    displayName: String!
    "Relationships of the norm (BINDS, EMPOWERS, OWED_TO, CONCERNS, TRIGGERS ...), with evidence."
    relations(types: [String!], direction: Direction, first: Int = 50): [Relation!]!
    "Manifest id of the statute."
    documentId: String!
    "Locator of the provision (or paragraph) that expresses it."
    locator: String!
    "DUTY, PROHIBITION, PERMISSION or POWER."
    modality: Modality!
    "The action, from a controlled vocabulary (provide-support, store-data-locally ...)."
    action: String!
    "The action in plain English."
    actionLabel: String
    "What the norm says its bearer must, must not or may do, in its own words: the sentence after its modal word to the clause's end, verbatim (cut at a comma or marked with …)."
    predicate: String
    "Condition under which the norm applies, verbatim, where stated."
    condition: String
    "Exception, verbatim, where stated."
    exception: String
    "The sentence that expresses the norm, verbatim."
    quote: String!
    "The provision that expresses it."
    provision: Provision
    "Whom it binds."
    bearers: [Party!]!
    "Authorities it empowers (POWER) or is owed to (DUTY)."
    authorities: [Authority!]!
    "Authorities holding this power."
    empowers: [Authority!]!
    "Authorities this duty is owed to."
    owedTo: [Authority!]!
    "Whom a POWER may require to act."
    requires: [ActorClass!]!
    "Data it concerns."
    dataCategories: [DataCategory!]!
    "Duties this power can trigger (a power -> duty chain: 'could compel')."
    triggers: [Norm!]!
    "Provisions that set the penalty for breaking it."
    sanctionedBy: [Provision!]!
  }

  "A derived statement (graph/rules), e.g. that a company is bound by a provision, with its premises."
  type Claim implements Node {
    "claim:<rule>:<subject>:<norm>."
    id: ID!
    "Its statement."
    displayName: String!
    "None: a claim is stored in its company's exposure answer (graph/exposure), not as a node with links; its company, provision and norm are its fields."
    relations(types: [String!], direction: Direction, first: Int = 50): [Relation!]!
    "The rule that derived it (exposure)."
    rule: String!
    "The claim in one sentence."
    statement: String!
    "Modality of the norm it rests on."
    modality: Modality
    "The law version it is under."
    versionId: String
    "When that version took effect."
    inForceFrom: Date
    "When that version stopped being in force, if it did."
    inForceTo: Date
    "in_force or superseded."
    versionStatus: String
    "The facts it was derived from, each with its own evidence. Null when they could not be read in time (the response's errors say why); never a shorter list."
    premises: [Premise!]
  }

  "One fact a claim rests on: a relationship of the graph, with its evidence."
  type Premise {
    "Relationship id <start>|<TYPE>|<end>."
    id: ID!
    "Relationship type."
    type: String!
    "The fact in words, e.g. 'DJI is headquartered in China'."
    statement: String!
    "Start node."
    from: Node!
    "End node."
    to: Node!
    "Every supporting passage or source."
    evidence: [Evidence!]!
  }

  "What happened to a law on a date."
  enum EventKind {
    "First adopted (通过)."
    ADOPTED
    "Amended in part (修正)."
    AMENDED
    "Revised as a whole (修订)."
    REVISED
    "Took effect (施行)."
    IN_FORCE
  }

  "An event in the life of a law, with the line of the text that states it."
  type TimelineEvent {
    "When."
    date: Date!
    "What happened."
    kind: EventKind!
    "The law."
    law: Law!
    "The version that event produced (or that records it)."
    version: LawVersion!
    "The date line of the text, verbatim (empty when the text states no such line)."
    evidence: [Evidence!]!
  }

  extend type Provision {
    "Norms this provision expresses, in text order."
    norms: [Norm!]!
    "The law version it belongs to."
    version: LawVersion
    "The law it belongs to."
    law: Law
    "Companies whose exposure answer cites it (derived at load from their headquarters and sourced capacities), by name; at most first (200, up to 1000)."
    reaches(first: Int = 200): [Company!]!
  }

  extend type Query {
    "A law by id, or by name, Chinese name, official title, alias or acronym (case-insensitive, exact). Several matches are an error listing them."
    law(id: ID, name: String): Law
    "A provision by id, or by document (manifest id) and article (7, art_7, Article 7, 第七条 ...)."
    provision(id: ID, document: String, article: String): Provision
    "Laws adopted, amended, revised or coming into force between two dates (inclusive), optionally in one jurisdiction (cn, eu, us, nl, intl)."
    timeline(jurisdiction: String, from: Date, to: Date): [TimelineEvent!]
  }
`;

type Ctx = ApiContext;

/** Norm links come prefilled from queries that already fetched them (exposure), else batched. */
async function normLink<K extends keyof NormLinks>(n: NodeMap, key: K, ctx: Ctx): Promise<NormLinks[K]> {
  if (key in n) return n[key] as NormLinks[K];
  const links = await ctx.loaders.normLinks.load(n.id);
  return (links?.[key] ?? (key === 'provision' ? null : [])) as NormLinks[K];
}

/** Candidate locators for an article as people write it: 7, art_7, Article 7, Art. 7. */
export function articleLocators(article: string): string[] {
  const a = article.trim();
  const n = /^(?:art(?:icle)?\.?\s*|第)?(\d+[a-z]?)(?:条)?$/i.exec(a);
  return n ? [`art_${n[1]}`] : [a];
}

export function premiseOf(row: PremiseRow) {
  return { ...row, statement: statementOf(row.from, row.type, row.to) };
}

export const resolvers = {
  Party: { __resolveType: (n: NodeMap) => n.nodeLabel },
  Law: {
    ...nodeFields,
    name: (n: NodeMap) => n.name ?? n.id,
    aliases: (n: NodeMap) => list(n.aliases),
    acronyms: (n: NodeMap) => [...new Set([...list(n.acronyms), ...list(n.acronym)])],
    versions: (n: NodeMap, _: unknown, ctx: Ctx) => ctx.loaders.versionsByLaw.load(n.id),
  },
  LawVersion: {
    ...nodeFields,
    title: (v: NodeMap) => v.title ?? v.id,
    amended: (v: NodeMap) => list(v.amended),
    dateLines: (v: NodeMap) => list(v.dateLines),
    law: async (v: NodeMap, _: unknown, ctx: Ctx) => (await ctx.loaders.versionLinks.load(v.id))?.law ?? null,
    document: async (v: NodeMap, _: unknown, ctx: Ctx) => (await ctx.loaders.versionLinks.load(v.id))?.document ?? null,
    amends: async (v: NodeMap, _: unknown, ctx: Ctx) => (await ctx.loaders.versionLinks.load(v.id))?.amends ?? [],
    amendedBy: async (v: NodeMap, _: unknown, ctx: Ctx) => (await ctx.loaders.versionLinks.load(v.id))?.amendedBy ?? [],
  },
  Norm: {
    ...nodeFields,
    quote: (n: NodeMap) => n.quote ?? '',
    provision: (n: NodeMap, _: unknown, ctx: Ctx) => normLink(n, 'provision', ctx),
    bearers: (n: NodeMap, _: unknown, ctx: Ctx) => normLink(n, 'bearers', ctx),
    empowers: (n: NodeMap, _: unknown, ctx: Ctx) => normLink(n, 'empowers', ctx),
    owedTo: (n: NodeMap, _: unknown, ctx: Ctx) => normLink(n, 'owedTo', ctx),
    authorities: async (n: NodeMap, _: unknown, ctx: Ctx) => {
      const all = [...(await normLink(n, 'empowers', ctx)), ...(await normLink(n, 'owedTo', ctx))];
      return [...new Map(all.map((a) => [a.id, a])).values()];
    },
    requires: (n: NodeMap, _: unknown, ctx: Ctx) => normLink(n, 'requires', ctx),
    dataCategories: (n: NodeMap, _: unknown, ctx: Ctx) => normLink(n, 'dataCategories', ctx),
    triggers: (n: NodeMap, _: unknown, ctx: Ctx) => normLink(n, 'triggers', ctx),
    sanctionedBy: (n: NodeMap, _: unknown, ctx: Ctx) => normLink(n, 'sanctionedBy', ctx),
  },
  Claim: {
    ...nodeFields,
    premises: async (c: NodeMap, _: unknown, ctx: Ctx) => {
      const rows = await ctx.loaders.premise.loadMany(list(c.premises));
      return found<PremiseRow>(rows).map(premiseOf);
    },
  },
  Premise: { evidence: (p: PremiseRow) => evidenceOf(p.support) },
  Provision: {
    norms: (p: NodeMap, _: unknown, ctx: Ctx) => ctx.loaders.normsByProvision.load(p.id),
    reaches: async (p: NodeMap, args: { first?: number | null }, ctx: Ctx) =>
      (await ctx.read<{ node: NodeMap }>('provision-reaches', { id: p.id, limit: Math.max(0, Math.min(args.first ?? 200, 1000)) })).map((r) => r.node),
    version: async (p: NodeMap, _: unknown, ctx: Ctx) => (await ctx.loaders.provisionContext.load(p.id))?.version ?? null,
    law: async (p: NodeMap, _: unknown, ctx: Ctx) => (await ctx.loaders.provisionContext.load(p.id))?.law ?? null,
  },
  Query: {
    law: (_: unknown, args: { id?: string | null; name?: string | null }, ctx: Ctx) => {
      const ref = args.id ?? args.name;
      if (!ref || (args.id && args.name)) throw badInput('Give exactly one of "id" or "name".');
      return lookup(ctx, ref, ['Law']);
    },
    provision: async (_: unknown, args: { id?: string | null; document?: string | null; article?: string | null }, ctx: Ctx) => {
      if (args.id) {
        if (args.document || args.article) throw badInput('Give either "id", or "document" and "article".');
        const node = await ctx.loaders.node.load(args.id);
        return node?.nodeLabel === 'Provision' ? node : null;
      }
      if (!args.document || !args.article) throw badInput('Give either "id", or "document" and "article".');
      const rows = await ctx.read<{ node: NodeMap }>('provision-lookup', {
        documentId: args.document.replace(/^doc:/, ''),
        locators: articleLocators(args.article),
        number: args.article.trim(),
      });
      return rows[0]?.node ?? null;
    },
    timeline: async (_: unknown, args: { jurisdiction?: string | null; from?: string | null; to?: string | null }, ctx: Ctx) => {
      if (args.from && args.to && args.from > args.to) throw badInput('"from" is after "to".');
      const jurisdiction = args.jurisdiction ? args.jurisdiction.replace(/^jur:/, '').toLowerCase() : null;
      const rows = await ctx.read<{ law: NodeMap; version: NodeMap }>('timeline', { jurisdiction });
      return timelineEvents(rows, args.from, args.to);
    },
  },
};
