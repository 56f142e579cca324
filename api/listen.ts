// Serves the API over HTTP. Kept apart from the server value so tests never open a port.
import http from 'node:http';
import { fastPathOf, handOn } from './fast-path.ts';
import { requestIdFrom, type Api } from './server.ts';

export const MAX_BODY_BYTES = 100 * 1024;

function tooLarge(req: http.IncomingMessage, res: http.ServerResponse): void {
  res.writeHead(413, { 'content-type': 'application/json', connection: 'close' });
  res.end(JSON.stringify({ errors: [{ message: `request body larger than ${MAX_BODY_BYTES} bytes` }] }));
  req.resume();
}

/** A body of undeclared length (chunked) is read under the limit, then handed to yoga whole. */
async function chunked(api: Api, req: http.IncomingMessage, res: http.ServerResponse, host: string): Promise<void> {
  const chunks: Buffer[] = [];
  let seen = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    seen += chunk.length;
    if (seen > MAX_BODY_BYTES) return tooLarge(req, res);
    chunks.push(chunk);
  }
  await handOn(api, req, res, Buffer.concat(chunks), host);
}

/** One structured line per request, once its response is done (or the client went away). */
export interface RequestLog {
  info(obj: object, msg: string): void;
}

function logRequest(req: http.IncomingMessage, res: http.ServerResponse, log: RequestLog): void {
  const t0 = performance.now();
  // The request id is settled here and handed on in the header, so the API keeps it: the log line,
  // the response's x-request-id and the errors' extensions.requestId all name the same request.
  const reqId = requestIdFrom(req.headers['x-request-id'] as string | undefined);
  req.headers['x-request-id'] = reqId;
  res.once('close', () => {
    log.info(
      {
        reqId,
        method: req.method,
        path: req.url?.split('?')[0],
        status: res.statusCode,
        ms: Math.round(performance.now() - t0),
        ...(res.writableFinished ? {} : { aborted: true }),
      },
      'request',
    );
  });
}

export function listen(api: Api, port: number, host: string, log?: RequestLog): Promise<http.Server> {
  const fast = fastPathOf(api, host);
  const server = http.createServer((req, res) => {
    if (log) logRequest(req, res, log);
    // Declared oversized bodies are refused before they are read; undeclared ones while read.
    const declared = req.headers['content-length'];
    if (Number(declared ?? 0) > MAX_BODY_BYTES) return tooLarge(req, res);
    const hasBody = req.method !== 'GET' && req.method !== 'HEAD' && req.method !== 'OPTIONS';
    if (hasBody && declared === undefined) {
      chunked(api, req, res, host).catch(() => {
        if (!res.headersSent) res.writeHead(400, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ errors: [{ message: 'could not read the request body' }] }));
      });
      return;
    }
    if (fast?.(req, res)) return;
    api(req, res);
  });
  server.requestTimeout = 30_000;
  server.headersTimeout = 10_000;
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}
