// Serves the API over HTTP. Kept apart from the server value so tests never open a port.
import http from 'node:http';
import type { Api } from './server.ts';

export const MAX_BODY_BYTES = 100 * 1024;

export function listen(api: Api, port: number, host: string): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    // Refuse oversized bodies before they are read: 413 with a short JSON error.
    const length = Number(req.headers['content-length'] ?? 0);
    if (length > MAX_BODY_BYTES) {
      res.writeHead(413, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ errors: [{ message: `request body larger than ${MAX_BODY_BYTES} bytes` }] }));
      req.resume();
      return;
    }
    let seen = 0;
    req.on('data', (chunk: Buffer) => {
      seen += chunk.length;
      if (seen > MAX_BODY_BYTES) req.destroy(new Error('request body too large'));
    });
    api(req, res);
  });
  server.requestTimeout = 30_000;
  server.headersTimeout = 10_000;
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}
