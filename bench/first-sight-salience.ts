// `node bench/first-sight-salience.ts [--work DIR] [--list]`: does document-level salience separate the things (Technology,
// Product) the gold records from the ones it does not, at first sight? Reads the probe outputs bench/first-sight.ts left
// in DIR, gives every thing its outcome as bench/first-sight-evidence.ts does (false positive, duplicate, true core, true
// recorded-not-core), reads the document's text (today's goldSource and parseReport) and counts, per outcome, the
// salience evidence each thing has: mentions, how often its head word recurs, whether a measure cue of
// relation-rules.yaml stands before a mention, a heading or the title, a definition, whether every mention is a
// modifier of a following noun, or a list illustration ("such as", "including"), catalog or grammar.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { loadConfig, repoRoot } from '../config.ts';
import { annotatingCommit } from './first-sight-commit.ts';
import { goldSource, loadGoldSet } from '../ingest/reports/evaluate.ts';
import { parseReport } from '../ingest/reports/index.ts';
import { nameKey } from '../ingest/text/clean.ts';
import { hasHan } from '../ingest/text/scripts.ts';

const { values } = parseArgs({ options: { work: { type: 'string', default: '/tmp/first-sight' }, list: { type: 'boolean', default: false } } });
const work = path.resolve(values.work);
const git = (...args: string[]): string => execFileSync('git', ['-C', repoRoot, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });

interface ProbeEntity { id: string; label: string; name: string; surfaces: string[]; rules: string[]; procedural: boolean; mentions: number; heading: number; item: number; quoted: number; related: boolean }
interface ProbeDoc { score: { extracted: number; correct: number; errors: string[] }; entities: ProbeEntity[] }
interface GoldDoc { entities: { name: string; core: boolean; surfaces: string[] }[] }

