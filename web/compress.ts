// Responses gzipped for a client that accepts it: a company's exposure page is over a megabyte of HTML (every
// item with its premises and quotes), a tenth of that gzipped. Responses only: a request body is never
// decompressed (no input may grow work without bound). Node's zlib, off the event loop.
import { promisify } from 'node:util';
import zlib from 'node:zlib';

const gzip = promisify(zlib.gzip);

/** Below this a body gains less than gzip's header and the work costs. */
const MIN_BYTES = 1024;

/** Whether an Accept-Encoding header accepts gzip: listed (or `*`) with a q-value above zero. */
export function acceptsGzip(header: string | null): boolean {
  if (!header) return false;
  let star = false;
  for (const part of header.split(',')) {
    const [token, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)).find(Boolean);
    const accepted = q ? Number(q[1]) > 0 : true;
    if (token === 'gzip' || token === 'x-gzip') return accepted;
    if (token === '*') star = accepted;
  }
  return star;
}

/** A text's gzip bytes. */
export async function gzipText(text: string): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await gzip(text));
}

/** Whether a response of `text` should go gzipped to a client sending `acceptEncoding`. */
export function shouldGzip(text: string, acceptEncoding: string | null): boolean {
  return Buffer.byteLength(text) >= MIN_BYTES && acceptsGzip(acceptEncoding);
}

/** `text` as the response's body and the headers that say how it is encoded. */
export async function encodedBody(text: string, acceptEncoding: string | null): Promise<{ body: string | Uint8Array<ArrayBuffer>; headers: Record<string, string> }> {
  if (!shouldGzip(text, acceptEncoding)) return { body: text, headers: { vary: 'accept-encoding' } };
  return { body: await gzipText(text), headers: { vary: 'accept-encoding', 'content-encoding': 'gzip' } };
}
