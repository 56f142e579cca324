// Builds SourceFiles for statute tests: corpus documents via the manifest, fixtures with a made-up entry.
import fs from 'node:fs';
import type { ManifestEntry, SourceFile } from '../../../ingest/model.ts';
import { corpusFile, fixture, readCorpus, readFixture } from '../../corpus.ts';

export const manifest = JSON.parse(readCorpus('manifest.json')) as { documents: ManifestEntry[] };

export function corpusSource(id: string): SourceFile {
  const entry = manifest.documents.find((d) => d.id === id);
  if (!entry) throw new Error(`no manifest entry ${id}`);
  return { path: corpusFile(entry.file), entry, text: fs.readFileSync(corpusFile(entry.file), 'utf8'), sha256: entry.sha256 ?? '' };
}

export function fixtureSource(rel: string, format: string, extra: Partial<ManifestEntry> = {}): SourceFile {
  const entry: ManifestEntry = { id: `fixture-${rel}`, title: rel, jurisdiction: 'test', kind: 'statute', language: 'zh', format, file: rel, ...extra };
  return { path: fixture(`statutes/${rel}`), entry, text: readFixture(`statutes/${rel}`), sha256: '' };
}