const norm = (s: string): string => nameKey(s.replace(/[“”]/g, '"')).replace(/^the\s+/, '').replace(/['’]s?$/, '');
const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// The measure cues, from relation-rules.yaml's word classes (expanded as relations.ts does), and the verbs of its rules.
const rules = parse(fs.readFileSync(path.join(repoRoot, 'ingest/reports/relation-rules.yaml'), 'utf8')) as { classes: Record<string, string[]> };
const expand = (p: string): string => p.replace(/<([A-Z_]+)>/g, (_, n: string) => `(?:${rules.classes[n].map(expand).join('|')})`);
const cls = (n: string): string => expand(`<${n}>`);
const CUE = new RegExp(
  `\\b(?:${cls('MEASURE')}|${cls('BAN')}|${cls('WITHDRAW')}|restrict\\w*|regulat\\w*|govern\\w*|list(?:s|ed|ing)?|add(?:s|ed|ing)?\\s+to|designat\\w*|investigat\\w*|control\\w*|${cls('TRADE')}\\s+of)\\b[^.;:]{0,40}$`,
  'i',
);
const CJK_CUE = /(?:禁止|限制|管理|规范|监管|进口|出口|列入|管制)[^。；]{0,12}$/;
const ILLUSTRATION = /\b(?:such\s+as|including|includes|include|e\.g\.|for\s+example|for\s+instance|like)\b[^.;:()]{0,80}$|(?:例如|包括|等)[^。；]{0,20}$/i;
const DEFINITION = (s: string): RegExp => new RegExp(`["“]${esc(s)}["”]\\s*(?:means|refers|is|shall mean|includes)|\\b${esc(s)}\\s+(?:means|refers to|is defined)|(?:defined as|hereinafter)[^.]{0,20}${esc(s)}|\\(["“]${esc(s)}["”]\\)|${esc(s)}[”"]?\\s*是指|是指`, 'i');
// The words after a mention that make it a modifier of a following noun are any lower-case word but these (verbs,
// function words): measured crudely, as a count only.
const NOT_NOUN = new Set('and or but of in on at to for from by with as is are was were be been being has have had will would shall may can could should must that which who whose than then also not no if when while where its their the a an such including like into under over through between among against without within per via this these those it they we he she do does did'.split(' '));

interface Scored { doc: string; e: ProbeEntity; outcome: string; f: Record<string, string>; ctx: string[] }
const scored: Scored[] = [];
const corpus = loadConfig().corpus;
for (const f of fs.readdirSync(work).filter((x) => /^dev\d+\.probe\.json$/.test(x))) {
  const goldFile = `test/gold/recognition-${f.replace('.probe.json', '')}.yaml`;
  const commit = annotatingCommit(goldFile);
  const golds = (parse(git('show', `${commit}:${goldFile}`)) as { documents: Record<string, GoldDoc> }).documents;
  const today = loadGoldSet(path.join(repoRoot, goldFile));
  const text = fs.readFileSync(path.join(work, f), 'utf8');
  // A checkout whose evaluation did not run (first-sight.ts wrote FAILED) has no probe to read.
  if (text.startsWith('FAILED')) continue;
  const probe = JSON.parse(text) as Record<string, ProbeDoc>;
  for (const [doc, p] of Object.entries(probe)) {
    if (!today.documents[doc]) continue;
    const report = parseReport(goldSource(doc, today.documents[doc], corpus));
    const sentences = report.sections.flatMap((s) => [s.heading, ...s.paragraphs.flatMap((pp) => pp.sentences.map((x) => x.text))]).filter(Boolean);
    const all = sentences.join('\n');
    const lower = all.toLowerCase();
    const keys = golds[doc].entities.map((g) => ({ core: g.core, keys: new Set([g.name, ...g.surfaces].map(norm)) }));
    const lineOf = (kind: string, e: ProbeEntity): string => `${kind}: ${e.label} "${e.name}" (${e.surfaces.join(' | ')})`;
    for (const e of p.entities) {
      if (e.label !== 'Technology' && e.label !== 'Product') continue;
      const fp = p.score.errors.some((l) => l === lineOf('false positive', e) || l.startsWith(`${lineOf('false positive', e)} [`));
      const dup = p.score.errors.some((l) => l.startsWith(`${lineOf('duplicate', e)} also names`));
      const match = keys.filter((k) => e.surfaces.some((s) => k.keys.has(norm(s))));
      if (!fp && !dup && e.procedural && !match.some((k) => k.core)) continue;
      const outcome = fp ? 'false' : dup ? 'duplicate' : match.some((k) => k.core) ? 'true core' : 'true not core';
      // Every occurrence of a surface in the text, with the text before it in its sentence and the word after it.
      const occ: { before: string; after: string; sentence: string }[] = [];
      for (const sentence of sentences) {
        for (const s of e.surfaces) {
          const cjk = hasHan(s);
          const re = new RegExp(cjk ? esc(s) : `(?<![\\w-])${esc(s)}(?![\\w-])`, cjk ? 'g' : 'gi');
          for (const m of sentence.matchAll(re)) occ.push({ before: sentence.slice(0, m.index), after: sentence.slice((m.index ?? 0) + m[0].length), sentence });
        }
      }
      const cjk = hasHan(e.name);
      const head = cjk ? e.name.slice(-2) : (e.name.toLowerCase().split(/\s+/).pop() ?? '').replace(/(?:ies)$/, 'y').replace(/(?<=[^s])s$/, '');
      const headCount = cjk ? all.split(head).length - 1 : (lower.match(new RegExp(`(?<![\\w-])${esc(head)}(?:s|es)?(?![\\w-])`, 'g')) ?? []).length;
      const cue = occ.some((o) => (cjk ? CJK_CUE : CUE).test(o.before));
      const illustration = occ.length > 0 && occ.every((o) => ILLUSTRATION.test(o.before));
      const someIllustration = occ.some((o) => ILLUSTRATION.test(o.before));
      const modifier = !cjk && occ.length > 0 && occ.every((o) => /^\s+[a-z][\w-]*/.test(o.after) && !NOT_NOUN.has(o.after.trim().split(/[\s,.;:()]/)[0]) && !/^\s+\w+(?:ed|ing|ly)\b/.test(o.after));
      const definition = occ.some((o) => e.surfaces.some((s) => DEFINITION(s).test(o.sentence)));
      const title = e.surfaces.some((s) => report.title.toLowerCase().includes(s.toLowerCase()));
      const own = e.rules.filter((r) => !r.startsWith('catalog:'));
      scored.push({
        doc,
        e,
        outcome,
        ctx: occ.slice(0, 3).map((o) => `${o.before.slice(-30)}[[${o.sentence.slice(o.before.length, o.sentence.length - o.after.length)}]]${o.after.slice(0, 25)}`),
        f: {
          'found by': own.length === 0 ? 'catalog' : own.length > 1 ? 'several rules' : own[0],
          mentions: e.mentions === 1 ? '1' : e.mentions === 2 ? '2' : '3+',
          'head word in text': headCount <= 1 ? '1' : headCount <= 3 ? '2-3' : '4+',
          'measure cue before a mention': cue ? 'yes' : 'no',
          'in a relation': e.related ? 'yes' : 'no',
          'heading or title': e.heading > 0 || title ? 'yes' : 'no',
          'defined': definition ? 'yes' : 'no',
          'every mention a modifier': modifier ? 'yes' : 'no',
          'illustration': illustration ? 'every mention' : someIllustration ? 'some mention' : 'no',
          'no occurrence found': occ.length === 0 ? 'yes' : 'no',
          case: e.surfaces.some((s) => /^\p{Ll}/u.test(s)) ? 'lower' : cjk ? 'CJK' : 'capitalised',
        },
      });
    }
  }
}

const outcomes = ['false', 'duplicate', 'true core', 'true not core'];
const count = (xs: Scored[], o: string): number => xs.filter((s) => s.outcome === o).length;
console.log(`Things scored at first sight: ${scored.length} (${outcomes.map((o) => `${o} ${count(scored, o)}`).join(', ')})\n`);
console.log(`| feature | value | false | duplicate | true core | true not core |\n| --- | --- | --- | --- | --- | --- |`);
for (const feature of Object.keys(scored[0]?.f ?? {})) {
  const values = [...new Set(scored.map((s) => s.f[feature]))].sort();
  for (const v of values) {
    const xs = scored.filter((s) => s.f[feature] === v);
    console.log(`| ${feature} | ${v} | ${outcomes.map((o) => count(xs, o)).join(' | ')} |`);
  }
}
// Combinations a rule could drop: low salience together.
const combos: [string, (s: Scored) => boolean][] = [
  ['1 mention, no cue, no relation', (s) => s.f.mentions === '1' && s.f['measure cue before a mention'] === 'no' && s.f['in a relation'] === 'no'],
  ['1 mention, no cue, no relation, no heading/definition', (s) => s.f.mentions === '1' && s.f['measure cue before a mention'] === 'no' && s.f['in a relation'] === 'no' && s.f['heading or title'] === 'no' && s.f.defined === 'no'],
  ['... and head word once', (s) => s.f.mentions === '1' && s.f['measure cue before a mention'] === 'no' && s.f['in a relation'] === 'no' && s.f['heading or title'] === 'no' && s.f.defined === 'no' && s.f['head word in text'] === '1'],
  ['... and head word <= 3', (s) => s.f.mentions === '1' && s.f['measure cue before a mention'] === 'no' && s.f['in a relation'] === 'no' && s.f['heading or title'] === 'no' && s.f.defined === 'no' && s.f['head word in text'] !== '4+'],
  ['every mention an illustration', (s) => s.f.illustration === 'every mention'],
  ['every mention an illustration, no relation', (s) => s.f.illustration === 'every mention' && s.f['in a relation'] === 'no'],
  ['every mention a modifier', (s) => s.f['every mention a modifier'] === 'yes'],
  ['every mention a modifier, no relation', (s) => s.f['every mention a modifier'] === 'yes' && s.f['in a relation'] === 'no'],
  ['grammar, 1 mention, no cue, no relation', (s) => s.f['found by'] !== 'catalog' && s.f.mentions === '1' && s.f['measure cue before a mention'] === 'no' && s.f['in a relation'] === 'no'],
  ['catalog, 1 mention, no cue, no relation', (s) => s.f['found by'] === 'catalog' && s.f.mentions === '1' && s.f['measure cue before a mention'] === 'no' && s.f['in a relation'] === 'no'],
];
console.log(`\n| candidate drop | false | duplicate | true core | true not core |\n| --- | --- | --- | --- | --- |`);
for (const [name, test] of combos) {
  const xs = scored.filter(test);
  console.log(`| ${name} | ${outcomes.map((o) => count(xs, o)).join(' | ')} |`);
  if (values.list) for (const s of xs) console.error(`  [${name}] ${s.outcome}: ${s.e.label} "${s.e.name}" ${JSON.stringify(s.e.rules)} (${s.doc})`);
}
if (values.list) for (const s of scored) console.error(`${s.outcome}\t${s.e.name}\t${s.doc}\t${JSON.stringify(s.f)}\t${s.ctx.join(' || ')}`);
