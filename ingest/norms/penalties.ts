// Penalty provisions: which provisions does a liability article sanction? Read from its explicit
// references (违反本法第二十二条第一款、第四十一条至第四十三条规定的… / "infringements of … Articles 8,
// 11, 25 to 39 … shall be subject to administrative fines"). Articles that sanction "本法规定" in
// general are recognised as penalty provisions but sanction no locator.
import type { Provision } from '../model.ts';
import type { Lang } from '../vocab/index.ts';
import { expandRange } from '../text/articles.ts';
import { parseChineseNumber } from '../text/numerals.ts';
import { LANGUAGES } from '../languages/index.ts';
import { splitSentences } from '../text/sentences.ts';

export interface PenaltyFinding {
  /** The penalty provision. */
  locator: string;
  /** Provisions it sanctions (`art_37`), in order of first mention. */
  sanctions: string[];
  /** The sentence that states the sanction, verbatim, with offsets into the provision text. */
  quote: string;
  start: number;
  end: number;
}

const ZH_SANCTION = /(处[^。；;]{0,40}(罚款|拘留|警告)|责令改正|追究刑事责任|给予处分|吊销[^。；;]{0,10}(许可证|营业执照)|没收违法所得|予以警告)/u;
const ZH_LIABILITY_CHAPTER = /法律责任/u;
// An English paragraph sanctions the articles it lists only when it says so; elsewhere in a penalty
// article (e.g. the factors of GDPR Art. 83(2)) article numbers are not what is sanctioned.
const EN_SANCTIONING = /infringements? of the following|subject to administrative fines|shall be subject to[^.]{0,80}fines/iu;

/** A liability article: in a 法律责任 chapter or stating a sanction for breaking the act. */
export function isPenaltyProvision(p: Provision, lang: Lang): boolean {
  // Asked by the extractor and by detectPenalties for every provision: answered once per provision.
  const known = penaltyMemo.get(p);
  if (known && known.lang === lang && known.text === p.text && known.chapter === p.chapter) return known.value;
  const value = penaltyTest(p, lang);
  penaltyMemo.set(p, { lang, text: p.text, chapter: p.chapter, value });
  return value;
}

const penaltyMemo = new WeakMap<Provision, { lang: Lang; text: string; chapter: string | undefined; value: boolean }>();

function penaltyTest(p: Provision, lang: Lang): boolean {
  // Liability chapters also hold powers (DSL Art. 44: 约谈 and rectification), so a sanction word is required.
  if (lang === 'zh') return ZH_SANCTION.test(p.text) && ((p.chapter !== undefined && ZH_LIABILITY_CHAPTER.test(p.chapter)) || /违反本法|不履行本法/u.test(p.text));
  // A list of powers may mention fines (GDPR Art. 58(2)(i)); a penalty article says what is subject to them.
  return EN_SANCTIONING.test(p.text);
}

const ZH_NUM = '[零〇一二两三四五六七八九十百千]+';
// "本法第二十二条第一款、第二款和第四十八条第一款规定" — the reference list runs from 本法 to 规定.
const ZH_REF_LIST = /(?:违反|不履行|未履行)本法(第[^。；;]*?)(?:规定|的)/gu;
const ZH_RANGE = new RegExp(`第(${ZH_NUM})条(?:第${ZH_NUM}款)?至第(${ZH_NUM})条`, 'gu');
const ZH_ARTICLE = new RegExp(`第(${ZH_NUM})条`, 'gu');

function zhRefs(list: string): number[] {
  // Collected with their positions so ranges and single articles come out in printed order.
  const found: [number, number][] = [];
  const ranges: [number, number][] = [];
  for (const r of list.matchAll(ZH_RANGE)) {
    const a = parseChineseNumber(r[1] as string);
    const b = parseChineseNumber(r[2] as string);
    for (const i of expandRange(a, b)) found.push([r.index, i]);
    ranges.push([r.index, r.index + r[0].length]);
  }
  for (const x of list.matchAll(ZH_ARTICLE)) {
    if (!ranges.some(([s, e]) => x.index >= s && x.index < e)) found.push([x.index, parseChineseNumber(x[1] as string)]);
  }
  return found.sort((a, b) => a[0] - b[0]).map(([, n]) => n);
}

// "Articles 8, 11, 25 to 39 and 42 and 43" / "Article 58(2)"; references to other acts are skipped.
const EN_REF_LIST = /\bArticles?\s+(\d+(?:\(\d+\))?(?:\s*(?:,|and|or|to)\s*\d+(?:\(\d+\))?)*)(?!\s+of\s+(?:Regulation|Directive|Decision))/gu;

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


/** Penalty findings of one provision: one per sentence that names what it sanctions. */
export function detectPenalties(p: Provision, lang: Lang): PenaltyFinding[] {
  if (!isPenaltyProvision(p, lang)) return [];
  const parts = p.paragraphs.length ? p.paragraphs.map((q) => ({ start: q.start, text: q.text })) : [{ start: 0, text: p.text }];
  const out: PenaltyFinding[] = [];
  for (const part of parts) {
    if (lang === 'en' && !EN_SANCTIONING.test(part.text)) continue;
    for (const s of splitSentences(part.text, LANGUAGES[lang], { dropLabels: true })) {
      const nums: number[] = [];
      if (lang === 'zh') for (const x of s.text.matchAll(ZH_REF_LIST)) nums.push(...zhRefs(x[1] as string));
      else for (const x of s.text.matchAll(EN_REF_LIST)) nums.push(...enRefs(x[1] as string));
      const sanctions = [...new Set(nums.map((n) => `art_${n}`))].filter((l) => l !== p.locator);
      if (sanctions.length) out.push({ locator: p.locator, sanctions, quote: s.text, start: part.start + s.start, end: part.start + s.end });
    }
  }
  return out;
}
