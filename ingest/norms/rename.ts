// Does the reading of authorities generalise beyond the organs the vocabulary knows? For each
// (norm, role, authority) triple of the development gold that the reader gets right, the organ's printed
// term is replaced in the provision's text by organ names of the same structure that no statute or
// vocabulary uses ("the Northern Fisheries Inspectorate", 省级林草主管部门), the provision is read again,
// and the triple survives when the renamed organ is found in the same role. Only the development sets
// are read (`--dev` is required: the evaluation set is not renamed, looked at or tuned on).
// Usage: node ingest/norms/rename.ts --dev [--errors]
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Lang } from '../languages/index.ts';
import { escapeRegExp } from '../text/clean.ts';
import { defaultVocabulary, type Vocabulary } from '../vocab/index.ts';
import { corpusStatutes, type GoldSetFile, loadGoldSet, predicted, type Statutes, termsOf } from './evaluate.ts';
import { extractNorms, type NormContext, normContext } from './extract.ts';
import { grammarOf } from './grammar.ts';
import { emptyScores, type GoldItem, type GoldNorm, scoreItem } from './score.ts';

export const DEV_SETS: GoldSetFile[] = ['norms-dev.yaml', 'norms-dev2.yaml', 'norms-dev3.yaml', 'norms-dev4.yaml', 'norms-dev5.yaml', 'norms-dev6.yaml'];

/** Unseen organ names by structure: English "<Adjective> <Domain> <Head>", Chinese level + domain + head. */
const EN = {
  adjectives: ['Northern', 'Federal', 'Coastal'],
  domains: ['Fisheries', 'Lighthouse', 'Seed Quality'],
  heads: ['Authority', 'Agency', 'Office', 'Board', 'Commission', 'Centre', 'Body', 'Council', 'Coordinator', 'Service', 'Inspectorate'],
};
const ZH = {
  levels: ['国务院', '省级人民政府', '县级以上地方人民政府'],
  domains: ['林草', '气象', '渔政'],
  heads: ['主管部门', '管理机构', '局'],
};

const plural = (head: string): string => (head.endsWith('y') ? `${head.slice(0, -1)}ies` : `${head}s`);

/** The names a triple's organ is renamed to: every head once, level/adjective and domain rotating. */
export function unseenNames(lang: Lang, seed: number, isPlural = false): string[] {
  if (lang === 'zh') return ZH.heads.map((h, i) => `${ZH.levels[(seed + i) % 3]}${ZH.domains[(seed + 2 * i) % 3]}${h}`);
  return EN.heads.map((h, i) => `${EN.adjectives[(seed + i) % 3]} ${EN.domains[(seed + 2 * i) % 3]} ${isPlural ? plural(h) : h}`);
}

const DETERMINER = '(?:the|its|their|each|every|any|a|an|all|such|The|Its|Their|Each|Every|Any|A|An|All|Such)';

/** The provision's text with the organ's printed term replaced by `name` (English: with its article). */
export function substitute(text: string, term: string, name: string, lang: Lang): string {
  if (lang === 'zh') return text.replaceAll(term, name);
  const bare = term.replace(/^(?:the|a|an)\s+/iu, '');
  const re = new RegExp(`(?:\\b(${DETERMINER})\\s+)?\\b${escapeRegExp(bare)}\\b`, 'gu');
  return text.replace(re, (_all, det: string | undefined, offset: number) => {
    if (det) return `${det} ${name}`;
    const opensSentence = offset === 0 || /[.;:]\s*$|^\s*$|\n\s*(?:\(?[a-z0-9]+[.)])?\s*$/u.test(text.slice(Math.max(0, offset - 8), offset));
    return `${opensSentence ? 'The' : 'the'} ${name}`;
  });
}

interface Triple {
  item: GoldItem;
  norm: GoldNorm;
  authority: NonNullable<GoldNorm['authority']>[number];
}

/** The item reduced to one scored triple (other norms keep their modality and bearer, no authorities). */
function only(t: Triple, rename?: { from: string; to: string }): GoldItem {
  const swap = (s: string | null) => (s && rename && s === rename.from ? rename.to : s);
  return {
    ...t.item,
    norms: t.item.norms.map((g) => (g === t.norm ? { ...g, bearer: swap(g.bearer), authority: [{ ...t.authority, term: swap(t.authority.term) as string }] } : { ...g, authority: [] })),
  };
}

export interface Survival {
  lang: Lang;
  /** Triples read right on the original text, and renamed (each with every head). */
  triples: number;
  /** Triples whose term is not printed in the provision (carried from elsewhere) or names a state: not renamed. */
  skipped: number;
  trials: number;
  survived: number;
  /** Per head: trials and survivals. */
  byHead: Map<string, { trials: number; survived: number }>;
  failures: string[];
}

