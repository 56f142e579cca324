// Relations between entities of one sentence, by rules kept in relation-rules.yaml. Every relation carries
// its evidence: the sentence locator, the verbatim quote and the rule that made it.
import path from 'node:path';
import { z } from 'zod';
import { loadData, regex } from '../data.ts';
import { nodeKind, relationshipType } from '../kinds.ts';
import type { ParsedReport } from '../model.ts';
import type { SentenceFindings } from '../recognize/index.ts';
import type { Mention } from '../recognize/matcher.ts';

export interface RelationRule {
  id: string;
  type: string;
  subject: string[];
  object: string[];
  prefer?: string[];
  order: 'subject-first' | 'object-first';
  cue: RegExp;
  /** Must match the text right after the later of the two mentions ("... Huawei to the Entity List"). */
  after?: RegExp;
  confidence: number;
}

export interface RuleSet {
  anaphora: RegExp;
  negation: RegExp;
  maxGap: number;
  rules: RelationRule[];
}

export interface Relation {
  type: string;
  start: string;
  end: string;
  rule: string;
  locator: string;
  quote: string;
  confidence: number;
  /** Locator of the previous sentence when the subject was a demonstrative ("This would ban ..."). */
  antecedent?: string;
}

// ------------------------------------------------------------------ the file's shape
// A rule's `type` is a relationship type of the model (ingest/kinds.ts) that patterns may make, and its
// subject and object labels are node kinds that type allows at its start and end: a mistyped label is an
// error here, not a rule that never matches.

const label = z.string().refine((l) => nodeKind(l) !== undefined, { error: (iss) => `unknown node label "${String(iss.input)}"` });
const labels = z.array(label).min(1);

const ruleSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'must be a lowercase slug' }),
    type: z.string().refine((t) => relationshipType(t) !== undefined, { error: (iss) => `unknown relationship type "${String(iss.input)}"` }),
    subject: labels,
    object: labels,
    prefer: labels.optional(),
    order: z.enum(['subject-first', 'object-first']),
    cue: regex('i'),
    after: regex('i').optional(),
    confidence: z.number().gt(0).lte(1),
  })
  .superRefine(checkAgainstModel, { when: (p) => typeof (p.value as { type?: unknown } | null)?.type === 'string' });

function checkAgainstModel(r: { type: string; subject: string[]; object: string[]; prefer?: string[] }, ctx: z.RefinementCtx): void {
  const t = relationshipType(r.type);
  if (!t) return;
  if (!t.madeBy.includes('pattern')) ctx.addIssue({ code: 'custom', path: ['type'], message: `${r.type} cannot be made by a pattern (only ${t.madeBy.join(', ')})` });
  const ends = [['subject', t.from, 'start'], ['object', t.to, 'end']] as const;
  for (const [key, allowed, end] of ends) {
    (r[key] ?? []).forEach((l, i) => {
      if (nodeKind(l) && !allowed.includes(l)) ctx.addIssue({ code: 'custom', path: [key, i], message: `${r.type} cannot ${end} at ${l} (allowed: ${allowed.join(', ')})` });
    });
  }
  (r.prefer ?? []).forEach((l, i) => {
    if (!r.object?.includes(l)) ctx.addIssue({ code: 'custom', path: ['prefer', i], message: `"${l}" is not one of the object labels` });
  });
}

const ruleSetSchema = z.strictObject({
  anaphora: regex(''),
  negation: regex('i'),
  maxGap: z.number().int().positive(),
  rules: z.array(ruleSchema).min(1).superRefine((rules, ctx) => {
    const seen = new Set<string>();
    rules.forEach((r, i) => {
      if (seen.has(r.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `duplicate rule id "${r.id}"` });
      seen.add(r.id);
    });
  }),
}) satisfies z.ZodType<RuleSet>;

/** The rules of relation-rules.yaml (or `file`); a DataError lists every problem of the file. */
export function loadRules(file = path.join(import.meta.dirname, 'relation-rules.yaml')): RuleSet {
  return loadData(file, ruleSetSchema);
}

export function extractRelations(report: ParsedReport, findings: SentenceFindings[], rules: RuleSet): Relation[] {
  const paragraphs = new Map(report.sections.flatMap((s) => s.paragraphs).map((p) => [p.locator, p.text]));
  const out: Relation[] = [];
  const seen = new Set<string>();
  findings.forEach((f, i) => {
    const text = f.sentence.text;
    const prev = findings[i - 1];
    const samePara = prev && paraOf(prev.sentence.locator) === paraOf(f.sentence.locator);
    const pronoun = rules.anaphora.exec(text);
    for (const rule of rules.rules) {
      let subjects = f.mentions.filter((m) => rule.subject.includes(m.label));
      let antecedent: string | undefined;
      if (pronoun && samePara && rule.order === 'subject-first' && !subjects.some((s) => s.start < pronoun[0].length + 1)) {
        // "This would ... ban X": the subject is the previous sentence's last entity of the first subject
        // label present (the rule lists labels by preference: a Law before the Authority that passed it).
        const label = rule.subject.find((l) => prev.mentions.some((m) => m.label === l));
        const ante = [...prev.mentions].reverse().find((m) => m.label === label);
        if (ante) {
          subjects = [{ ...ante, start: 0, end: pronoun[0].length, via: 'anaphora' }, ...subjects];
          antecedent = prev.sentence.locator;
        }
      }
      let objects = f.mentions.filter((m) => rule.object.includes(m.label));
      if (rule.prefer) {
        const label = rule.prefer.find((l) => objects.some((o) => o.label === l));
        objects = objects.filter((o) => o.label === label);
      }
      for (const s of subjects) {
        for (const o of objects) {
          if (s.id === o.id) continue;
          const [a, b] = rule.order === 'subject-first' ? [s, o] : [o, s];
          if (a.end > b.start || b.start - a.end > rules.maxGap) continue;
          const between = text.slice(a.end, b.start);
          if (!rule.cue.test(between) || rules.negation.test(between)) continue;
          if (rule.after && !rule.after.test(text.slice(b.end, b.end + rules.maxGap))) continue;
          const viaAnte = s.via === 'anaphora';
          const key = `${rule.type}|${s.id}|${o.id}|${f.sentence.locator}`;
          if (seen.has(key)) continue;
          seen.add(key);
          out.push({
            type: rule.type,
            start: s.id,
            end: o.id,
            rule: rule.id,
            locator: f.sentence.locator,
            quote: viaAnte ? spanQuote(paragraphs.get(paraOf(f.sentence.locator)) ?? '', prev.sentence.text, text) : text,
            confidence: viaAnte ? round(rule.confidence * 0.8) : rule.confidence,
            ...(viaAnte ? { antecedent } : {}),
          });
        }
      }
    }
  });
  return out;
}

const paraOf = (locator: string): string => locator.replace(/\.s_\d+$/, '');
const round = (n: number): number => Math.round(n * 100) / 100;

/** The verbatim paragraph text from the start of `first` to the end of `second`. */
function spanQuote(paragraph: string, first: string, second: string): string {
  const a = paragraph.indexOf(first);
  const b = paragraph.indexOf(second, a < 0 ? 0 : a + first.length);
  return a >= 0 && b >= 0 ? paragraph.slice(a, b + second.length) : `${first} ${second}`;
}

export type { Mention };
