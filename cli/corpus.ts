// `lawgraph corpus fetch`: builds the reference corpus on this machine from the public sources the
// manifest records (corpus/manifest.json: the repository and commit each file came from, or an
// official download URL), verifying every file's sha256. The repository keeps only this list, never
// the texts. Files already there and verified are kept, so a broken run resumes where it stopped.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { repoRoot, type Config } from '../config.ts';
import { MAX_DOCUMENT_BYTES } from '../ingest/corpus.ts';

export const MANIFEST = path.join(repoRoot, 'corpus', 'manifest.json');

const RepoSource = z.object({
  repo: z.string().regex(/^[\w.-]+\/[\w.-]+$/),
  commit: z.string().regex(/^[0-9a-f]{40}$/),
  path: z.string().min(1),
});
const UrlSource = z.object({ url: z.url({ protocol: /^https?$/ }) });
const Entry = z.looseObject({
  id: z.string().min(1),
  file: z.string().min(1),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  bytes: z.number().int().positive().optional(),
  // A repository file, an official URL, or a text such as "seed document given with the mission"
  // that names no public download: such documents are reported, never guessed at.
  source: z.unknown(),
});
const Manifest = z.looseObject({ documents: z.array(z.unknown()) });

export interface FetchOptions {
  manifest?: string;
  to: string;
  /** Replaces https://raw.githubusercontent.com for repository sources (a mirror, a test server). */
  baseUrl: string;
  log?: (line: string) => void;
  timeoutMs?: number;
}

export interface FetchResult {
  fetched: string[];
  kept: string[];
  failed: { id: string; reason: string }[];
  dir: string;
}

export function readFetchManifest(file: string): z.infer<typeof Manifest> {
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    throw new Error(`${file}: cannot read the corpus manifest: ${(err as Error).message}`);
  }
  const parsed = Manifest.safeParse(json);
  if (!parsed.success) throw new Error(`${file}: not a corpus manifest:\n${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/** Where a document can be downloaded, or undefined when its source names no public file. */
export function downloadUrl(source: unknown, baseUrl: string): string | undefined {
  const url = UrlSource.safeParse(source);
  if (url.success) return url.data.url;
  const repo = RepoSource.safeParse(source);
  if (!repo.success) return undefined;
  const file = repo.data.path.split('/').map(encodeURIComponent).join('/');
  return `${baseUrl}/${repo.data.repo}/${repo.data.commit}/${file}`;
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

function verified(file: string, expected: string): boolean {
  return fs.existsSync(file) && sha256(fs.readFileSync(file)) === expected;
}

/** The body, refused past the manifest's size (or the reader's limit) and after the time limit. */
async function download(url: string, limit: number, timeoutMs: number): Promise<Buffer> {
  const res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
  if (!res.ok || !res.body) throw new Error(`HTTP ${res.status} ${res.statusText} from ${url}`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of res.body) {
    size += chunk.length;
    if (size > limit) throw new Error(`${url} sent more than the expected ${limit} bytes`);
    chunks.push(Buffer.from(chunk));
  }
  return Buffer.concat(chunks);
}

/** One document: kept if already verified, else downloaded, checked and written atomically. */
async function fetchOne(raw: unknown, dir: string, opts: FetchOptions): Promise<'fetched' | 'kept'> {
  const parsed = Entry.safeParse(raw);
  if (!parsed.success) throw new Error(`not a valid manifest entry: ${z.prettifyError(parsed.error).replace(/\n\s*/g, ' ')}`);
  const entry = parsed.data;
  const dest = path.resolve(dir, entry.file);
  if (!dest.startsWith(dir + path.sep)) throw new Error(`file "${entry.file}" points outside the corpus folder`);
  if (verified(dest, entry.sha256)) return 'kept';
  const url = downloadUrl(entry.source, opts.baseUrl);
  if (!url) throw new Error(`no public download recorded (source: ${JSON.stringify(entry.source)}); get it from its publisher`);
  const bytes = await download(url, entry.bytes ?? MAX_DOCUMENT_BYTES, opts.timeoutMs ?? 60_000);
  const got = sha256(bytes);
  if (got !== entry.sha256) throw new Error(`sha256 ${got} of ${url} does not match the manifest's ${entry.sha256}; not saved`);
  fs.mkdirSync(path.dirname(dest), { recursive: true });
  fs.writeFileSync(`${dest}.part`, bytes);
  fs.renameSync(`${dest}.part`, dest);
  return 'fetched';
}

export async function fetchCorpus(opts: FetchOptions): Promise<FetchResult> {
  const log = opts.log ?? (() => {});
  const manifest = readFetchManifest(opts.manifest ?? MANIFEST);
  const dir = path.resolve(opts.to);
  fs.mkdirSync(dir, { recursive: true });
  const result: FetchResult = { fetched: [], kept: [], failed: [], dir };
  const present: unknown[] = [];
  for (const [i, entry] of manifest.documents.entries()) {
    const id = String((entry as { id?: unknown })?.id ?? `documents[${i}]`);
    try {
      const how = await fetchOne(entry, dir, opts);
      result[how].push(id);
      present.push(entry);
      if (how === 'fetched') log(`fetched ${id}`);
    } catch (err) {
      const reason = (err as Error).message;
      result.failed.push({ id, reason });
      log(`FAILED ${id}: ${reason}`);
    }
  }
  // The folder's own manifest lists what is there and verified, so `lawgraph load DIR` reads it.
  const own = { ...manifest, documents: present, notFetched: result.failed };
  fs.writeFileSync(path.join(dir, 'manifest.json'), `${JSON.stringify(own, null, 2)}\n`);
  return result;
}

const log = (line: string) => console.error(`lawgraph: ${line}`);

export async function runCorpusFetch(config: Config, opts: { to?: string; manifest?: string }): Promise<number> {
  const to = opts.to ?? config.corpusFetchDir;
  log(`fetching the corpus listed in ${opts.manifest ?? MANIFEST} into ${to}`);
  const r = await fetchCorpus({ manifest: opts.manifest, to, baseUrl: config.corpusBaseUrl, log });
  log(`${r.fetched.length} fetched, ${r.kept.length} already there, ${r.failed.length} failed; corpus in ${r.dir}`);
  for (const f of r.failed) log(`not fetched: ${f.id}: ${f.reason}`);
  log('the texts stay under their publishers\' terms (license_note in the manifest); lawgraph never redistributes them');
  return r.failed.length ? 2 : 0;
}
