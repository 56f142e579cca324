// `node bench/first-sight.ts [--work DIR] [--reuse] [--keep] [--errors]`: what the recognizer got wrong on each
// development document the first time it read it. Every development gold file from the fourth on was added in a commit
// before any rule was changed on it (its head records that first score). For each, this checks the annotating commit (first-sight-commit.ts) out
// into a scratch worktree (DIR/devN, node_modules linked from this tree), runs that checkout's `evaluate.ts --dev`, keeps
// the rows and errors of the documents the file added, and runs bench/first-sight-probe.ts there to learn which rule
// found each entity. The errors are then classed: an entity error by the rule that made it and the kind of phrase, a
// missed entity by whether something overlapping it was found, a relation error by whether its ends were right.
// bench/first-sight-judgements.yaml holds the judgements no script can make (an annotation-convention disagreement,
// the phrase's kind where its label does not tell), matched on the error line. Prints the reproduced scores beside the
// head's first score, the totals and the class table (Markdown); --errors lists every classed error. --reuse reads the
// outputs a previous run left in DIR; --keep leaves the worktrees (removed otherwise).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { z } from 'zod';
import { repoRoot } from '../config.ts';
import { annotatingCommit } from './first-sight-commit.ts';
import { loadData } from '../ingest/data.ts';
import { nameKey } from '../ingest/text/clean.ts';
import { hasHan } from '../ingest/text/scripts.ts';

const { values } = parseArgs({
  options: {
    work: { type: 'string', default: '/tmp/first-sight' },
    reuse: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    errors: { type: 'boolean', default: false },
  },
});
const work = path.resolve(values.work);
const git = (...args: string[]): string => execFileSync('git', ['-C', repoRoot, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });

interface ProbeEntity { id: string; label: string; name: string; surfaces: string[]; rules: string[]; procedural: boolean }
interface DocumentScore { core: number; coreFound: number; extracted: number; correct: number; relations: number; relationsFound: number; relationsExtracted: number; relationsCorrect: number; errors: string[] }
interface ProbeDoc { score: DocumentScore; entities: ProbeEntity[]; relations: { type: string; start: string; end: string; rule?: string }[] }
interface GoldDoc { entities: { name: string; kind: string; core: boolean; surfaces: string[] }[]; relations: { subject: string; predicate: string; object: string }[] }
interface Row { core: [number, number]; precision: [number, number]; relations: [number, number]; relPrecision: [number, number] }
interface Classed { gold: string; doc: string; type: string; cls: string; rule: string; line: string; note?: string; today?: boolean }

const Judgements = z.array(z.strictObject({ gold: z.string(), match: z.string(), class: z.string(), note: z.string() }));
const judgements = loadData(path.join(repoRoot, 'bench', 'first-sight-judgements.yaml'), Judgements);

/** The development gold files from the fourth on, in their numbers' order, with the commit that added each. */
function goldFiles(): { name: string; file: string; commit: string }[] {
  return fs
    .readdirSync(path.join(repoRoot, 'test', 'gold'))
    .flatMap((f) => {
      const n = Number(f.match(/^recognition-dev(\d+)\.yaml$/)?.[1] ?? 0);
      if (n < 4) return [];
      const file = `test/gold/${f}`;
      const commit = annotatingCommit(file);
      return [{ name: `dev${n}`, file, commit, n }];
    })
    .sort((a, b) => a.n - b.n);
}

/** Runs the adding commit's evaluation and the probe in a scratch worktree (or reads what a previous run left): the
 *  evaluation's output, or why it did not run, and the probe's documents, or why it did not run. */
