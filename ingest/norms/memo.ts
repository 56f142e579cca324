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

/** A one-argument reading that remembers its answers. */
export function remembered<V>(read: (text: string) => V): (text: string) => V {
  const memo = new Memo<V>();
  return (text) => memo.get(text, () => read(text));
}

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
