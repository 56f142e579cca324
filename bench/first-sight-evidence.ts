// `node bench/first-sight-evidence.ts [--work DIR] [--list CLASS]`: does the evidence an entity has separate true from
// false entities at first sight? Reads the probe outputs bench/first-sight.ts left in DIR (DIR/devN.probe.json: each
// development document as the recognizer first read it, with the rules, mentions and relation use of every entity) and
// the gold file as its adding commit had it, gives every scored entity (core kinds, a procedural citation only where
// the gold records it as core, as evaluate.ts scoreDocument counts) its outcome (true, false positive, duplicate, read
// off the checkout's own error lines), and prints precision and counts by evidence class (Markdown). --list CLASS prints
// the entities of one class of the last table.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { repoRoot } from '../config.ts';
import { annotatingCommit } from './first-sight-commit.ts';
import { nameKey } from '../ingest/text/clean.ts';

const { values } = parseArgs({ options: { work: { type: 'string', default: '/tmp/first-sight' }, list: { type: 'string' } } });
const work = path.resolve(values.work);
const git = (...args: string[]): string => execFileSync('git', ['-C', repoRoot, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });

interface ProbeEntity { id: string; label: string; name: string; surfaces: string[]; rules: string[]; procedural: boolean; mentions: number; heading: number; item: number; quoted: number; tentative: boolean; related: boolean }
interface ProbeDoc { score: { extracted: number; correct: number; errors: string[] }; entities: ProbeEntity[] }
interface GoldDoc { entities: { name: string; core: boolean; surfaces: string[] }[] }
interface Scored { doc: string; e: ProbeEntity; outcome: 'true' | 'false positive' | 'duplicate'; core: boolean }

