// Shared by the reliability tests: run the real CLI as a child process, encode GBK, and build a
// temporary corpus folder mixing good and bad documents behind one manifest.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../../config.ts';
import { MAX_DOCUMENT_BYTES } from '../../ingest/corpus.ts';

export const fixtures = path.join(repoRoot, 'test', 'fixtures', 'bad');
export const bin = path.join(repoRoot, 'bin', 'lawgraph.js');

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** Runs `lawgraph <args>` with the test's Node (24) and returns when it exits or is killed at the bound. */
export function cli(args: string[], env: NodeJS.ProcessEnv = process.env, timeoutMs = 120_000): Promise<CliResult> {
  const t0 = performance.now();
  const child = spawn(process.execPath, [bin, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  return new Promise((resolve) => {
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr, ms: performance.now() - t0 });
    });
  });
}

let gbkTable: Map<string, number[]> | undefined;

/**
 * GBK bytes of `text`. Node decodes GBK but has no encoder, so the table is built by decoding
 * every two-byte GBK code once; ASCII passes through. Throws on characters GBK lacks.
 */
export function gbkEncode(text: string): Uint8Array {
  if (!gbkTable) {
    gbkTable = new Map();
    const dec = new TextDecoder('gbk', { fatal: true });
    for (let hi = 0x81; hi <= 0xfe; hi++) {
      for (let lo = 0x40; lo <= 0xfe; lo++) {
        if (lo === 0x7f) continue;
        try {
          const ch = dec.decode(new Uint8Array([hi, lo]));
          if (ch.length === 1 && !gbkTable.has(ch)) gbkTable.set(ch, [hi, lo]);
        } catch {
          /* not a GBK code */
        }
      }
    }
  }
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) out.push(code);
    else {
      const bytes = gbkTable.get(ch);
      if (!bytes) throw new Error(`no GBK code for "${ch}"`);
      out.push(...bytes);
    }
  }
  return new Uint8Array(out);
}

/** `iconv` output for cross-checking gbkEncode, or undefined when iconv is not installed. */
export function iconvGbk(text: string): Uint8Array | undefined {
  const r = spawnSync('iconv', ['-f', 'UTF-8', '-t', 'GBK'], { input: text });
  return r.status === 0 ? new Uint8Array(r.stdout) : undefined;
}

export interface CorpusDoc {
  id: string;
  file: string;
  /** For bad documents: what stderr must say about the file. */
  reason?: RegExp;
}

export interface MixedCorpus {
  dir: string;
  good: CorpusDoc[];
  bad: CorpusDoc[];
}

/**
 * Writes a manifest folder under `dir` with two good statutes (UTF-8 and GBK) and one document per
 * failure mode. Ids are `<prefix>-<case>` so a test can find (or prove absent) each one's records.
 * `title` makes the good statutes' Law node unique to this run.
 */
export function writeMixedCorpus(dir: string, prefix: string, title = '可靠性测试条例'): MixedCorpus {
  fs.mkdirSync(dir, { recursive: true });
  const goodText = fs.readFileSync(path.join(fixtures, 'good.zh.md'), 'utf8').replace('可靠性测试条例', title);
  const entries: Record<string, unknown>[] = [];
  const good: CorpusDoc[] = [];
  const bad: CorpusDoc[] = [];
  const statute = (id: string, file: string, extra: Record<string, unknown> = {}) => ({
    id,
    title: id,
    jurisdiction: 'cn',
    kind: 'regulation',
    language: 'zh',
    format: 'markdown',
    file,
    ...extra,
  });
  const add = (kase: string, file: string, bytes: Uint8Array | string | undefined, reason?: RegExp, extra: Record<string, unknown> = {}) => {
    const id = `${prefix}-${kase}`;
    if (bytes !== undefined) fs.writeFileSync(path.join(dir, file), bytes);
    entries.push(statute(id, file, extra));
    (reason ? bad : good).push({ id, file: path.join(dir, file), reason });
  };
  const copy = (name: string) => fs.readFileSync(path.join(fixtures, name));

  add('utf8', 'good.zh.md', goodText, undefined, { complete: { value: true, parts: 'Arts. 1-3' } });
  add('gbk', 'good-gbk.zh.md', gbkEncode(goodText), undefined, { complete: { value: true, parts: 'Arts. 1-3' } });
  add('empty', 'empty.md', copy('empty.md'), /empty file/);
  add('binary', 'binary.md', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), /binary content/);
  add('latin1', 'latin1.md', new Uint8Array([...Buffer.from('# Caf'), 0xe9, 0x20, 0xff, 0xfe, 0x0a]), /not valid UTF-8, nor a legacy Chinese encoding/);
  add('duplicate', 'duplicate-article.zh.md', copy('duplicate-article.zh.md'), /duplicate article 第二条/);
  add('gap', 'missing-article.zh.md', copy('missing-article.zh.md'), /article numbers jump from 1 to 3/);
  add('formex-cut', 'truncated.fmx.xml', copy('truncated.fmx.xml'), /truncated: the file does not end with <\/ACT>/, {
    format: 'xml (Formex)',
    language: 'en',
    jurisdiction: 'eu',
    complete: { value: true, parts: 'Arts. 1-3' },
  });
  add('xhtml-cut', 'truncated.xhtml', copy('truncated.xhtml'), /truncated: the file does not end with <\/html>/, {
    format: 'xhtml',
    language: 'en',
    jurisdiction: 'eu',
    complete: { value: true, parts: 'Arts. 1-3' },
  });
  add('sha', 'sha-mismatch.zh.md', goodText, /sha256 [0-9a-f]{64} does not match the manifest's 0{64}/, { sha256: '0'.repeat(64) });
  add('missing', 'not-there.zh.md', undefined, /listed in the manifest as "[^"]+-missing" but missing/);
  // Larger than the limit without writing it: a sparse file, refused on its size before any read.
  const big = path.join(dir, 'too-big.zh.md');
  fs.writeFileSync(big, '');
  fs.truncateSync(big, MAX_DOCUMENT_BYTES + 1);
  add('big', 'too-big.zh.md', undefined, new RegExp(`${MAX_DOCUMENT_BYTES + 1} bytes is larger than the ${MAX_DOCUMENT_BYTES}-byte limit`));

  fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify({ documents: entries }, null, 2));
  return { dir, good, bad };
}

/** Node ids a document's records would carry: its Document, version, provisions, norms, passages. */
export function documentPrefixes(id: string): string[] {
  return [`doc:${id}`, `lawv:${id}`, `prov:${id}:`, `norm:${id}:`, `passage:${id}:`];
}
