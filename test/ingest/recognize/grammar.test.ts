// The grammar's data files are validated strictly: a bad pattern, an unknown kind or key is named with
// its file and line, and the shipped files load.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { grammar, loadGrammar } from '../../../ingest/recognize/grammar.ts';

const shipped = path.join(import.meta.dirname, '../../../ingest/recognize/grammar');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lawgraph-grammar-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function broken(file: string, edit: (text: string) => string): string {
  const dir = fs.mkdtempSync(path.join(tmp, 'g-'));
  for (const f of fs.readdirSync(shipped)) fs.copyFileSync(path.join(shipped, f), path.join(dir, f));
  fs.writeFileSync(path.join(dir, file), edit(fs.readFileSync(path.join(shipped, file), 'utf8')));
  return dir;
}

describe('grammar data', () => {
  it('loads the shipped files', () => {
    const g = grammar();
    expect(g.heads.get('Department')).toBe('Authority');
    expect(g.citations.map((c) => c.id)).toContain('executive-order');
    expect(g.thingHeads.get('equipment')).toBe('Product');
  });
  it('names a pattern that does not compile, with its line', () => {
    const dir = broken('instruments.yaml', (t) => t.replace("pattern: '\\b(?:Presidential", "pattern: '\\b(?:(Presidential"));
    expect(() => loadGrammar(dir)).toThrow(/instruments\.yaml:\d+:\d+: citations\[5\]\.pattern: bad regular expression/);
  });
  it('names a technology kind the model does not have', () => {
    const dir = broken('things.yaml', (t) => t.replace('  Technology: [', '  Gadget: ['));
    expect(() => loadGrammar(dir)).toThrow(/things\.yaml:\d+:\d+: heads.*not an entity kind of ingest\/kinds\.ts/);
  });
  it('names an unknown key', () => {
    const dir = broken('names.yaml', (t) => `${t}\nextra-words: [a]\n`);
    expect(() => loadGrammar(dir)).toThrow(/names\.yaml:\d+:\d+: extra-words: unknown key/);
  });
});
