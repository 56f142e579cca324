// Chooses the statute adapter for a corpus file from the format table (formats.ts): first by the
// manifest's `format` family, then by the content within that family, so a new statute in a known
// format parses with no code change. Every parse is then checked against the manifest's own
// description of the parts ("Arts. 1-32").
import { DocumentError } from '../model.ts';
import type { ParsedStatute, SourceFile } from '../model.ts';
import { content, familyOf, formatsOf, sniffStatuteFormat, type StatuteFormat } from './formats.ts';
import { checkManifestParts } from './guards.ts';

const STATUTE_KINDS = new Set(['statute', 'regulation', 'directive', 'rule', 'executive-order']);

/** The format of a file, or a DocumentError saying why none fits. */
export function chooseFormat(file: SourceFile): StatuteFormat {
  // A loose file (no manifest) declares nothing: its content names its format.
  if (file.entry.kind === 'unknown') {
    const sniffed = sniffStatuteFormat(file.text);
    if (sniffed) return sniffed;
  }
  const family = familyOf(file.entry.format);
  if (!family) throw new DocumentError(file.path, `unknown statute format "${file.entry.format}"`);
  const c = content(file.text);
  if (family === 'json' && c.json() === undefined) {
    try {
      JSON.parse(file.text);
    } catch (e) {
      throw new DocumentError(file.path, `invalid JSON: ${(e as Error).message}`);
    }
  }
  const candidates = formatsOf(family);
  const found = candidates.find((f) => f.looksLike(c));
  if (found) return found;
  throw new DocumentError(file.path, `format "${file.entry.format}" but the content is not ${candidates.map((f) => f.expected).join(' or ')}`);
}

export function parseStatute(file: SourceFile): ParsedStatute {
  // A loose file (no manifest) has kind "unknown": ingest/extract.ts sent it here by its structure.
  if (!STATUTE_KINDS.has(file.entry.kind) && file.entry.kind !== 'unknown') {
    throw new DocumentError(file.path, `kind "${file.entry.kind}" is not a statute`);
  }
  const parsed = chooseFormat(file).parse(file);
  checkManifestParts(file.path, file.entry, parsed.provisions);
  return parsed;
}

export function isStatuteEntry(entry: { kind: string }): boolean {
  return STATUTE_KINDS.has(entry.kind);
}

/** A file to read as a statute: declared so, or (no declared kind) recognised by a statute format's content. */
export function isStatute(file: SourceFile): boolean {
  if (isStatuteEntry(file.entry)) return true;
  if (file.entry.kind !== 'unknown') return false;
  return sniffStatuteFormat(file.text) !== undefined;
}
