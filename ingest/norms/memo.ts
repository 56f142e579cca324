// Remembered answers of pure readings keyed by text. The norm readers ask the same questions again and
// again: the same sentence is scanned for mentions, markers and actions by several readers, the same
// party term is resolved for every norm it bears, and statutes repeat their boilerplate. Answers are
// frozen (one level deep), so a caller that mutated one would fail loudly instead of corrupting the
// next reader's; the size is bounded, so no input makes a memo grow without end.

const LIMIT = 20_000;

export class Memo<V> {
  private readonly answers = new Map<string, V>();

  /** The answer for `key`, computed once by `compute`. */
  get(key: string, compute: () => V): V {
    let hit = this.answers.get(key);
    if (hit === undefined && !this.answers.has(key)) {
      hit = frozen(compute());
      if (this.answers.size >= LIMIT) this.answers.clear();
      this.answers.set(key, hit);
    }
    return hit as V;
  }
}

/** Remembered answers keyed by a pair: a few first keys (a party's kind), then a text. As a Memo keyed by the two
 *  joined, bounded the same (all answers dropped together once LIMIT are kept), but no key string is built per
 *  question: a joined key is a new string each time, flattened and hashed whole on every lookup. */
export class PairMemo<V> {
  private readonly answers = new Map<string, Map<string, V>>();
  private size = 0;

  /** The answer for (`first`, `second`), computed once by `compute`. */
  get(first: string, second: string, compute: () => V): V {
    let inner = this.answers.get(first);
    if (inner === undefined) {
      inner = new Map();
      this.answers.set(first, inner);
    }
    let hit = inner.get(second);
    if (hit === undefined && !inner.has(second)) {
      hit = frozen(compute());
      if (this.size >= LIMIT) {
        for (const m of this.answers.values()) m.clear();
        this.size = 0;
      }
      inner.set(second, hit);
      this.size++;
    }
    return hit as V;
  }
}

/** A one-argument reading that remembers its answers. */
export function remembered<V>(read: (text: string) => V): (text: string) => V {
  const memo = new Memo<V>();
  return (text) => memo.get(text, () => read(text));
}

/** Readings that several readers take of the same texts, remembered in one table keyed by the text: readSentence asks
 *  its sentence's exceptions, markers and mentions in a row, and a text one of the last few asks was of is found by
 *  comparing it with them, not hashed into a large table once per reader (those lookups, cache misses in tables of
 *  20,000 texts, were the norm readers' largest single cost). Answers as `remembered` keeps them: frozen, bounded. */
export function rememberedTogether<R extends Record<string, (text: string) => unknown>>(readers: R): R {
  const names = Object.keys(readers);
  const table = new Map<string, Readings>();
  const recent: Readings[] = [];
  let oldest = 0;
  const readingsOf = (text: string): Readings => {
    for (const r of recent) if (r.text === text) return r;
    let r = table.get(text);
    if (r === undefined) {
      r = { text, answers: new Array(names.length).fill(UNREAD) };
      if (table.size >= names.length * LIMIT) table.clear();
      table.set(text, r);
    }
    if (recent.length < RECENT) recent.push(r);
    else {
      recent[oldest] = r;
      oldest = (oldest + 1) % RECENT;
    }
    return r;
  };
  const out: Record<string, (text: string) => unknown> = {};
  names.forEach((name, i) => {
    const read = readers[name] as (text: string) => unknown;
    out[name] = (text) => {
      const r = readingsOf(text);
      let answer = r.answers[i];
      if (answer === UNREAD) {
        answer = frozen(read(text));
        r.answers[i] = answer;
      }
      return answer;
    };
  });
  return out as R;
}

interface Readings {
  text: string;
  answers: unknown[];
}
const UNREAD = Symbol('unread');
/** The texts asked of last: two in three of the readers' questions are of one of the last four. */
const RECENT = 4;

function frozen<V>(value: V): V {
  if (Array.isArray(value)) for (const x of value) if (typeof x === 'object' && x !== null) Object.freeze(x);
  return typeof value === 'object' && value !== null ? Object.freeze(value) : value;
}

/** One memo per owner (a document's context, a vocabulary's matchers), dropped with the owner. */
export class MemoPer<K extends object, V> {
  private readonly memos = new WeakMap<K, Memo<V>>();

  of(owner: K): Memo<V> {
    let memo = this.memos.get(owner);
    if (!memo) {
      memo = new Memo<V>();
      this.memos.set(owner, memo);
    }
    return memo;
  }
}
