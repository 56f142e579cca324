// Relations between entities of one sentence, by rules kept in relation-rules.yaml. Every relation carries
// its evidence: the sentence locator, the verbatim quote and the rule that made it.
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
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

const REL_TYPE = /^[A-Z][A-Z_]*$/;

export function loadRules(file = path.join(import.meta.dirname, 'relation-rules.yaml')): RuleSet {
  const raw = parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
  const where = path.basename(file);
  const rules = (raw.rules as Record<string, unknown>[]).map((r, i) => {
    const id = String(r.id ?? `rule ${i + 1}`);
    const fail = (why: string): never => {
      throw new Error(`${where}#${id}: ${why}`);
    };
    if (typeof r.type !== 'string' || !REL_TYPE.test(r.type)) fail('bad type');
    if (!Array.isArray(r.subject) || !Array.isArray(r.object)) fail('subject and object must be label lists');
    if (r.order !== 'subject-first' && r.order !== 'object-first') fail('order must be subject-first or object-first');
    const confidence = Number(r.confidence);
    if (!(confidence > 0 && confidence <= 1)) fail('confidence must be in (0, 1]');
    return {
      id, type: r.type as string, subject: r.subject as string[], object: r.object as string[],
      prefer: r.prefer as string[] | undefined, order: r.order as RelationRule['order'],
      cue: new RegExp(String(r.cue), 'i'), confidence,
    };
  });
  return {
    anaphora: new RegExp(String(raw.anaphora)),
    negation: new RegExp(String(raw.negation), 'i'),
    maxGap: Number(raw.maxGap),
    rules,
  };
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
