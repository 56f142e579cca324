// A fingerprint of the extract stage: the code and data files under ingest/. A document is
// re-loaded when its file changes OR when the extractor that reads it changes, so improving a
// parser or a vocabulary reaches graphs that were loaded before.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

let cached: string | undefined;

export function extractorFingerprint(dir: string = import.meta.dirname): string {
  if (cached && dir === import.meta.dirname) return cached;
  const hash = createHash('sha256');
  const walk = (d: string): void => {
    for (const entry of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = path.join(d, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (/\.(ts|ya?ml|json)$/.test(entry.name)) hash.update(path.relative(dir, p)).update('\0').update(fs.readFileSync(p));
    }
  };
  walk(dir);
  const fp = hash.digest('hex').slice(0, 16);
  if (dir === import.meta.dirname) cached = fp;
  return fp;
}
