// The statute formats lawgraph reads: one line per format, naming its adapter, the manifest `format`
// family it is declared as, and how its content is recognised. The router (ingest/extract.ts), the
// statute check (ingest/statutes/index.ts) and the benchmarks all read this table. A new statute
// format = one adapter file + one line here + its fixtures.
import type { ParsedStatute, SourceFile } from '../model.ts';
import { looksLikeCnMarkdown, parseCnMarkdown } from './cn-markdown.ts';
import { looksLikeEurlexMarkdown, parseEurlexMarkdown } from './eurlex-markdown.ts';
import { looksLikeEurlexXhtml, parseEurlexXhtml } from './eurlex-xhtml.ts';
import { looksLikeExecutiveOrder, parseExecutiveOrder } from './executive-order.ts';
import { formexRoot, parseFormex } from './formex.ts';
import { looksLikeNpcJson, parseNpcJson } from './npc-json.ts';
import { looksLikeUneceJson, parseUneceJson } from './unece-json.ts';
import { looksLikeUslm, parseUslm } from './uslm-xml.ts';

/** The manifest's `format` reduced to a family: "xml (Formex)" -> xml, "markdown (converted …)" -> markdown. */
export type Family = 'markdown' | 'json' | 'html' | 'xml' | 'uslm';

/** A document's content, with its JSON parsed at most once for the sniffers that need it. */
export interface Content {
  text: string;
  /** The parsed JSON, or undefined when the text is not JSON. */
  json(): unknown;
}

export interface StatuteFormat {
  /** Format name, shown in errors, the ingest report and the benchmarks. */
  name: string;
  /** Families this format may be declared as, in the manifest. */
  families: readonly Family[];
  /** What the content must look like (and what an error says it is not). */
  looksLike: (c: Content) => boolean;
  expected: string;
  parse: (file: SourceFile) => ParsedStatute;
}

// Order matters within a family: the first whose content matches wins (Formex before XHTML: a
// mislabelled Formex file declared as html is still Formex).
export const STATUTE_FORMATS: readonly StatuteFormat[] = [
  { name: 'formex', families: ['xml', 'html'], looksLike: (c) => formexRoot(c.text) !== undefined, expected: 'Formex (<ACT> or <ANNEX> root)', parse: parseFormex },
  { name: 'eurlex-xhtml', families: ['html'], looksLike: (c) => looksLikeEurlexXhtml(c.text), expected: 'EUR-Lex XHTML (oj-* classes)', parse: parseEurlexXhtml },
  { name: 'cn-markdown', families: ['markdown'], looksLike: (c) => looksLikeCnMarkdown(c.text), expected: 'LawRefBook Chinese Markdown (第X条)', parse: parseCnMarkdown },
  { name: 'eurlex-markdown', families: ['markdown'], looksLike: (c) => looksLikeEurlexMarkdown(c.text), expected: 'EUR-Lex Markdown (Article N)', parse: parseEurlexMarkdown },
  { name: 'executive-order', families: ['markdown'], looksLike: (c) => looksLikeExecutiveOrder(c.text), expected: 'US executive order Markdown (front matter, Sec. 1.)', parse: parseExecutiveOrder },
  { name: 'npc-json', families: ['json'], looksLike: (c) => looksLikeNpcJson(c.json()), expected: 'NPC JSON (provisions[])', parse: parseNpcJson },
  { name: 'unece-json', families: ['json'], looksLike: (c) => looksLikeUneceJson(c.json()), expected: 'UNECE JSON (articles[])', parse: parseUneceJson },
  { name: 'uslm-xml', families: ['uslm', 'xml'], looksLike: (c) => looksLikeUslm(c.text), expected: 'USLM XML (uslm namespace, <section> of the US Code)', parse: parseUslm },
];

/** The family of a manifest format string, or undefined for a format no statute adapter reads. */
export function familyOf(format: string): Family | undefined {
  const f = format.toLowerCase();
  // "xhtml" and "xml (Formex)" both contain "xml": Formex names itself, XHTML says html.
  if (f.includes('formex')) return 'xml';
  if (f.startsWith('uslm')) return 'uslm';
  if (f.includes('html')) return 'html';
  if (f.startsWith('xml')) return 'xml';
  if (f.startsWith('markdown') || f === 'md') return 'markdown';
  if (f.startsWith('json')) return 'json';
  return undefined;
}

export function content(text: string): Content {
  let parsed: { value: unknown } | undefined;
  return {
    text,
    json() {
      if (!parsed) {
        try {
          parsed = { value: JSON.parse(text) };
        } catch {
          parsed = { value: undefined };
        }
      }
      return parsed.value;
    },
  };
}

/** The formats a family may hold, in the order they are tried. */
export function formatsOf(family: Family): StatuteFormat[] {
  return STATUTE_FORMATS.filter((f) => f.families.includes(family));
}

/** The format whose content this is, among all formats (loose files carry no declared format). */
export function sniffStatuteFormat(text: string): StatuteFormat | undefined {
  const c = content(text);
  return STATUTE_FORMATS.find((f) => f.looksLike(c));
}
