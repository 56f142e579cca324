// `node bench/start-ab.ts --a TREE_A --b TREE_B --data DIR --corpus DIR [--rounds 5]`: two trees' `lawgraph up`
// on the same loaded store, spawn to first answer (bench/start.ts), in turns: each round runs A and B once,
// the order alternating, so both see the same load of the shared machine. The store must be loaded already
// (`lawgraph load` with the same corpus); a start that reloads documents is flagged. Prints each start and
// the ranges and medians of A, B and the rounds' B/A.
import { parseArgs } from 'node:util';
import { measureStart } from './start.ts';

const { values } = parseArgs({
  options: { a: { type: 'string' }, b: { type: 'string' }, data: { type: 'string' }, corpus: { type: 'string' }, rounds: { type: 'string', default: '5' } },
});
if (!values.a || !values.b || !values.data || !values.corpus) {
  throw new Error('usage: node bench/start-ab.ts --a TREE --b TREE --data DIR --corpus DIR [--rounds 5]');
}
const env = { ...process.env, LAWGRAPH_DATA: values.data, LAWGRAPH_CORPUS: values.corpus, NEO4J_URI: '' };
const trees = { A: values.a, B: values.b };
const ms: Record<'A' | 'B', number[]> = { A: [], B: [] };
const ratios: number[] = [];
const s = (x: number) => (x / 1000).toFixed(2);
for (let round = 1; round <= Number(values.rounds); round++) {
  const order: ('A' | 'B')[] = round % 2 ? ['A', 'B'] : ['B', 'A'];
  for (const side of order) {
    const r = await measureStart(env, 300_000, trees[side]);
    ms[side].push(r.ms);
    console.log(`round ${round} ${side}: ${s(r.ms)} s${r.reloaded ? ` (reloaded ${r.reloaded} documents: not a loaded store's start)` : ''}`);
  }
  ratios.push(ms.B.at(-1)! / ms.A.at(-1)!);
}
const median = (xs: number[]) => {
  const sorted = [...xs].sort((x, y) => x - y);
  const m = sorted.length >> 1;
  return sorted.length % 2 ? sorted[m]! : (sorted[m - 1]! + sorted[m]!) / 2;
};
const range = (xs: number[], f: (x: number) => string) => `median ${f(median(xs))} (${f(Math.min(...xs))}-${f(Math.max(...xs))})`;
console.log(`A ${values.a}: ${range(ms.A, s)} s`);
console.log(`B ${values.b}: ${range(ms.B, s)} s`);
console.log(`B/A per round: ${range(ratios, (x) => x.toFixed(3))}`);
