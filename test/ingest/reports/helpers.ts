// Test helpers: SourceFiles for corpus reports (read from the corpus, never copied) and for fixtures.
import crypto from 'node:crypto';
import fs from 'node:fs';
import type { ManifestEntry, SourceFile } from '../../../ingest/model.ts';
import type { Recognition } from '../../../ingest/recognize/index.ts';
import type { TraceSink } from '../../../ingest/reports/relation-trace.ts';
import type { Relation, RuleSet } from '../../../ingest/reports/relations.ts';
import { expect } from 'vitest';
import { corpusFile, fixture, readCorpus } from '../../corpus.ts';
import { analysed, testCatalog, textSource } from '../one-sentence.ts';

// Written once in ../one-sentence.ts; kept here for the tests that read fixtures and corpus files beside them.
export { testCatalog, textSource };

export const CREEMERS = 'report-creemers-lee-2024-drones-smart-vehicles';
export const USCC = 'report-uscc-2018-china-iot';

export function manifest(): ManifestEntry[] {
  return (JSON.parse(readCorpus('manifest.json')) as { documents: ManifestEntry[] }).documents;
}

export function corpusSource(id: string): SourceFile {
  const entry = manifest().find((d) => d.id === id);
  if (!entry) throw new Error(`no manifest entry ${id}`);
  const buf = fs.readFileSync(corpusFile(entry.file));
  return { path: corpusFile(entry.file), entry, text: buf.toString('utf8'), sha256: sha(buf) };
}

export function fixtureSource(rel: string, entry: Partial<ManifestEntry> & { id: string }): SourceFile {
  const buf = fs.readFileSync(fixture(rel));
  return {
    path: fixture(rel),
    entry: { title: entry.id, jurisdiction: 'intl', kind: 'report', language: 'en', format: 'auto', file: rel, ...entry },
    text: buf.toString('utf8'),
    sha256: sha(buf),
  };
}

const sha = (b: Buffer): string => crypto.createHash('sha256').update(b).digest('hex');

interface Reading {
  /** The text's language, English unless told. */
  language?: string;
  /** The rule set, relation-rules.yaml unless told. */
  rules?: RuleSet;
  /** A sink of the rules' candidates that made no relation (relation-trace.ts). */
  trace?: TraceSink;
}

/** A markdown document analysed as extraction does (its recognition and its relations), with the catalog. */
export function analyseMarkdown(markdown: string, options: Reading = {}): { rec: Recognition; relations: Relation[] } {
  return analysed(markdown, options);
}

/** A text analysed under a heading (`title`, "T" unless told), as analyseMarkdown does. */
export function analyseText(text: string, options: Reading & { title?: string } = {}): { rec: Recognition; relations: Relation[] } {
  return analyseMarkdown(`# ${options.title ?? 'T'}\n\n${text}`, options);
}

/** The relations a markdown text states, in the reader's order: the text under a heading (`title`, "T" unless told), in
 *  English or its `language`, read with the catalog and the rule set (relation-rules.yaml unless told). */
export function readRelations(text: string, options: { language?: string; title?: string; rules?: RuleSet } = {}): Relation[] {
  return analyseText(text, options).relations;
}

/** Every relation a markdown text states as `start TYPE end`, in the reader's order. */
export function relations(text: string, rules?: RuleSet): string[] {
  return readRelations(text, { rules }).map((r) => `${r.start} ${r.type} ${r.end}`);
}

// The relation types a sentence relation rule states (not MAKES and the like).
const STATED = /RESTRICTS|ADDS_TO_LIST|DESIGNATES|INVESTIGATES|REGULATES/;

/** The relations a markdown text states (`start TYPE end`) of a sentence relation rule, in the reader's order. */
export function statedInOrder(text: string, options: { language?: string; title?: string } = {}): string[] {
  return readRelations(text, options)
    .map((r) => `${r.start} ${r.type} ${r.end}`)
    .filter((r) => STATED.test(r));
}

/** The relations a markdown text states (`start TYPE end`), sorted: those of a sentence relation rule, in English
 *  or the text's `language`. */
export function statedRelations(text: string, options: { language?: string } = {}): string[] {
  return statedInOrder(text, options).sort();
}

/** One text as the relation reader sees it: the ids of the entities recognised in it and its relations (`start TYPE end`). */
export function readSentence(text: string, options: { language?: string } = {}): { entities: string[]; relations: string[] } {
  const { rec, relations } = analyseText(text, options);
  return { entities: [...new Set(rec.sentences.flatMap((f) => f.mentions.map((m) => m.id)))], relations: relations.map((r) => `${r.start} ${r.type} ${r.end}`) };
}

/** A coverage matrix's row (relation-constructions, instrument-grammar): what is read must be what the row wants, or,
 *  where the row records a gap, exactly what it reads today, which differs from what it wants and says why. */
export function expectMatrixRow(got: string[], row: { want: string[]; today?: string[]; gap?: string }): void {
  if (row.today === undefined) {
    expect(got).toEqual([...row.want].sort());
    return;
  }
  expect(row.gap, 'a gap says why').toMatch(/\w/);
  expect([...row.today].sort(), 'a gap differs from what the row wants').not.toEqual([...row.want].sort());
  expect(got).toEqual([...row.today].sort());
}

/** An invented executive order (own words) that calls itself "this order" in a later section, with `provision` as its
 *  first section's text: the frame of the tests on an instrument's own provisions. */
export const HARBOUR_ORDER = 'law:~executive-order-on-securing-harbour-sensor-networks';
export const harbourOrder = (provision: string): string =>
  [
    '# Executive Order on Securing Harbour Sensor Networks',
    '',
    'By the authority vested in me as President, it is hereby ordered as follows:',
    '',
    'Section 1. Prohibitions.',
    '',
    provision,
    '',
    'Sec. 2. General Provisions. Nothing in this order shall be construed to impair the functions of any agency.',
  ].join('\n');

/** The order's own RESTRICTS relations stated in its provision's sentence (`markdown`: the order around it by default). */
export const restrictedByHarbourOrder = (provision: string, markdown = harbourOrder(provision)): string[] =>
  analyseMarkdown(markdown)
    .relations.filter((r) => r.start === HARBOUR_ORDER && r.type === 'RESTRICTS' && r.quote === provision)
    .map((r) => r.end)
    .sort();
