// Documents and their provisions.
import DataLoader from 'dataloader';
import type { ApiContext } from '../context.ts';

export const typeDefs = /* GraphQL */ `
  "A source document: a statute, regulation or report from the corpus."
  type Document implements Node {
    "doc:<manifest id>."
    id: ID!
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
    "A numbered section (UNECE regulations)."
    section
  }

  "One article, recital, annex or section of a statute, verbatim."
  type Provision implements Node {
    "prov:<document id>:<locator>."
    id: ID!
    "Manifest id of the document it is part of."
    documentId: String!
    "Stable locator inside the document: art_37, rct_12, anx_I, sec_5."
    locator: String!
    "article, recital, annex or section."
    kind: ProvisionKind!
    "Number as printed: 第三十七条, 37, (12), I."
    number: String!
    "Numeric order within its kind (10.1 for 第十条之一)."
    order: Float!
    "Chapter heading, where the text has chapters."
    chapter: String
    "Heading of the provision, where it has one."
    heading: String
    "Verbatim text."
    text: String!
  }

  extend type Query {
    "Documents loaded, optionally of one kind (report, statute, regulation ...)."
    documents(kind: String): [Document!]!
    "A document by its manifest id (cn-pipl) or node id (doc:cn-pipl)."
    document(id: ID!): Document
  }
`;

type Row = Record<string, unknown> & { id: string };

export function documentLoaders(ctx: ApiContext) {
  return {
    // Provisions of many documents in one round trip: no N+1 when listing documents with provisions.
    provisions: new DataLoader<string, Row[], string>(async (keys) => {
      const byKind = new Map<string, string[]>();
      for (const k of keys) {
        const [docId, kind] = k.split('\u0000') as [string, string];
        byKind.set(kind, [...(byKind.get(kind) ?? []), docId]);
      }
      const found = new Map<string, Row[]>();
      for (const [kind, ids] of byKind) {
        const rows = await ctx.read<{ documentId: string; provisions: Row[] }>('provisions-by-document', {
          documentIds: ids,
          kind: kind || null,
        });
        for (const r of rows) found.set(`${r.documentId}\u0000${kind}`, r.provisions);
      }
      return keys.map((k) => found.get(k) ?? []);
    }),
  };
}

const toDocument = (d: Row) => ({ ...d, documentId: String(d.id).replace(/^doc:/, '') });

export const resolvers = {
  Query: {
    documents: async (_: unknown, args: { kind?: string | null }, ctx: ApiContext) =>
      (await ctx.read<{ document: Row }>('documents', { kind: args.kind ?? null })).map((r) => toDocument(r.document)),
    document: async (_: unknown, args: { id: string }, ctx: ApiContext) => {
      const id = args.id.startsWith('doc:') ? args.id : `doc:${args.id}`;
      const [r] = await ctx.read<{ document: Row }>('documents-by-id', { ids: [id] });
      return r ? toDocument(r.document) : null;
    },
  },
  Document: {
    provisions: (doc: { documentId: string }, args: { kind?: string | null }, ctx: ApiContext & { loaders: ReturnType<typeof documentLoaders> }) =>
      ctx.loaders.provisions.load(`${doc.documentId}\u0000${args.kind ?? ''}`),
  },
};