function firstSight(g: { name: string; file: string; commit: string }, docs: string[]): { evaluation: string; probe?: Record<string, ProbeDoc>; failed?: string } {
  const out = path.join(work, `${g.name}.evaluate.txt`);
  const probeOut = path.join(work, `${g.name}.probe.json`);
  const failure = (e: unknown): string => String((e as { stderr?: string }).stderr || e).split('\n').find((l) => /Error/.test(l)) ?? String(e);
  let failed: string | undefined;
  if (!(values.reuse && fs.existsSync(out) && fs.existsSync(probeOut))) {
    const tree = path.join(work, g.name);
    if (!fs.existsSync(tree)) git('worktree', 'add', '--detach', tree, g.commit);
    if (!fs.existsSync(path.join(tree, 'node_modules'))) fs.symlinkSync(path.join(repoRoot, 'node_modules'), path.join(tree, 'node_modules'));
    fs.copyFileSync(path.join(repoRoot, 'bench', 'first-sight-probe.ts'), path.join(tree, 'bench', 'first-sight-probe.ts'));
    const node = path.join(tree, 'node_modules', '.bin', 'node');
    const env = { ...process.env, LAWGRAPH_CORPUS: process.env.LAWGRAPH_CORPUS ?? '/work/shared/corpus' };
    const run = (args: string[], to: string): void => {
      try {
        fs.writeFileSync(to, execFileSync(node, args, { cwd: tree, env, encoding: 'utf8', maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'pipe'] }));
      } catch (e) {
        fs.writeFileSync(to, `FAILED ${failure(e)}`);
      }
    };
    try {
      run(['ingest/reports/evaluate.ts', '--dev'], out);
      // A gold that its own commit's schema rejects (dev40: a note with a comma, unquoted) is read in its next version,
      // the first that loads, and the output says so: the rules stay the annotating commit's.
      for (const later of fs.readFileSync(out, 'utf8').startsWith('FAILED') ? laterVersions(g.file, g.commit) : []) {
        fs.writeFileSync(path.join(tree, g.file), git('show', `${later}:${g.file}`));
        run(['ingest/reports/evaluate.ts', '--dev'], out);
        if (fs.readFileSync(out, 'utf8').startsWith('FAILED')) continue;
        fs.appendFileSync(out, `\n(gold of ${later.slice(0, 7)}: the annotating commit's gold did not load)\n`);
        break;
      }
      run(['bench/first-sight-probe.ts', g.file, ...docs], probeOut);
    } finally {
      if (!values.keep) git('worktree', 'remove', '--force', tree);
    }
  }
  const evaluation = fs.readFileSync(out, 'utf8');
  const probe = fs.readFileSync(probeOut, 'utf8');
  if (evaluation.startsWith('FAILED')) failed = `evaluate.ts --dev: ${evaluation.slice(7)}`;
  if (probe.startsWith('FAILED')) return { evaluation, failed: `${failed ?? ''} probe: ${probe.slice(7)}` };
  return { evaluation, probe: JSON.parse(probe) as Record<string, ProbeDoc>, failed };
}

/** The commits after `commit` that changed `file`, oldest first. */
const laterVersions = (file: string, commit: string): string[] =>
  git('log', '--reverse', '--format=%H', `${commit}..HEAD`, '--', file).trim().split('\n').filter(Boolean);

const frac = (s: string): [number, number] => {
  const m = s.match(/(\d+)\/(\d+)/);
  return m ? [Number(m[1]), Number(m[2])] : [0, 0];
};

/** The document's row of the first ("development", catalog in) table. */
function row(evaluation: string, doc: string): Row | undefined {
  const table = evaluation.split(/^development, catalog withheld$/m)[0];
  const line = table.split('\n').find((l) => l.startsWith(`| ${doc} |`));
  if (!line) return undefined;
  const cells = line.split('|').map((c) => c.trim()).filter(Boolean);
  return { core: frac(cells[1]), precision: frac(cells[2]), relations: frac(cells[4]), relPrecision: frac(cells[5]) };
}

