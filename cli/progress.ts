// Progress of a long ingest: documents done of the total, rows written per second, time left.
// On a terminal one status line is redrawn under the log lines; anywhere else (CI, a file) it
// degrades to plain progress lines, at most one every few seconds, and one at the end.
import type { DocumentDone } from '../graph/pipeline.ts';

export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface ProgressOptions {
  /** Documents to do, with their file sizes (bytes weigh the time left; a statute is not a memo). */
  sizes: Map<string, number>;
  stream?: ProgressStream;
  now?: () => number;
  /** Plain mode: the least time between two progress lines. */
  everyMs?: number;
}

export interface Progress {
  /** A log line; on a terminal it is printed above the status line. */
  log(line: string): void;
  document(done: DocumentDone): void;
  /** Clears the status line (terminal) or prints the last progress line (plain). */
  finish(): void;
}

export function formatDuration(ms: number): string {
  const s = Math.max(1, Math.round(ms / 1000));
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  return m < 60 ? `${m} min ${s % 60} s` : `${Math.floor(m / 60)} h ${m % 60} min`;
}

export function createProgress(opts: ProgressOptions): Progress {
  const stream = opts.stream ?? process.stderr;
  const now = opts.now ?? (() => performance.now());
  const tty = stream.isTTY === true;
  const everyMs = opts.everyMs ?? 5000;
  const total = opts.sizes.size;
  const totalBytes = [...opts.sizes.values()].reduce((a, b) => a + b, 0);
  const t0 = now();
  let done = 0;
  let doneBytes = 0;
  let rows = 0;
  let lastPlain = t0;
  let shown = false;
  let complete = false;

  const status = (): string => {
    const elapsed = now() - t0;
    const rate = elapsed > 0 ? Math.round((rows * 1000) / elapsed) : 0;
    const share = totalBytes > 0 ? doneBytes / totalBytes : total > 0 ? done / total : 1;
    const left = done >= total ? 'done' : share > 0 ? `about ${formatDuration((elapsed * (1 - share)) / share)} left` : 'estimating time left';
    return `${done}/${total} documents, ${rate} rows/s, ${left}`;
  };
  const clear = () => (tty && shown ? '\r\x1b[2K' : '');
  const draw = () => {
    const line = `lawgraph: ${status()}`;
    stream.write(`${clear()}${line.slice(0, Math.max(20, (stream.columns ?? 120) - 1))}`);
    shown = true;
  };

  /** The last document is done: the final figures stay as a line (what follows is derivation). */
  const settle = () => {
    stream.write(`${clear()}lawgraph: ${tty ? '' : 'progress '}${status()}\n`);
    shown = false;
    complete = true;
  };

  return {
    log(line) {
      if (!tty) return void stream.write(`${line}\n`);
      stream.write(`${clear()}${line}\n`);
      shown = false;
      if (done > 0 && !complete) draw();
    },
    document(event) {
      // Documents outside the list (the catalog) count as rows but not as documents.
      if (opts.sizes.has(event.documentId)) {
        done++;
        doneBytes += opts.sizes.get(event.documentId) ?? 0;
      }
      rows += event.rows;
      if (complete) return;
      if (done >= total) return settle();
      if (tty) return draw();
      if (now() - lastPlain >= everyMs) {
        lastPlain = now();
        stream.write(`lawgraph: progress ${status()}\n`);
      }
    },
    finish() {
      if (!complete && tty) stream.write(clear());
      else if (!complete) stream.write(`lawgraph: progress ${status()}\n`);
      shown = false;
      complete = true;
    },
  };
}
