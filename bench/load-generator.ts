// Child process: drives one GraphQL request at the API with autocannon for a bounded time and
// prints {p50Ms, p95Ms, p99Ms, rps, requests, errors} as JSON. Kept out of the server's process so
// the load generator does not share its event loop.
import autocannon from 'autocannon';
import { percentile, round } from './stats.ts';

const [url, body, connections, duration] = process.argv.slice(2);
const latencies: number[] = [];
const instance = autocannon(
  { url: url!, method: 'POST', headers: { 'content-type': 'application/json' }, body, connections: Number(connections), duration: Number(duration) },
  (err, result) => {
    if (err) throw err;
    latencies.sort((a, b) => a - b);
    const out = {
      p50Ms: round(percentile(latencies, 50)),
      p95Ms: round(percentile(latencies, 95)),
      p99Ms: round(percentile(latencies, 99)),
      rps: round(latencies.length / result.duration),
      requests: latencies.length,
      errors: result.errors + result.timeouts + result.non2xx,
    };
    process.stdout.write(`${JSON.stringify(out)}\n`);
  },
);
instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
