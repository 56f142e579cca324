// The vocabularies compiled into regular expressions for one language. Surface forms of actors,
// authorities and data categories are literals (longest match wins, so 个人信息处理者 is an actor and
// not the data category 个人信息); actions and modal markers are regular expressions.
import type { Lang, MarkerModality, Vocabulary } from '../vocab/index.ts';

export type MentionKind = 'actor' | 'authority' | 'data';

export interface Mention {
  kind: MentionKind;
  id: string;
  start: number;
  end: number;
}

export interface Marker {
  /** `POWER` only for markers that are powers by themselves ("shall have the power to"). */
  modality: MarkerModality | 'POWER';
  start: number;
  end: number;
  text: string;
}

interface Literal {
  kind: MentionKind;
  id: string;
  re: RegExp;
}

export interface Matchers {
  lang: Lang;
  vocab: Vocabulary;
  mentions(text: string): Mention[];
  markers(text: string): Marker[];
  actions(text: string): string[];
  powerVerb(text: string): boolean;
  exceptions(text: string): { start: number; end: number; text: string }[];
  conditions(text: string): string[];
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** English literals match on word boundaries, with a capital or small first letter. */
function literal(form: string, lang: Lang): RegExp {
  if (lang === 'zh') return new RegExp(escapeRegExp(form), 'gu');
  const first = form[0] ?? '';
  const head = /[a-z]/i.test(first) ? `[${first.toLowerCase()}${first.toUpperCase()}]` : escapeRegExp(first);
  return new RegExp(`(?<![A-Za-z])${head}${escapeRegExp(form.slice(1))}(?![A-Za-z])`, 'gu');
}

function regex(source: string, lang: Lang, caseSensitive = false): RegExp {
  return lang === 'zh' ? new RegExp(source, 'gu') : new RegExp(`(?<![A-Za-z])(?:${source})(?![A-Za-z])`, caseSensitive ? 'gu' : 'giu');
}

function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  re.lastIndex = 0;
  return [...text.matchAll(re)];
}

/** Greedy non-overlapping selection: higher rank first, then longer, then earlier. */
function selectNonOverlapping<T extends { start: number; end: number }>(items: T[], rank: (t: T) => number): T[] {
  const sorted = [...items].sort((a, b) => rank(a) - rank(b) || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken: T[] = [];
  for (const it of sorted) if (!taken.some((t) => it.start < t.end && t.start < it.end)) taken.push(it);
  return taken.sort((a, b) => a.start - b.start);
}

const cache = new Map<string, Matchers>();

export function matchersFor(vocab: Vocabulary, lang: Lang): Matchers {
  const key = `${vocab.dir}#${lang}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const literals: Literal[] = [];
  const add = (kind: MentionKind, list: { id: string; patterns: { zh: string[]; en: string[] } }[]) => {
    for (const e of list) for (const f of e.patterns[lang]) literals.push({ kind, id: e.id, re: literal(f, lang) });
  };
  add('actor', vocab.actors);
  add('authority', vocab.authorities);
  add('data', vocab.dataCategories);

  const m = vocab.modalities;
  const markerRes: { modality: MarkerModality | 'POWER'; re: RegExp }[] = [
    // Modal verbs are lower case in legal English; case-sensitive so that "25 May 2018" is no permission.
    ...m.power.direct[lang].map((s) => ({ modality: 'POWER' as const, re: regex(s, lang, true) })),
    ...m.precedence.flatMap((mod) => m.markers[mod][lang].map((s) => ({ modality: mod, re: regex(s, lang, true) }))),
  ];
  const rankOf = (mod: MarkerModality | 'POWER'): number => (mod === 'POWER' ? -1 : m.precedence.indexOf(mod));
  const nn = m.nonNormative[lang];
  const before = nn.before.length ? new RegExp(`(?:^|[^A-Za-z])(?:${nn.before.map(escapeRegExp).join('|')})\\s*$`, 'iu') : undefined;
  const after = nn.after.length ? new RegExp(`^\\s*(?:${nn.after.map(escapeRegExp).join('|')})(?![A-Za-z])`, 'iu') : undefined;
  const actionRes = vocab.actions.map((a) => ({ id: a.id, res: a.patterns[lang].map((s) => regex(s, lang)) }));
  const verbRes = m.power.verbs[lang].map((s) => regex(s, lang));
  const exceptionRes = m.exceptions[lang].map((s) => regex(s, lang));
  const conditionRes = m.conditions[lang].map((s) => regex(s, lang));

  const matchers: Matchers = {
    lang,
    vocab,
    mentions(text) {
      const found: Mention[] = [];
      for (const l of literals) for (const x of allMatches(l.re, text)) found.push({ kind: l.kind, id: l.id, start: x.index, end: x.index + x[0].length });
      return selectNonOverlapping(found, () => 0);
    },
    markers(text) {
      const found: Marker[] = [];
      for (const { modality, re } of markerRes) {
        for (const x of allMatches(re, text)) found.push({ modality, start: x.index, end: x.index + x[0].length, text: x[0] });
      }
      return selectNonOverlapping(found, (k) => rankOf(k.modality)).filter(
        (k) => !(before?.test(text.slice(Math.max(0, k.start - 20), k.start)) || after?.test(text.slice(k.end))),
      );
    },
    actions(text) {
      return actionRes.filter((a) => a.res.some((re) => allMatches(re, text).length > 0)).map((a) => a.id);
    },
    powerVerb(text) {
      return verbRes.some((re) => allMatches(re, text).length > 0);
    },
    exceptions(text) {
      return selectNonOverlapping(
        exceptionRes.flatMap((re) => allMatches(re, text).map((x) => ({ start: x.index, end: x.index + x[0].length, text: x[0] }))),
        () => 0,
      );
    },
    conditions(text) {
      const spans = selectNonOverlapping(
        conditionRes.flatMap((re) => allMatches(re, text).map((x) => ({ start: x.index, end: x.index + x[0].length, text: x[0].trim() }))),
        () => 0,
      );
      return spans.map((s) => s.text);
    },
  };
  cache.set(key, matchers);
  return matchers;
}
