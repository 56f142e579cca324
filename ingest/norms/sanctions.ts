// Sanctions: the clauses by which an authority punishes a breach (由有关主管部门责令改正，给予警告，并处…罚款;
// 可以吊销…; "may impose administrative fines"), and the provisions whose duties they enforce: those the
// sentence cites (违反本法第三十五条规定 / "infringements of Articles 8, 11, 25 to 39"), else those the
// provision cited earlier. A sanction is a POWER of the authority named after 由 (or the one the article
// named before), acting on whoever breached the duty.
import type { Lang } from '../languages/index.ts';
import { expandRange } from '../text/articles.ts';
import { parseChineseNumber } from '../text/numerals.ts';

export interface SanctionSpan {
  /** Offsets in the sentence of the first sanction verb phrase (or of 可以 governing it). */
  start: number;
  end: number;
  /** The sanction words as printed (责令改正, 处五万元以上五十万元以下罚款 …), joined. */
  sanction: string;
  /** The authority phrase after 由, if the sentence names it. */
  authority?: { start: number; end: number; text: string };
  /** The governing modal (可以), when the sanction has one. */
  modal?: string;
}

const ZH_SANCTION = /(?:并处|处)[^，,。；;]{0,40}?(?:罚款|拘留|警告)|责令[^，,。；;]{0,16}?(?:改正|整改|停止|暂停|停业|关闭|退还|消除)|给予[^，,。；;]{0,12}?(?:警告|处分|处罚|处理)|予以(?:警告|处罚|处分|处理|通报批评|查处)|没收(?!的)[^，,。；;]{0,16}|吊销(?!的)[^，,。；;]{0,24}|停业整顿|追究[^，,。；;]{0,8}责任|(?:从轻|减轻|免除|不予)[^，,。；;]{0,12}?处罚/gu;
const ZH_BY = /由([^，,。；;]{2,40}?)(?=会同|协同|依照|依据|按照|根据|责令|给予|处|予以|没收|吊销|依法|决定|对)/gu;
// English sanctions: "may impose administrative fines" (a list point "to impose" is the list's own), or
// "Infringements of … shall … be subject to administrative fines" (the fine's authority left implicit).
const EN_SANCTION = /\b(?:may|shall)\s+(?:also\s+)?impose\s+(?:an?\s+)?(?:administrative\s+)?(?:fines?|penalt(?:y|ies)|sanctions?)\b|\bsubject\s+to\s+(?:an?\s+)?(?:administrative\s+|civil\s+)?(?:fines?|penalt(?:y|ies))\b|\b(?:shall|may)\s+be\s+barred\b/giu;

/** The sanctions of a sentence: one per body it names (由X…，可以由Y…), each with its first verb phrase. */
// A cheap test before the full expressions: most sentences name no sanction verb at all.
const ZH_HINT = /处|责令|给予|予以|没收|吊销|停业|追究/u;

export function findSanctions(sentence: string, lang: Lang): SanctionSpan[] {
  if (lang === 'zh' ? !ZH_HINT.test(sentence) : !/impose|subject to|barred/u.test(sentence)) return [];
  const re = lang === 'zh' ? ZH_SANCTION : EN_SANCTION;
  const found = [...sentence.matchAll(re)];
  if (!found.length) return [];
  // A new 由X starts a new sanction: the ones before it are the previous body's.
  const bys = lang === 'zh' ? [...sentence.matchAll(ZH_BY)] : [];
  const cuts = [0, ...bys.map((b) => b.index ?? 0).filter((i) => i > 0), sentence.length];
  const out: SanctionSpan[] = [];
  for (let c = 0; c + 1 < cuts.length; c++) {
    const [from, to] = [cuts[c] as number, cuts[c + 1] as number];
    const inSeg = found.filter((m) => (m.index ?? 0) >= from && (m.index ?? 0) < to);
    const by = bys.find((b) => (b.index ?? 0) >= from && (b.index ?? 0) < to && (b.index ?? 0) < (inSeg[0]?.index ?? 0));
    if (inSeg.length) out.push(span(sentence, lang, inSeg, by));
  }
  return out;
}

