// The shapes of the gold files (test/gold/*.yaml), one schema each, for their readers to load through the
// one data loader (ingest/data.ts `loadData`): a typo in a hand annotation is an error with its line,
// never a silently lower score. The conventions checked here are the ones the files' headers state.
import path from 'node:path';
import { z } from 'zod';
import { labelOfId } from '../../ingest/kinds.ts';

export const goldDir = import.meta.dirname;
export const goldPath = (name: string): string => path.join(goldDir, name);

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'must be a lowercase slug' });
/** A manifest id (`cn-national-intelligence-law`, `us-eo-14117`). */
const documentId = slug;
/** A provision or sentence locator as the adapters make them (`art_7`, `sec_1.p_3.s_2`). */
const LOCATOR = /[a-z][a-z0-9-]*(?:_\w+)?(?:\.[a-z][a-z0-9-]*(?:_\w+)?)*/.source;
const locator = z.string().regex(new RegExp(`^${LOCATOR}$`), { error: 'must be a locator such as art_7 or sec_1.p_3.s_2' });
/** One or more locators, comma-separated (`art_43, art_26`). */
const locators = z.string().regex(new RegExp(`^${LOCATOR}(?:, ${LOCATOR})*$`), { error: 'must be locators separated by ", "' });
const text = z.string().min(1);
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a date yyyy-mm-dd' });
const modality = z.enum(['DUTY', 'PROHIBITION', 'PERMISSION', 'POWER']);
const unique = (what: string) => (list: string[], ctx: z.RefinementCtx) => {
  list.forEach((x, i) => {
    if (list.indexOf(x) !== i) ctx.addIssue({ code: 'custom', path: [i], message: `${what} "${x}" is listed twice` });
  });
};
/** Who annotated, and when: the head of every evaluation file. */
const provenance = { annotator: text, date };

// ------------------------------------------------------------------ norms.yaml (development set, by id)

/** A list of provisions with their norms; bearers are ActorClass ids, authorities Authority ids with a role. */
export const goldNormsSchema = z.array(
  z.strictObject({
    document: documentId,
    locator,
    note: z.string(),
    norms: z.array(
      z.strictObject({
        modality,
        bearers: z.array(slug).default([]),
        addressees: z.array(slug).optional(),
        authorities: z.array(z.strictObject({ id: slug, role: z.enum(['BOUND', 'OWED_TO', 'EMPOWERS']) })).optional(),
        actions: z.array(slug).optional(),
      }),
    ),
  }),
);

// ------------------------------------------------------------------ report-entities.yaml

/** An id of a node kind of the model (`company:dji`, `law:cn:pipl`). */
const entityId = z.string().refine((id) => /^[a-z-]+:\S+$/.test(id) && labelOfId(id) !== undefined, {
  error: (iss) => `"${String(iss.input)}" is not an id of a node kind (ingest/kinds.ts)`,
});

/** documents -> sentence locator -> the catalog ids named in that sentence, each once. */
export const reportEntitiesSchema = z.strictObject({
  documents: z.record(documentId, z.record(locator, z.array(entityId).superRefine(unique('id')))),
});

// ------------------------------------------------------------------ norms-eval.yaml (and norms-dev.yaml)

/** One norm by the units of test/gold/units.ts; terms as printed; `either` lists the readings that count. */
const unitNormSchema = z
  .strictObject({
    unit: z.number().int().positive(),
    marker: text,
    modality,
    either: z.array(modality).min(2).optional(),
    optional: z.boolean().optional(),
    carried: z.boolean().optional(),
    bearer: text.nullable(),
    bearerKind: z.enum(['actor', 'authority', 'state']).nullable().optional(),
    addressee: text.optional(),
    authority: z.array(z.strictObject({ term: text, role: z.enum(['EMPOWERS', 'OWED_TO']) })).optional(),
    action: text.optional(),
  })
  .superRefine((n, ctx) => {
    if (n.either && !n.either.includes(n.modality)) ctx.addIssue({ code: 'custom', path: ['either'], message: `does not include the modality ${n.modality}` });
    // "bearer null: bearerKind null, except for sanctions by an unnamed state organ (bearerKind state)".
    if (n.bearer === null && n.bearerKind !== null && n.bearerKind !== 'state') ctx.addIssue({ code: 'custom', path: ['bearerKind'], message: 'a null bearer has bearerKind null or state' });
    if (n.bearer !== null && !n.bearerKind) ctx.addIssue({ code: 'custom', path: ['bearerKind'], message: 'missing for a named bearer' });
  });