/** The fractions the head's "First score" paragraph gives before its catalog-withheld figures. */
function headFirstScore(file: string): string[] {
  const head = fs.readFileSync(path.join(repoRoot, file), 'utf8').split('\n').filter((l) => l.startsWith('#')).map((l) => l.replace(/^#\s?/, ''));
  const at = head.findIndex((l) => /^First score/.test(l));
  if (at < 0) return [];
  const para = head.slice(at, at + 8).join(' ').split(/catalog withheld|The whole development set|Its errors|Missed:/)[0];
  return [...para.matchAll(/\d+\/\d+/g)].map((m) => m[0]);
}

const norm = (s: string): string => nameKey(s.replace(/[“”]/g, '"')).replace(/^the\s+/, '').replace(/['’]s?$/, '');

/** The kind of phrase an extracted entity is, from its label and how it is written. */
function phraseKind(label: string, surfaces: string[]): string {
  if (label === 'Jurisdiction') return 'place';
  if (label === 'Authority') return 'body';
  if (label === 'Company') return 'company name';
  if (label === 'Law') return 'instrument';
  return surfaces.some((s) => /^\p{Ll}/u.test(s)) ? 'lowercase goods/technology phrase' : hasHan(surfaces[0] ?? '') ? 'Chinese goods/technology phrase' : 'capitalised technology name';
}

/** Classes the errors of one document. */
function classify(gold: string, doc: string, errors: string[], probe: ProbeDoc, goldDoc: GoldDoc): Classed[] {
  const keys = goldDoc.entities.map((g) => new Set([g.name, ...g.surfaces].map(norm)));
  const matches = (e: ProbeEntity): number[] => keys.flatMap((k, i) => (e.surfaces.some((s) => k.has(norm(s))) ? [i] : []));
  const recordOf = (name: string): number => goldDoc.entities.findIndex((g) => g.name === name || g.surfaces.includes(name));
  const recognised = (name: string): boolean => probe.entities.some((e) => matches(e).includes(recordOf(name)));
  const missedNames = new Set(errors.flatMap((e) => e.match(/^missed: \w+ "(.*)"$/)?.[1] ?? []));
  const byName = (label: string, name: string): ProbeEntity | undefined => probe.entities.find((e) => e.label === label && e.name === name);
  const byFullName = new Map(probe.entities.map((e) => [e.name, e]));
  return errors.map((line): Classed => {
    const judged = judgements.find((j) => j.gold === gold && line.includes(j.match));
    const base = { gold, doc, line, ...(judged ? { note: judged.note } : {}) };
    let m = line.match(/^(false positive|duplicate): (\w+) "(.*?)" \((.*?)\)/);
    if (m) {
      const e = byName(m[2], m[3]);
      const rule = e ? e.rules.filter((r) => !r.startsWith('catalog:')).join(', ') || e.rules.join(', ') : '?';
      const kind = phraseKind(m[2], m[4].split(' | '));
      const goods = kind.includes('goods') || kind.includes('technology');
      const auto =
        m[1] === 'duplicate'
          ? goods ? 'variant of a recorded thing kept apart' : `${kind}: a variant of a recorded name kept apart`
          : goods ? (/\s/.test(m[3]) || hasHan(m[3]) ? `generic ${kind} kept` : 'bare generic head kept') : `${kind}: no such entity`;
      return { ...base, type: m[1], rule, cls: judged?.class ?? auto };
    }
    m = line.match(/^missed: (\w+) "(.*)"$/);
    if (m) {
      const g = goldDoc.entities[recordOf(m[2])];
      const surfaces = g ? [g.name, ...g.surfaces].map(norm) : [norm(m[2])];
      // Something extracted that holds a surface of the record or is held by one: the phrase's bounds, not its words.
      const near = probe.entities.find((e) => e.surfaces.some((s) => surfaces.some((k) => k !== norm(s) && (` ${norm(s)} `.includes(` ${k} `) || ` ${k} `.includes(` ${norm(s)} `)))));
      return { ...base, type: 'missed', rule: near ? `${near.rules.join(', ')} ("${near.surfaces[0]}")` : '', cls: judged?.class ?? `${m[1]}, ${near ? 'found with other bounds' : 'not found'}` };
    }
    m = line.match(/^missed relation(?:, [^:]*)?: (.*?) (restricts|bans|regulates|investigates|designates|adds-to-list) (.*)$/);
    if (m) {
      const [subject, object] = [m[1], m[3]];
      const ends = [recognised(subject) ? '' : 'actor', recognised(object) ? '' : 'object'].filter(Boolean);
      const missedEnd = [subject, object].some((n) => missedNames.has(n) || missedNames.has(goldDoc.entities[recordOf(n)]?.name ?? ''));
      const cls = ends.length === 0 ? 'ends found, relation not read' : `${ends.join(' and ')} not recognised${missedEnd ? ' (a missed core entity)' : ' (not core, or matched under another name)'}`;
      return { ...base, type: 'missed relation', rule: '', cls: judged?.class ?? cls };
    }
    m = line.match(/^false relation: (.*?) (RESTRICTS|REGULATES|INVESTIGATES|DESIGNATES|ADDS_TO_LIST) (.*)$/);
    if (m) {
      const [s, o] = [byFullName.get(m[1]), byFullName.get(m[3])];
      const rec = (e: ProbeEntity | undefined): number[] => (e ? matches(e) : []);
      const [sr, or] = [rec(s), rec(o)];
      const rel = probe.relations.find((r) => r.type === m?.[2] && r.start === s?.id && r.end === o?.id);
      const names = (ix: number[]): string[] => ix.map((i) => goldDoc.entities[i].name);
      const stated = goldDoc.relations;
      const cls =
        sr.length === 0 || or.length === 0
          ? `an end is no gold entity (${sr.length === 0 ? 'actor' : 'object'})`
          : stated.some((g) => names(sr).includes(g.subject) && names(or).includes(g.object))
            ? 'right ends, other predicate'
            : stated.some((g) => names(or).includes(g.object))
              ? 'object right, wrong actor'
              : stated.some((g) => names(sr).includes(g.subject))
                ? 'actor right, object not its'
                : 'neither end in a stated relation';
      return { ...base, type: 'false relation', rule: rel?.rule ?? '', cls: judged?.class ?? cls };
    }
    m = line.match(/^mistyped: (\w+) "(.*)" as (.*)$/);
    if (m) return { ...base, type: 'mistyped', rule: '', cls: judged?.class ?? `${m[1]} as ${m[3]}` };
    return { ...base, type: 'other', rule: '', cls: judged?.class ?? line };
  });
}

/** An error line as every format prints it: a missed relation without the stage its class names, an entity error
 *  without the rules evaluate.ts names after it since c0859e6 (" [thing:noun-phrase]"). */
const errorKey = (doc: string, line: string): string =>
  `${doc}: ${line.replace(/^missed relation, [^:]*:/, 'missed relation:').replace(/ \[[^[\]]*\]$/, '').replace(/ \([^()]*: [^()]*\)$/, '')}`;
/** Today's development errors (this tree's evaluate.ts --dev), to tell which first-sight errors are still made. */
const today = new Set(
  execFileSync(path.join(repoRoot, 'node_modules', '.bin', 'node'), [path.join(repoRoot, 'ingest', 'reports', 'evaluate.ts'), '--dev'], { cwd: repoRoot, encoding: 'utf8', maxBuffer: 1 << 28 })
    .split('\n')
    .flatMap((l) => {
      const m = l.match(/^\s*\[dev\] ([^:]+): (.*)$/);
      return m ? [errorKey(m[1], m[2])] : [];
    }),
);
const files = goldFiles();
fs.mkdirSync(work, { recursive: true });
const total: Row = { core: [0, 0], precision: [0, 0], relations: [0, 0], relPrecision: [0, 0] };
const classed: Classed[] = [];
const lines: string[] = ['| file | commit | document | core | precision | relations (precision) | head\'s first score |', '| --- | --- | --- | --- | --- | --- | --- |'];
for (const g of files) {
  const golds = parse(git('show', `${g.commit}:${g.file}`)) as { documents: Record<string, GoldDoc> };
  const docs = Object.keys(golds.documents);
  const run = firstSight(g, docs);
  const head = headFirstScore(g.file);
  if (!run.probe) {
    lines.push(`| ${g.name} | ${g.commit.slice(0, 7)} | (does not run: ${(run.failed ?? '').replace(/\|/g, '/')}) | | | | ${head.join(' ')} |`);
    continue;
  }
  for (const doc of docs) {
    // The checkout's evaluate.ts --dev when it listed the file; else the checkout's own scoring of the document.
    const listed = run.failed ? undefined : row(run.evaluation, doc);
    const s = run.probe[doc].score;
    const r = listed ?? { core: [s.coreFound, s.core], precision: [s.correct, s.extracted], relations: [s.relationsFound, s.relations], relPrecision: [s.relationsCorrect, s.relationsExtracted] };
    for (const k of Object.keys(total) as (keyof Row)[]) total[k] = [total[k][0] + r[k][0], total[k][1] + r[k][1]];
    const mine = [r.core, r.precision, r.relations, r.relPrecision].map((f) => f.join('/'));
    const differ = mine.filter((f, i) => !head.includes(f) && !(i === 3 && r.relPrecision[1] === 0));
    const later = run.evaluation.match(/^\(gold of \w+: .*\)$/m)?.[0] ?? '';
    const how = (listed ? '' : run.failed ? ' (scored by the probe: evaluate.ts did not run)' : ' (scored by the probe: not yet listed in evaluate.ts)') + (later && ` ${later}`);
    lines.push(`| ${g.name} | ${g.commit.slice(0, 7)} | ${doc}${how} | ${mine[0]} | ${mine[1]} | ${mine[2]} (${mine[3]}) | ${differ.length === 0 ? 'matches' : `differs: ${head.join(' ')}`} |`);
    const errors = listed
      ? run.evaluation
          .split(/^development, catalog withheld$/m)
          .slice(1)
          .join('')
          .split('\n')
          .flatMap((l) => l.match(new RegExp(`^\\s*\\[dev\\] ${doc.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: (.*)$`))?.[1] ?? [])
      : s.errors;
    classed.push(...classify(g.name, doc, errors, run.probe[doc], golds.documents[doc]).map((c) => ({ ...c, today: today.has(errorKey(doc, c.line)) })));
  }
}
const pct = ([a, b]: [number, number]): string => `${a}/${b} = ${(b === 0 ? 1 : a / b).toFixed(3)}`;
console.log(lines.join('\n'));
console.log(`\nFirst-sight totals over the documents reproduced: core recall ${pct(total.core)}, precision ${pct(total.precision)}, relations ${pct(total.relations)} (precision ${pct(total.relPrecision)})\n`);
// The class table: each error type's classes, most frequent first, with the rules that made them.
const table: string[] = ['| error | class | count | still made today | rules (count) |', '| --- | --- | --- | --- | --- |'];
const types = ['false positive', 'duplicate', 'mistyped', 'missed', 'false relation', 'missed relation', 'other'];
for (const type of types) {
  const of = classed.filter((c) => c.type === type);
  const classes = [...new Set(of.map((c) => c.cls))].map((cls) => ({ cls, items: of.filter((c) => c.cls === cls) })).sort((a, b) => b.items.length - a.items.length);
  for (const { cls, items } of classes) {
    const rules = new Map<string, number>();
    for (const c of items) if (c.rule && type !== 'missed') rules.set(c.rule, (rules.get(c.rule) ?? 0) + 1);
    const ruleList = [...rules].sort((a, b) => b[1] - a[1]).map(([r, n]) => `${r} (${n})`).join('; ');
    table.push(`| ${type} | ${cls} | ${items.length} | ${items.filter((c) => c.today).length} | ${ruleList} |`);
  }
}
console.log(table.join('\n'));
const count = (type: string): string => `${classed.filter((c) => c.type === type).length} (${classed.filter((c) => c.type === type && c.today).length} still made today)`;
console.log(`\nErrors: ${types.filter((t) => count(t)[0] !== '0').map((t) => `${t} ${count(t)}`).join(', ')}; annotation-convention disagreements among them ${classed.filter((c) => c.cls.startsWith('convention')).length}.`);
if (values.errors) for (const c of classed) console.log(`${c.gold} ${c.doc}: [${c.cls}]${c.today ? ' [today]' : ''}${c.rule ? ` {${c.rule}}` : ''} ${c.line}${c.note ? ` -- ${c.note}` : ''}`);