function span(sentence: string, lang: Lang, found: RegExpMatchArray[], by: RegExpMatchArray | undefined): SanctionSpan {
  const first = found[0] as RegExpMatchArray;
  let start = first.index ?? 0;
  let modal: string | undefined;
  const before = sentence.slice(Math.max(0, start - 8), start);
  const mod = /(可以)\s*(?:并)?$/u.exec(before) ?? /^(may|shall)\b/u.exec(first[0]);
  if (mod) {
    modal = mod[1];
    if (lang === 'zh') start -= before.length - (mod.index ?? 0);
  }
  return {
    start,
    end: (first.index ?? 0) + first[0].length,
    sanction: found.map((m) => m[0]).join('；'),
    modal,
    ...(by ? { authority: { start: (by.index ?? 0) + 1, end: (by.index ?? 0) + 1 + (by[1] as string).length, text: by[1] as string } } : {}),
  };
}

const ZH_NUM = '[零〇一二两三四五六七八九十百千]+';
// "本法第二十二条第一款、第二款和第四十八条第一款规定" — the reference list runs from 本法 to 规定.
const ZH_REF_LIST = /(?:违反|不履行|未履行|不依照|未依照)本(?:法|条例|规定|办法)(第[^。；;]*?)(?:规定|的)/gu;
const ZH_RANGE = new RegExp(`第(${ZH_NUM})条(?:第${ZH_NUM}款)?至第(${ZH_NUM})条`, 'gu');
const ZH_ARTICLE = new RegExp(`第(${ZH_NUM})条`, 'gu');
// "Articles 8, 11, 25 to 39 and 42 and 43" / "Article 58(2)"; references to other acts are skipped.
const EN_REF_LIST = /\bArticles?\s+(\d+(?:\(\d+\))?(?:\s*(?:,|and|or|to)\s*\d+(?:\(\d+\))?)*)(?!\s+of\s+(?:Regulation|Directive|Decision))/gu;
const EN_SANCTIONING = /infringements? of the following|subject to administrative fines|shall be subject to[^.]{0,80}fines/iu;

function zhRefs(list: string): number[] {
  // Collected with their positions so ranges and single articles come out in printed order.
  const found: [number, number][] = [];
  const ranges: [number, number][] = [];
  for (const r of list.matchAll(ZH_RANGE)) {
    for (const i of expandRange(parseChineseNumber(r[1] as string), parseChineseNumber(r[2] as string))) found.push([r.index, i]);
    ranges.push([r.index, r.index + r[0].length]);
  }
  for (const x of list.matchAll(ZH_ARTICLE)) {
    if (!ranges.some(([s, e]) => x.index >= s && x.index < e)) found.push([x.index, parseChineseNumber(x[1] as string)]);
  }
  return found.sort((a, b) => a[0] - b[0]).map(([, n]) => n);
}

function enRefs(list: string): number[] {
  const out: number[] = [];
  const nums = [...list.matchAll(/(\d+)(?:\(\d+\))?|\bto\b/gu)].map((x) => x[1] ?? 'to');
  for (let i = 0; i < nums.length; i++) {
    if (nums[i] === 'to' && i > 0 && i + 1 < nums.length) {
      for (const k of expandRange(Number(nums[i - 1]), Number(nums[i + 1])).slice(1, -1)) out.push(k);
    } else if (nums[i] !== 'to') out.push(Number(nums[i]));
  }
  return out;
}

/** Article locators a sentence says are breached (违反本法第X条 / "infringements of Articles …"), in printed order. */
export function breachedArticles(sentence: string, lang: Lang, own: string): string[] {
  if (lang === 'en' && !EN_SANCTIONING.test(sentence)) return [];
  return listedArticles(sentence, lang, own);
}

/** Article locators cited by a point of a sanction's list ("(a) the obligations … pursuant to Articles 8, 11, 25 to 39"). */
export function listedArticles(text: string, lang: Lang, own: string): string[] {
  const nums: number[] = [];
  if (lang === 'zh') for (const x of text.matchAll(ZH_REF_LIST)) nums.push(...zhRefs(x[1] as string));
  else for (const x of text.matchAll(EN_REF_LIST)) nums.push(...enRefs(x[1] as string));
  return [...new Set(nums.map((n) => `art_${n}`))].filter((l) => l !== own);
}
