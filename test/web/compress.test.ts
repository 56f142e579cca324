// Gzipped responses (web/compress.ts): who accepts gzip, what is worth it, and an asset served both ways.
import fs from 'node:fs';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { serveAsset } from '../../web/assets.ts';
import { acceptsGzip, encodedBody } from '../../web/compress.ts';

describe('Accept-Encoding', () => {
  it('accepts gzip listed anywhere, or by *, unless its q-value is zero', () => {
    expect(acceptsGzip('gzip, deflate, br')).toBe(true);
    expect(acceptsGzip('br, gzip;q=0.8')).toBe(true);
    expect(acceptsGzip('deflate, *')).toBe(true);
    expect(acceptsGzip('gzip;q=0, *')).toBe(false);
    expect(acceptsGzip('*;q=0')).toBe(false);
    expect(acceptsGzip('identity')).toBe(false);
    expect(acceptsGzip(null)).toBe(false);
  });
});

describe('encodedBody', () => {
  const page = `<!doctype html><p>${'国家安全机关可以查验。'.repeat(200)}</p>`;

  it('gzips a page the client accepts gzipped, the bytes unzipping to the page', async () => {
    const { body, headers } = await encodedBody(page, 'gzip, deflate');
    expect(headers['content-encoding']).toBe('gzip');
    expect(headers.vary).toBe('accept-encoding');
    expect(zlib.gunzipSync(body as Uint8Array).toString('utf8')).toBe(page);
    expect((body as Uint8Array).byteLength).toBeLessThan(Buffer.byteLength(page) / 10);
  });

  it('leaves a small body, or one for a client that does not accept gzip, as it is', async () => {
    expect(await encodedBody('<p>short</p>', 'gzip')).toEqual({ body: '<p>short</p>', headers: { vary: 'accept-encoding' } });
    expect((await encodedBody(page, 'identity')).body).toBe(page);
  });
});

describe('assets', () => {
  it('serves an asset gzipped to a client that accepts it and plain to one that does not', async () => {
    const css = fs.readFileSync(new URL('../../web/static/explorer.css', import.meta.url), 'utf8');
    const zipped = await serveAsset('/assets/explorer.css', 'gzip');
    expect(zipped?.headers.get('content-encoding')).toBe('gzip');
    expect(zlib.gunzipSync(Buffer.from(await (zipped as Response).arrayBuffer())).toString('utf8')).toBe(css);
    const plain = await serveAsset('/assets/explorer.css');
    expect(plain?.headers.get('content-encoding')).toBeNull();
    expect(await plain?.text()).toBe(css);
  });
});
