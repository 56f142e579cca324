// Aho–Corasick automaton over UTF-16 code units: one pass over a text finds every occurrence of every
// pattern, however many aliases the catalog grows to.

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

export class AhoCorasick<T> {
  private readonly states: State[] = [{ next: new Map(), fail: 0, out: [] }];
  private readonly patterns: { length: number; value: T }[] = [];
  private built = false;

  add(pattern: string, value: T): void {
    if (this.built) throw new Error('AhoCorasick: add() after build()');
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
    const queue: number[] = [];
    for (const n of this.states[0].next.values()) queue.push(n);
    while (queue.length) {
      const s = queue.shift() as number;
      for (const [c, n] of this.states[s].next) {
        let f = this.states[s].fail;
        while (f !== 0 && !this.states[f].next.has(c)) f = this.states[f].fail;
        const target = this.states[f].next.get(c);
        this.states[n].fail = target !== undefined && target !== n ? target : 0;
        this.states[n].out.push(...this.states[this.states[n].fail].out);
        queue.push(n);
      }
    }
    this.built = true;
    return this;
  }

  /** All (possibly overlapping) occurrences in `text`. */
  search(text: string): Hit<T>[] {
    if (!this.built) this.build();
    const hits: Hit<T>[] = [];
    let s = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      while (s !== 0 && !this.states[s].next.has(c)) s = this.states[s].fail;
      s = this.states[s].next.get(c) ?? 0;
      for (const p of this.states[s].out) {
        const { length, value } = this.patterns[p];
        hits.push({ start: i + 1 - length, end: i + 1, value });
      }
    }
    return hits;
  }
}