function isState(term: string, lang: Lang): boolean {
  const g = grammarOf(lang);
  const bare = term.replace(/^(?:the|each|all)\s+/iu, '');
  return g.heads.some((h) => h.kind === 'state' && (lang === 'zh' ? bare === h.text : bare.toLowerCase() === h.text.toLowerCase()));
}

export function measureSurvival(files: GoldSetFile[], statutes: Statutes, vocab: Vocabulary = defaultVocabulary()): Survival[] {
  const out = new Map<Lang, Survival>();
  const ctxs = new Map<string, NormContext>();
  let seed = 0;
  for (const file of files) {
    for (const item of loadGoldSet(file).items) {
      const lang = statutes.languageOf(item.document);
      const ctx = ctxs.get(item.document) ?? normContext(statutes.provisionsOf(item.document), lang, vocab, statutes.jurisdictionOf(item.document));
      ctxs.set(item.document, ctx);
      const terms = termsOf(vocab, lang);
      const p = statutes.provision(item.document, item.locator);
      const survival: Survival = out.get(lang) ?? { lang, triples: 0, skipped: 0, trials: 0, survived: 0, byHead: new Map(), failures: [] };
      out.set(lang, survival);
      // A provision that defines terms (A和B（以下统称X）) defines them by the names printed in it: renamed, the
      // statute is read again with it, so that its definitions name the renamed organs.
      const defines = ctx.definitions.some((d) => d.locator === p.locator);
      const readIn = (text: string) => (defines && text !== p.text ? normContext(statutes.provisionsOf(item.document).map((q) => (q.locator === p.locator ? { ...q, text } : q)), lang, vocab, statutes.jurisdictionOf(item.document)) : ctx);
      const found = (gold: GoldItem, text: string) => {
        const s = emptyScores();
        scoreItem(s, gold, text, lang, extractNorms({ ...p, text }, lang, readIn(text)).map(predicted), terms);
        return s.authority.matched === 1;
      };
      for (const norm of item.norms) {
        if (norm.optional) continue;
        for (const authority of norm.authority ?? []) {
          if (authority.role !== 'EMPOWERS' && authority.role !== 'OWED_TO') continue;
          const t: Triple = { item, norm, authority };
          if (!found(only(t), p.text)) continue;
          const probe = substitute(p.text, authority.term, '\uE000', lang);
          if (isState(authority.term, lang) || !probe.includes('\uE000')) {
            survival.skipped++;
            continue;
          }
          survival.triples++;
          const isPlural = lang === 'en' && /(?:ies|[^s]s)$/u.test(authority.term);
          for (const name of unseenNames(lang, seed++, isPlural)) {
            const head = lang === 'zh' ? (ZH.heads.find((h) => name.endsWith(h)) as string) : (name.split(' ').at(-1) as string);
            const byHead = survival.byHead.get(head) ?? { trials: 0, survived: 0 };
            survival.byHead.set(head, byHead);
            // Units are numbered on the renamed text: it keeps the original's sentences and clauses.
            const ok = found(only(t, { from: authority.term, to: name }), substitute(p.text, authority.term, name, lang));
            survival.trials++;
            byHead.trials++;
            if (ok) {
              survival.survived++;
              byHead.survived++;
            } else survival.failures.push(`${item.document} ${item.locator} unit ${norm.unit}: ${authority.role} ${authority.term} -> ${name}`);
          }
        }
      }
    }
  }
  return [...out.values()].sort((a, b) => a.lang.localeCompare(b.lang));
}

const f3 = (x: number): string => x.toFixed(3);

/** A markdown table of the survival per language (and per head). */
export function renderSurvival(rows: Survival[]): string {
  return [
    '| language | triples renamed | not renamed | trials | surviving |',
    '| --- | --- | --- | --- | --- |',
    ...rows.map((r) => `| ${r.lang} | ${r.triples} | ${r.skipped} | ${r.trials} | ${f3(r.trials ? r.survived / r.trials : 1)} (${r.survived}/${r.trials}) |`),
    '',
    ...rows.flatMap((r) => [`${r.lang} by head: ${[...r.byHead].map(([h, c]) => `${h} ${f3(c.survived / c.trials)}`).join(', ')}`, '']),
  ].join('\n');
}

async function main(): Promise<void> {
  if (!process.argv.includes('--dev')) throw new Error('usage: node ingest/norms/rename.ts --dev [--errors] (development sets only)');
  const rows = measureSurvival(DEV_SETS, corpusStatutes());
  console.log(renderSurvival(rows));
  if (process.argv.includes('--errors')) for (const r of rows) for (const f of r.failures) console.log(`- ${f}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
