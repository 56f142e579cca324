// Answers written as UTF-8 bytes, with the encoded form of long strings kept between requests.
// A text-heavy answer (an exposure answer: 237 items, 180 KB, three quarters of its characters
// Chinese) cost the server more to serialise than to compute: JSON.stringify, then measuring the
// string's UTF-8 length, then encoding it for the socket, each about as slow as the others on
// two-byte strings. Most of its text is the same strings from request to request (the stored
// items' statements and quotes, the same string objects, whose hash V8 keeps), so each long string
// is escaped and encoded once and copied after that; the rest is written as JSON.stringify would.
import type { ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';

const MIN_CACHED_CHARS = 24;
/** Encoded bytes and strings kept at most; past either the cache starts again empty (a new store, other answers). */
const MAX_CACHED_BYTES = 16 * 1024 * 1024;
const MAX_CACHED_STRINGS = 100_000;

const encoded = new Map<string, Buffer>();
/** Object keys as written (`"key":`), null for one that is not ASCII: the schema's field names and aliases, a bounded number. */
const keys = new Map<string, string | null>();
const MAX_KEYS = 10_000;
let cachedBytes = 0;

/** The buffer answers are written into, reused (each answer is copied out of it once written). */
let scratch: Buffer | undefined = Buffer.allocUnsafe(64 * 1024);
/** Larger than this, the buffer an answer needed is not kept for the next. */
const MAX_SCRATCH_BYTES = 4 * 1024 * 1024;

class Writer {
  buf: Buffer;
  at = 0;
  constructor(buf: Buffer) {
    this.buf = buf;
  }

  private room(n: number): void {
    if (this.at + n <= this.buf.length) return;
    const bigger = Buffer.allocUnsafe(Math.max(this.buf.length * 2, this.at + n));
    this.buf.copy(bigger, 0, 0, this.at);
    this.buf = bigger;
  }

  /** Text already in JSON form (punctuation, numbers, escaped strings). */
  text(s: string): void {
    // A UTF-8 character takes at most 3 bytes per UTF-16 unit.
    this.room(s.length * 3);
    this.at += this.buf.write(s, this.at);
  }

  bytes(b: Buffer): void {
    this.room(b.length);
    this.buf.set(b, this.at);
    this.at += b.length;
  }

  /** ASCII text, character by character (cheaper than a call into the encoder for a few characters). */
  ascii(s: string): void {
    this.room(s.length);
    const buf = this.buf;
    let at = this.at;
    for (let i = 0; i < s.length; i++) buf[at++] = s.charCodeAt(i);
    this.at = at;
  }

  /** One ASCII character: punctuation. */
  byte(c: number): void {
    this.room(1);
    this.buf[this.at++] = c;
  }

  /** An object's key and its colon. */
  key(k: string): void {
    let written = keys.get(k);
    if (written === undefined) {
      written = `${JSON.stringify(k)}:`;
      if (!/^[\x00-\x7f]*$/.test(written)) written = null;
      if (keys.size < MAX_KEYS) keys.set(k, written);
    }
    if (written === null) this.text(`${JSON.stringify(k)}:`);
    else this.ascii(written);
  }

  /** A short string: its characters written as they are when all are printable ASCII without quote or backslash. */
  short(s: string): void {
    this.room(s.length + 2);
    const buf = this.buf;
    let at = this.at;
    buf[at++] = 0x22;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c < 0x20 || c > 0x7e || c === 0x22 || c === 0x5c) {
        this.text(JSON.stringify(s));
        return;
      }
      buf[at++] = c;
    }
    buf[at++] = 0x22;
    this.at = at;
  }

  string(s: string): void {
    if (s.length < MIN_CACHED_CHARS) {
      this.short(s);
      return;
    }
    let b = encoded.get(s);
    if (!b) {
      const start = this.at;
      this.text(JSON.stringify(s));
      b = Buffer.from(this.buf.subarray(start, this.at));
      if (cachedBytes + b.length > MAX_CACHED_BYTES || encoded.size >= MAX_CACHED_STRINGS) {
        encoded.clear();
        cachedBytes = 0;
      }
      encoded.set(s, b);
      cachedBytes += b.length;
      return;
    }
    this.bytes(b);
  }

  value(v: unknown): void {
    if (typeof v === 'string') this.string(v);
    else if (typeof v === 'number') this.text(Number.isFinite(v) ? String(v) : 'null');
    else if (typeof v === 'boolean') this.text(v ? 'true' : 'false');
    else if (v === null) this.text('null');
    else if (typeof v === 'object') {
      // Plain objects and arrays (what execution builds) are walked; anything else (a Date, a boxed
      // value, an error, a class instance) is left to JSON.stringify, which knows its rules.
      const proto = Object.getPrototypeOf(v);
      if (proto === Array.prototype) this.array(v as unknown[]);
      else if ((proto === Object.prototype || proto === null) && typeof (v as { toJSON?: unknown }).toJSON !== 'function') this.object(v as Record<string, unknown>);
      else this.text(JSON.stringify(v) ?? 'null');
    } else if (typeof v === 'bigint') throw new TypeError('Do not know how to serialize a BigInt');
    // undefined, functions and symbols inside an array are null, as JSON.stringify writes them.
    else this.text('null');
  }

  array(a: readonly unknown[]): void {
    this.byte(0x5b); // [
    for (let i = 0; i < a.length; i++) {
      if (i > 0) this.byte(0x2c); // ,
      this.value(a[i]);
    }
    this.byte(0x5d); // ]
  }

  object(o: Record<string, unknown>): void {
    this.byte(0x7b); // {
    let first = true;
    for (const key of Object.keys(o)) {
      const v = o[key];
      if (v === undefined || typeof v === 'function' || typeof v === 'symbol') continue;
      if (first) first = false;
      else this.byte(0x2c); // ,
      this.key(key);
      this.value(v);
    }
    this.byte(0x7d); // }
  }
}

/** `value` as JSON.stringify would write it (without a replacer or indentation), as UTF-8 bytes. */
export function toJsonBytes(value: unknown): Buffer {
  // Taken while in use: a getter or toJSON that serialised something meanwhile gets a buffer of its own.
  const w = new Writer(scratch ?? Buffer.allocUnsafe(64 * 1024));
  scratch = undefined;
  try {
    w.value(value);
    return Buffer.from(w.buf.subarray(0, w.at));
  } finally {
    if (w.buf.length <= MAX_SCRATCH_BYTES) scratch = w.buf;
  }
}

/**
 * Hands yoga's result processors the answer as UTF-8 bytes (toJsonBytes) instead of a string they
 * would measure and encode again: yoga stringifies a result with its own `stringify` when it has one,
 * and sends the bytes as they are. Only an answer without errors: one with errors is copied by yoga
 * to strip its internals (the copy drops this non-enumerable property) and written as before.
 * Placed last among the plugins, so it sees the result the others settled.
 */
export function jsonBytesPlugin(): Plugin {
  return {
    onResultProcess({ result }) {
      if (Array.isArray(result) || Symbol.asyncIterator in result || (result as ExecutionResult).errors?.length) return;
      // Typed as returning a string; yoga hands what it returns to `new Response`, which takes bytes
      // as well (and a stream or event processor turns them back into text by String()).
      Object.defineProperty(result, 'stringify', { value: toJsonBytes as unknown as (r: unknown) => string, enumerable: false, configurable: true });
    },
  };
}