export const unitNormsSchema = z.strictObject({
  set: z.enum(['evaluation', 'development']),
  ...provenance,
  items: z.array(z.strictObject({ document: documentId, locator, note: z.string().optional(), norms: z.array(unitNormSchema) })),
});

// ------------------------------------------------------------------ recognition-eval.yaml and recognition-holdout.yaml

const recognitionDocumentSchema = z
  .strictObject({
    // A fixture of the repository, read in place (the held-out set's documents are the team's own texts).
    source: z.strictObject({ file: text, format: z.enum(['markdown', 'html', 'text']) }).optional(),
    entities: z
      .array(
        z.strictObject({
          name: text,
          kind: z.enum(['authority', 'company', 'country', 'instrument', 'organization', 'person', 'technology', 'other']),
          core: z.boolean(),
          surfaces: z.array(text).min(1),
          note: text.optional(),
        }),
      )
      .min(1),
    // "only those the text states in one sentence ... restricts, bans, regulates, investigates, designates or adds to a list"
    relations: z
      .array(
        z.strictObject({
          subject: text,
          predicate: z.enum(['restricts', 'bans', 'regulates', 'investigates', 'designates', 'adds-to-list']),
          object: text,
          anchor: text,
        }),
      )
      .default([]),
  })
  .superRefine((d, ctx) => {
    unique('entity')(d.entities.map((e) => e.name), ctx);
    const names = new Set(d.entities.map((e) => e.name));
    d.relations.forEach((r, i) => {
      for (const end of ['subject', 'object'] as const) {
        if (!names.has(r[end])) ctx.addIssue({ code: 'custom', path: ['relations', i, end], message: `"${r[end]}" is not an entity of this document` });
      }
    });
  });

export const recognitionEvalSchema = z.strictObject({
  set: z.literal('evaluation'),
  ...provenance,
  documents: z.record(documentId, recognitionDocumentSchema),
});

/** recognition-holdout.yaml: a second evaluation set, of the team's own documents that no rule was written on. */
export const recognitionHeldOutSchema = z.strictObject({
  set: z.literal('held-out'),
  ...provenance,
  documents: z.record(documentId, recognitionDocumentSchema.refine((d) => d.source !== undefined, 'a held-out document is a fixture named by source')),
});

// ------------------------------------------------------------------ exposure-expected.yaml

const exposureItemSchema = z
  .strictObject({
    document: documentId,
    locator,
    category: z.enum(['A', 'B', 'C']),
    capacity: slug,
    what: text,
    asOf2025: locator.optional(),
    conditional: text.optional(),
    superseded: z.literal(true).optional(),
    supersededBy: locators.optional(),
  })
  .superRefine((it, ctx) => {
    // "the superseded 2016/2014 equivalents appear only under C with superseded: true"
    if (it.superseded && it.category !== 'C') ctx.addIssue({ code: 'custom', path: ['category'], message: 'a superseded article is context only (C)' });
    if (Boolean(it.superseded) !== Boolean(it.supersededBy)) ctx.addIssue({ code: 'custom', path: ['supersededBy'], message: 'superseded and supersededBy go together' });
  });

const exposureCompanySchema = z
  .strictObject({
    capacities: z.array(z.strictObject({ capacity: slug, why: text })).min(1),
    items: z.array(exposureItemSchema).min(1),
  })
  .superRefine((c, ctx) => {
    const capacities = new Set(c.capacities.map((x) => x.capacity));
    c.items.forEach((it, i) => {
      if (!capacities.has(it.capacity)) ctx.addIssue({ code: 'custom', path: ['items', i, 'capacity'], message: `capacity "${it.capacity}" is not among the company's capacities` });
    });
  });

export const exposureExpectedSchema = z.strictObject({
  ...provenance,
  companies: z.record(text, exposureCompanySchema),
});

/** Each gold file and its schema. */
export const GOLD_FILES = {
  'norms.yaml': goldNormsSchema,
  'report-entities.yaml': reportEntitiesSchema,
  'norms-eval.yaml': unitNormsSchema,
  'norms-dev.yaml': unitNormsSchema,
  'norms-dev2.yaml': unitNormsSchema,
  'norms-dev3.yaml': unitNormsSchema,
  'norms-dev4.yaml': unitNormsSchema,
  'norms-dev5.yaml': unitNormsSchema,
  'norms-dev6.yaml': unitNormsSchema,
  'recognition-eval.yaml': recognitionEvalSchema,
  'recognition-holdout.yaml': recognitionHeldOutSchema,
  'exposure-expected.yaml': exposureExpectedSchema,
} as const;
