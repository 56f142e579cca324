// Child process (forked with IPC by api-bench.ts): drives one GraphQL request at a server with
// autocannon for a bounded time, as often as it is asked, and answers each request with every
// response's latency (ms), the seconds under load and the errors (a Sample, bench/paired.ts).
// Kept out of the servers' process so the load generator does not share their event loop, and
// kept alive across a scenario's slices so that a slice of a second costs no process start.
import autocannon from 'autocannon';
import type { Sample } from './paired.ts';

export interface LoadRequest {
  url: string;
  body: string;
  connections: number;
  seconds: number;
}

// autocannon stops at its first sample tick after the duration (1 s by default): a 1.5 s run would
// last 2 s. Ticks of 50 ms keep a slice within 50 ms of its length.
const SAMPLE_MS = 50;

function drive(req: LoadRequest): Promise<Sample> {
  const latencies: number[] = [];
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      { url: req.url, method: 'POST', headers: { 'content-type': 'application/json' }, body: req.body, connections: req.connections, duration: req.seconds, sampleInt: SAMPLE_MS },
      (err, result) => {
        if (err) reject(err);
        else resolve({ latencies, seconds: result.duration, errors: result.errors + result.timeouts + result.non2xx });
      },
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
}

process.on('message', (req: LoadRequest) => {
  drive(req).then(
    (sample) => process.send!({ sample }),
    (err: Error) => process.send!({ error: err.message }),
  );
});
process.on('disconnect', () => process.exit(0));
