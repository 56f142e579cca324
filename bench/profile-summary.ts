// `node bench/profile-summary.ts <file.cpuprofile> [--root extractFile] [--top 25]`: reads a V8 CPU profile
// (node --cpu-prof, e.g. of bench/extract-only.ts's worker) and prints, over the samples whose stack holds the
// root function (every sample with --root -): the share of time by stage family (the innermost ingest module
// of the stack decides; first-use data loading apart), in compiled regular expressions (V8 names their code
// "RegExp: <source>": time spent inside them, by the calling function), and the top functions by self and by
// inclusive time. Shares, not times: the profile's sampling says where, extract-only's CPU figure how much.
// Profile from the start (--cpu-prof): code compiled before a profiler started mid-run (inspector) is not named,
// and its regular expressions' time then counts as their callers' own.
import fs from 'node:fs';
import { parseArgs } from 'node:util';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

const { values, positionals } = parseArgs({ allowPositionals: true, options: { root: { type: 'string', default: 'extractFile' }, top: { type: 'string', default: '25' } } });
if (positionals.length !== 1) throw new Error('usage: node bench/profile-summary.ts <file.cpuprofile> [--root extractFile] [--top 25]');
const profile = JSON.parse(fs.readFileSync(positionals[0] as string, 'utf8')) as { nodes: ProfileNode[]; samples: number[] };
const top = Number(values.top);

const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const hits = new Map<number, number>();
for (const s of profile.samples) hits.set(s, (hits.get(s) ?? 0) + 1);

const file = (url: string): string => url.replace(/^file:\/\/.*?\/(?=(ingest|bench|graph|api|node_modules)\/)/, '');
const where = (n: ProfileNode): string => `${n.callFrame.functionName || '(anonymous)'} ${file(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`;

/** Stage families by module path, the first match wins. */
const FAMILIES: [RegExp, string][] = [
  [/^ingest\/emit\.ts$/, 'records (emit.ts)'],
  [/^ingest\/norms\//, 'norms'],
  [/^ingest\/recognize\//, 'recognition'],
  [/^ingest\/reports\/(relations|zh-relations|clauses|voice|passives|zh-anaphora|body-nouns|assertion-free)/, 'relations'],
  [/^ingest\/reports\//, 'report parsing and records'],
  [/^ingest\/statutes\/(records|named|cross-references)/, 'statute records and cross-references'],
  [/^ingest\/statutes\//, 'statute parsing'],
  [/^ingest\/(text|languages)\//, 'sentences and text'],
  [/^ingest\//, 'ingest, other'],
];
/** Data files read, validated and compiled on first use (YAML, zod, regex checks, automata, indexes). */
const LOADING = /^(load[A-Z]\w*|parseData|readText|catalogIndex|buildIndex|grammar|grammarOf|matchersFor|unitTables)$/;

const family = new Map<string, number>();
const self = new Map<string, number>();
const inclusive = new Map<string, number>();
const regexByCaller = new Map<string, number>();
let total = 0;
let regex = 0;
const add = (m: Map<string, number>, k: string, c: number) => m.set(k, (m.get(k) ?? 0) + c);
for (const [id, count] of hits) {
  const stack: ProfileNode[] = [];
  for (let x: number | undefined = id; x !== undefined; x = parent.get(x)) stack.push(byId.get(x) as ProfileNode);
  if (values.root !== '-' && !stack.some((n) => n.callFrame.functionName === values.root)) continue;
  total += count;
  const leaf = stack[0] as ProfileNode;
  add(self, where(leaf), count);
  const seen = new Set<string>();
  for (const n of stack) {
    const k = where(n);
    if (!seen.has(k)) add(inclusive, k, count);
    seen.add(k);
  }
  if (leaf.callFrame.functionName.startsWith('RegExp:')) {
    regex += count;
    const caller = stack.find((n) => n.callFrame.url);
    add(regexByCaller, caller ? where(caller) : '(none)', count);
  }
  let fam: string | undefined;
  if (stack.some((n) => LOADING.test(n.callFrame.functionName) && file(n.callFrame.url).startsWith('ingest/'))) fam = 'data loading on first use';
  for (const n of stack) {
    if (fam) break;
    fam = FAMILIES.find(([re]) => re.test(file(n.callFrame.url)))?.[1];
  }
  add(family, fam ?? 'other (node, libraries)', count);
}

const pct = (n: number): string => `${((100 * n) / total).toFixed(1).padStart(5)}%`;
const show = (title: string, m: Map<string, number>, n = top): void => {
  console.log(`\n${title}`);
  for (const [k, v] of [...m].sort((a, b) => b[1] - a[1]).slice(0, n)) console.log(`${pct(v)}  ${k.length > 160 ? `${k.slice(0, 160)}…` : k}`);
};
console.log(`${total} samples under ${values.root === '-' ? 'the whole profile' : values.root}; inside compiled regular expressions: ${pct(regex).trim()}`);
show('By stage family (innermost ingest module):', family);
show('Regular expression time by calling function:', regexByCaller, 10);
show('Self time by function:', self);
show('Inclusive time by function:', inclusive);
