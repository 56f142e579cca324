// Chooses the statute adapter for a corpus file: first by the manifest's `format` family, then by
// sniffing the content within that family (Chinese vs EUR-Lex Markdown, NPC vs UNECE JSON, Formex
// vs XHTML), so a new statute in a known format parses with no code change. Every parse is then
// checked against the manifest's own description of the parts ("Arts. 1-32").
import { DocumentError } from '../model.ts';
import type { ParsedStatute, SourceFile } from '../model.ts';
import { looksLikeCnMarkdown, parseCnMarkdown } from './cn-markdown.ts';
import { looksLikeEurlexMarkdown, parseEurlexMarkdown } from './eurlex-markdown.ts';
import { looksLikeEurlexXhtml, parseEurlexXhtml } from './eurlex-xhtml.ts';
import { formexRoot, parseFormex } from './formex.ts';
import { checkManifestParts } from './guards.ts';
import { looksLikeNpcJson, parseNpcJson } from './npc-json.ts';
import { looksLikeUneceJson, parseUneceJson } from './unece-json.ts';

export type StatuteAdapter = (file: SourceFile) => ParsedStatute;

const STATUTE_KINDS = new Set(['statute', 'regulation', 'directive', 'rule']);

/** The adapter for a file, or a DocumentError saying why none fits. */
export function chooseAdapter(file: SourceFile): StatuteAdapter {
  const format = file.entry.format.toLowerCase();
  const text = file.text;
  const mismatch = (what: string): DocumentError =>
    new DocumentError(file.path, `format "${file.entry.format}" but the content is not ${what}`);

  // Order matters: "xhtml" and "xml (Formex)" both contain "xml".
  if (format.includes('formex')) {
    if (!formexRoot(text)) throw mismatch('Formex (<ACT> or <ANNEX> root)');
    return parseFormex;
  }
  if (format.includes('html')) {
    if (formexRoot(text)) return parseFormex; // mislabelled Formex
    if (!looksLikeEurlexXhtml(text)) throw mismatch('EUR-Lex XHTML (oj-* classes)');
    return parseEurlexXhtml;
  }
  if (format.startsWith('xml')) {
    if (formexRoot(text)) return parseFormex;
    throw mismatch('Formex (<ACT> or <ANNEX> root)');
  }
  if (format.startsWith('markdown')) {
    if (looksLikeCnMarkdown(text)) return parseCnMarkdown;
    if (looksLikeEurlexMarkdown(text)) return parseEurlexMarkdown;
    throw mismatch('LawRefBook Chinese Markdown (第X条) or EUR-Lex Markdown (Article N)');
  }
  if (format.startsWith('json')) {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (e) {
      throw new DocumentError(file.path, `invalid JSON: ${(e as Error).message}`);
    }
    if (looksLikeNpcJson(data)) return parseNpcJson;
    if (looksLikeUneceJson(data)) return parseUneceJson;
    throw mismatch('NPC JSON (provisions[]) or UNECE JSON (articles[])');
  }
  throw new DocumentError(file.path, `unknown statute format "${file.entry.format}"`);
}

export function parseStatute(file: SourceFile): ParsedStatute {
  // A loose file (no manifest) has kind "unknown": ingest/extract.ts sent it here by its structure.
  if (!STATUTE_KINDS.has(file.entry.kind) && file.entry.kind !== 'unknown') {
    throw new DocumentError(file.path, `kind "${file.entry.kind}" is not a statute`);
  }
  const parsed = chooseAdapter(file)(file);
  checkManifestParts(file.path, file.entry, parsed.provisions);
  return parsed;
}

export function isStatuteEntry(entry: { kind: string }): boolean {
  return STATUTE_KINDS.has(entry.kind);
}