const CORE_LABELS = new Set(['Authority', 'Company', 'Law', 'Jurisdiction', 'Technology', 'Product']);
const norm = (s: string): string => nameKey(s.replace(/[“”]/g, '"')).replace(/^the\s+/, '').replace(/['’]s?$/, '');

const scored: Scored[] = [];
const mismatches: string[] = [];
for (const f of fs.readdirSync(work).filter((x) => /^dev\d+\.probe\.json$/.test(x))) {
  const gold = `test/gold/recognition-${f.replace('.probe.json', '')}.yaml`;
  const commit = annotatingCommit(gold);
  const golds = (parse(git('show', `${commit}:${gold}`)) as { documents: Record<string, GoldDoc> }).documents;
  const text = fs.readFileSync(path.join(work, f), 'utf8');
  // A checkout whose evaluation did not run (first-sight.ts wrote FAILED) has no probe to read.
  if (text.startsWith('FAILED')) continue;
  const probe = JSON.parse(text) as Record<string, ProbeDoc>;
  for (const [doc, p] of Object.entries(probe)) {
    const keys = golds[doc].entities.map((g) => ({ core: g.core, keys: new Set([g.name, ...g.surfaces].map(norm)) }));
    const lineOf = (kind: string, e: ProbeEntity): string => `${kind}: ${e.label} "${e.name}" (${e.surfaces.join(' | ')})`;
    let correct = 0;
    for (const e of p.entities) {
      if (!CORE_LABELS.has(e.label)) continue;
      // Scores from 2026-12-05 on end a false or duplicate entity's line with the rules that made it (" [thing:made]").
      const fp = p.score.errors.some((l) => l === lineOf('false positive', e) || l.startsWith(`${lineOf('false positive', e)} [`));
      const dup = p.score.errors.some((l) => l.startsWith(`${lineOf('duplicate', e)} also names`));
      // A true entity of a core record is one core recall would lose without it (unless another entity also matches it).
      const core = keys.some((k) => k.core && e.surfaces.some((s) => k.keys.has(norm(s))));
      if (!fp && !dup && e.procedural && !core) continue;
      if (!fp && !dup) correct++;
      scored.push({ doc, e, outcome: fp ? 'false positive' : dup ? 'duplicate' : 'true', core: !fp && !dup && core });
    }
    // The outcomes must add up to the checkout's own score of the document.
    const n = scored.filter((s) => s.doc === doc).length;
    if (n !== p.score.extracted || correct !== p.score.correct) mismatches.push(`${doc}: ${correct}/${n} against ${p.score.correct}/${p.score.extracted}`);
  }
}

const kindOf = (e: ProbeEntity): string => (e.label === 'Technology' || e.label === 'Product' ? 'thing' : e.label === 'Jurisdiction' ? 'place' : e.label === 'Authority' ? 'body' : e.label === 'Law' ? 'instrument' : 'company');
const own = (e: ProbeEntity): string[] => e.rules.filter((r) => !r.startsWith('catalog:'));
const ruleOf = (e: ProbeEntity): string => (own(e).length === 0 ? `catalog (${e.rules.map((r) => r.slice(8)).join(', ')})` : own(e).length > 1 ? 'several rules' : own(e)[0]);
const mentionsOf = (e: ProbeEntity): string => (e.mentions === 1 ? '1 mention' : e.mentions === 2 ? '2 mentions' : '3+ mentions');
const placeOf = (e: ProbeEntity): string => (e.heading === e.mentions ? 'headings only' : e.item === e.mentions ? 'list items only' : e.quoted === e.mentions ? 'quoted only' : 'body text');
const relOf = (e: ProbeEntity): string => (e.related ? 'in a relation' : 'no relation');
const lowerThing = (e: ProbeEntity): string => (kindOf(e) !== 'thing' ? kindOf(e) : e.surfaces.some((s) => /^\p{Ll}/u.test(s)) ? 'thing, lower case' : 'thing, capitalised or CJK');

const pct = (a: number, b: number): string => (b === 0 ? '-' : (a / b).toFixed(3));
function table(title: string, keys: ((e: ProbeEntity) => string)[], heads: string[], minimum = 1): void {
  const groups = new Map<string, Scored[]>();
  for (const s of scored) {
    const k = keys.map((f) => f(s.e)).join(' | ');
    groups.set(k, [...(groups.get(k) ?? []), s]);
  }
  console.log(`\n${title}\n\n| ${heads.join(' | ')} | entities | true (core) | false positive | duplicate | precision |\n|${' --- |'.repeat(heads.length + 5)}`);
  for (const [k, items] of [...groups].sort((a, b) => a[0].localeCompare(b[0]) || b[1].length - a[1].length)) {
    if (items.length < minimum) continue;
    const n = (o: string): number => items.filter((s) => s.outcome === o).length;
    console.log(`| ${k} | ${items.length} | ${n('true')} (${items.filter((s) => s.core).length}) | ${n('false positive')} | ${n('duplicate')} | ${pct(n('true'), items.length)} |`);
    if (values.list && k === values.list) for (const s of items) console.error(`  ${s.outcome}: ${s.e.label} "${s.e.name}" ${JSON.stringify(s.e.rules)} m=${s.e.mentions} (${s.doc})`);
  }
}

const all = (o: string): number => scored.filter((s) => s.outcome === o).length;
console.log(`Scored entities at first sight: ${scored.length} (true ${all('true')}, false positive ${all('false positive')}, duplicate ${all('duplicate')}; precision ${pct(all('true'), scored.length)}).${mismatches.length ? ` Outcomes that do not add up to the checkout's score: ${mismatches.join('; ')}` : ' The outcomes add up to every checkout\'s own score.'}`);
table('By kind and each kind of evidence alone:', [lowerThing, mentionsOf], ['kind', 'mentions']);
table('', [lowerThing, relOf], ['kind', 'relation']);
table('', [lowerThing, placeOf], ['kind', 'where it stands']);
table('', [lowerThing, (e) => (own(e).length === 0 ? 'catalog' : 'rule')], ['kind', 'catalog or rule']);
table('Things, and names taken together, by the evidence together:', [(e) => (kindOf(e) === 'thing' ? lowerThing(e) : 'name'), (e) => (own(e).length === 0 ? 'catalog' : own(e).length > 1 ? 'several rules' : 'one rule'), (e) => (e.mentions === 1 ? '1 mention' : '2+ mentions'), relOf], ['kind', 'found by', 'mentions', 'relation']);
table('Entities by rule, mentions and relation use (classes of 3 or more):', [ruleOf, (e) => (e.mentions === 1 ? '1 mention' : '2+ mentions'), relOf], ['rule', 'mentions', 'relation'], 3);
table('Things and names by the rule that found them (all classes):', [kindOf, ruleOf], ['kind', 'rule']);
