// Documents, their provisions (statutes) and passages (reports).
import type { ApiContext } from '../context.ts';
import type { NodeMap } from '../shape.ts';
import { nodeFields } from './base.ts';

export const typeDefs = /* GraphQL */ `
  "A source document: a statute, regulation or report from the corpus."
  type Document implements Node {
    "doc:<manifest id>."
    id: ID!
    "Its title."
    displayName: String!
    "Relationships of this document (HAS_PASSAGE, EXPRESSED_BY ...), with evidence."
    relations(types: [String!], direction: Direction, first: Int = 50): [Relation!]!
    "The id in the corpus manifest."
    documentId: String!
    "Title as given in the manifest."
    title: String!
    "report, statute, regulation, directive or rule."
    kind: String!
    "Language of the text (zh, en, ...)."
    language: String
    "Jurisdiction code (cn, eu, us, nl, intl)."
    jurisdiction: String
    "Source format (markdown, json, xhtml, Formex xml, text ...)."
    format: String
    "Publisher, for reports."
    publisher: String
    "Authors, for reports."
    authors: [String!]
    "Publication date as given."
    date: String
    "SHA-256 of the loaded file."
    sha256: String
    "Whether the corpus holds the complete text, and which parts."
    complete: Boolean
    "The parts of the text the corpus holds."
    completeParts: String
    "When this document was last loaded (ISO date-time)."
    loadedAt: String
    "Its provisions in order (statutes only), optionally of one kind."
    provisions(kind: ProvisionKind): [Provision!]!
  }

  "The kind of a provision."
  enum ProvisionKind {
    "An article of the enacting terms (条 in Chinese statutes)."
    article
    "A recital of an EU act's preamble."
    recital
    "An annex."
    annex
    "A numbered section (UNECE regulations, US Code sections, executive orders)."
    section
    "The unnumbered opening of an order or act (an executive order's preamble)."
    preamble
    "An editor's note printed with a section (US Code statutory notes): not law text, no norms read from it."
    note
  }

  "One article, recital, annex or section of a statute, verbatim."
  type Provision implements Node {
    "prov:<document id>:<locator>."
    id: ID!
    "Law (or document) and number, e.g. National Intelligence Law 第七条."
    displayName: String!
    "Relationships of this provision (EXPRESSES, REFERS_TO, CITES ...), with evidence."
    relations(types: [String!], direction: Direction, first: Int = 50): [Relation!]!
    "Manifest id of the document it is part of."
    documentId: String!
    "Stable locator inside the document: art_37, rct_12, anx_I, sec_5."
    locator: String!
    "article, recital, annex or section."
    kind: ProvisionKind!
    "Number as printed: 第三十七条, 37, (12), I."
    number: String!
    "Numeric order within its kind (10.001 for 第十条之一)."
    order: Float!
    "Chapter heading, where the text has chapters."
    chapter: String
    "Heading of the provision, where it has one."
    heading: String
    "Verbatim text."
    text: String!
  }

  "A sentence of a report: the unit a report's evidence points to."
  type Passage implements Node {
    "passage:<document id>:<locator>."
    id: ID!
    "Document and locator."
    displayName: String!
    "Relationships of this passage (MENTIONS, CITES), with evidence."
    relations(types: [String!], direction: Direction, first: Int = 50): [Relation!]!
    "Manifest id of the report."
    documentId: String!
    "Locator inside the report, e.g. sec_3.p_2.s_1."
    locator: String!
    "The heading of the section it is in, where known."
    section: String
    "Verbatim text."
    text: String!
  }

  extend type Query {
    "Documents loaded, optionally of one kind (report, statute, regulation ...)."
    documents(kind: String): [Document!]
    "A document by its manifest id (cn-pipl) or node id (doc:cn-pipl)."
    document(id: ID!): Document
  }
`;

type Ctx = ApiContext;

export const resolvers = {
  Query: {
    documents: async (_: unknown, args: { kind?: string | null }, ctx: Ctx) =>
      (await ctx.read<{ document: NodeMap }>('documents', { kind: args.kind ?? null })).map((r) => r.document),
    document: async (_: unknown, args: { id: string }, ctx: Ctx) => {
      const node = await ctx.loaders.node.load(args.id.startsWith('doc:') ? args.id : `doc:${args.id}`);
      return node?.nodeLabel === 'Document' ? node : null;
    },
  },
  Document: {
    ...nodeFields,
    documentId: (d: NodeMap) => d.id.replace(/^doc:/, ''),
    provisions: (d: NodeMap, args: { kind?: string | null }, ctx: Ctx) =>
      ctx.loaders.provisions.load(`${d.id.replace(/^doc:/, '')}\u0000${args.kind ?? ''}`),
  },
  Provision: { ...nodeFields },
  Passage: {
    ...nodeFields,
    text: (p: NodeMap) => p.text ?? '',
  },
};
