// Aho–Corasick automaton over UTF-16 code units: one pass over a text finds every occurrence of every
// pattern, however many aliases the catalog grows to.
//
// Speed: the trie is built with maps, then compiled into a table of transitions (a DFA: fail links
// resolved in advance) over the code units the patterns use, so each character of a text costs one
// lookup. Its size is states x (distinct code units + 1).

export interface Hit<T> {
  start: number;
  end: number;
  value: T;
}

interface State {
  next: Map<number, number>;
  fail: number;
  out: number[]; // pattern indexes ending here (including via fail links)
}

/** The automaton as a table (see the header). */
interface Compiled {
  /** Code unit -> column (0: a unit no pattern uses, which leads back to the root), up to the highest unit the patterns
   *  use: units above it are column 0 too. Sized so, a small automaton (a document's few names) allocates and clears
   *  a small table, not one of every code unit. */
  column: Int32Array;
  columns: number;
  /** Row per state, column per code unit: the next state. */
  next: Int32Array;
  /** Pattern indexes ending at a state, or undefined. */
  out: (number[] | undefined)[];
}

export class AhoCorasick<T> {
  private readonly states: State[] = [{ next: new Map(), fail: 0, out: [] }];
  private readonly patterns: { length: number; value: T }[] = [];
  private compiled: Compiled | undefined;

  add(pattern: string, value: T): void {
    if (this.compiled) throw new Error('AhoCorasick: add() after build()');
    if (pattern.length === 0) return;
    let s = 0;
    for (let i = 0; i < pattern.length; i++) {
      const c = pattern.charCodeAt(i);
      let n = this.states[s].next.get(c);
      if (n === undefined) {
        n = this.states.length;
        this.states.push({ next: new Map(), fail: 0, out: [] });
        this.states[s].next.set(c, n);
      }
      s = n;
    }
    this.states[s].out.push(this.patterns.length);
    this.patterns.push({ length: pattern.length, value });
  }

  build(): this {
    if (this.compiled) return this;
    const order: number[] = [];
    for (const n of this.states[0].next.values()) order.push(n);
    for (let q = 0; q < order.length; q++) {
      const s = order[q];
      for (const [c, n] of this.states[s].next) {
        let f = this.states[s].fail;
        while (f !== 0 && !this.states[f].next.has(c)) f = this.states[f].fail;
        const target = this.states[f].next.get(c);
        this.states[n].fail = target !== undefined && target !== n ? target : 0;
        this.states[n].out.push(...this.states[this.states[n].fail].out);
        order.push(n);
      }
    }
    this.compiled = this.compile(order);
    return this;
  }

  /** The transition table, row by row in breadth-first order: a state's row is its fail state's
   *  (shallower, so complete) with its own transitions over it. */
  private compile(order: number[]): Compiled {
    let highest = 0;
    for (const st of this.states) for (const unit of st.next.keys()) if (unit > highest) highest = unit;
    const column = new Int32Array(highest + 1);
    let columns = 1;
    for (const st of this.states) for (const unit of st.next.keys()) if (column[unit] === 0) column[unit] = columns++;
    const next = new Int32Array(this.states.length * columns);
    const out: Compiled['out'] = new Array(this.states.length);
    for (const s of [0, ...order]) {
      const st = this.states[s];
      if (s !== 0) next.copyWithin(s * columns, st.fail * columns, st.fail * columns + columns);
      for (const [unit, n] of st.next) next[s * columns + column[unit]] = n;
      if (st.out.length) out[s] = st.out;
    }
    return { column, columns, next, out };
  }

  /** Whether a pattern occurs in `text` (units as for search) where `accept` (if given) takes it: stops at the first,
   *  collects nothing. */
  occursIn(text: string, units?: Uint16Array, accept?: (start: number, value: T) => boolean): boolean {
    const { column, columns, next, out } = this.compiled ?? (this.build().compiled as Compiled);
    if (this.patterns.length === 0) return false;
    let s = 0;
    for (let i = 0; i < text.length; i++) {
      const c = units ? units[text.charCodeAt(i)] : text.charCodeAt(i);
      // A unit past the table reads undefined: column 0, as `| 0` makes it.
      s = next[s * columns + (column[c] | 0)];
      const ending = out[s];
      if (ending === undefined) continue;
      if (!accept) return true;
      for (const p of ending) {
        const { length, value } = this.patterns[p];
        if (accept(i + 1 - length, value)) return true;
      }
    }
    return false;
  }

  /** All (possibly overlapping) occurrences in `text`, in order of end. `units`: a table that maps each
   *  code unit of the text before matching (a length-preserving normalisation without a copy). */
  search(text: string, units?: Uint16Array): Hit<T>[] {
    const { column, columns, next, out } = this.compiled ?? (this.build().compiled as Compiled);
    const hits: Hit<T>[] = [];
    if (this.patterns.length === 0) return hits;
    let s = 0;
    for (let i = 0; i < text.length; i++) {
      const c = units ? units[text.charCodeAt(i)] : text.charCodeAt(i);
      s = next[s * columns + (column[c] | 0)];
      const ending = out[s];
      if (ending === undefined) continue;
      for (const p of ending) {
        const { length, value } = this.patterns[p];
        hits.push({ start: i + 1 - length, end: i + 1, value });
      }
    }
    return hits;
  }
}
