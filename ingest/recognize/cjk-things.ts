// Chinese product categories by their head (grammar/things.yaml `cjk-heads`): 无人机飞行控制器, 红外热成像模组,
// 机载激光雷达. Chinese has no spaces: the name starts right after a clause's start, a conjunction, a preposition or
// a verb of trade (供应 and 提供 too: "停止向甲公司供应车规级芯片"), and none of its characters is a function word, so "对无人机飞行控制器、红外热成像模组和机载激光雷达
// 实施出口管制" gives three names and "具有明显的军民两用属性" none.
import { anyOf, listOf } from './any-of.ts';
import type { Found } from './found.ts';
import { cjkItemMarkers, grammar } from './grammar.ts';
import { hasHan } from '../text/scripts.ts';

// Verbs of measures and of dealing with goods (限制车载无人机: 'restrict vehicle-mounted drones'; 禁止, 管制, 审查, 调查, 制裁,
// 列入, 纳入, 拆除, 更换, 淘汰, 部署, 安装, 进口 as above; 划设, 划定 of laying out where goods may go: 划设无人机飞行空域; 负责,
// 加强, 强化 of taking charge of their management: 负责无人机的监督管理; 要求, 责令, 督促 of directing someone: 要求无人机生产企业
// 'requires drone makers'): a name starts after one and holds none, as after a verb of trade.
const MEASURE_VERBS = '规范|限制|禁止|禁用|管制|管控|审查|调查|制裁|列入|纳入|拆除|更换|替换|淘汰|部署|安装|监管|认证|许可|封锁|打压|划设|划定|负责|加强|强化|要求|责令|督促';
// A quantifier (部分, 一些, 若干, 多种, 各类 ...: '对部分无人机专用航空发动机实施出口管制', 'some drone engines') says how many of the
// goods, no kind of them: a name starts after it, as after a preposition.
// Prepositions of two characters ('around', 'against', 'about', 'through', 'according to', 'by means of', 'relying on', 'based
// on': 围绕无人机, 通过通信基站中继, 依托无人机平台): a name starts after one and holds none.
const PREPOSITIONS = '围绕|针对|关于|通过|经由|按照|依照|依据|根据|利用|借助|依法|依托|凭借|基于';
// Verbs of promoting, organising and carrying out activities (促进无人机产业发展, 宣传…, 组织无人机飞行, 开展…): goods are
// their object, a name starts after one and holds none, as after a verb of measure.
const ACTIVITY_VERBS = '促进|推动|发展|支持|鼓励|宣传|组织|开展|实施|操控|运营';
// Verbs of occurrence (发生X被盗的情形: 'where X is stolen'; 出现, 存在): the goods are what occurs to, a name starts after one
// and holds none.
const OCCURRENCE_VERBS = '发生|出现|存在';
// 处 of a sanction (处X货值金额…的罚款: 'a fine of … the value of X'): a name starts after it and holds none; not the 处 of
// 处理 (图像处理芯片).
const SANCTION = '处(?!理)';
const QUANTIFIERS = '部分|一些|若干|某些|多种|多款|多类|各类|各种|所有|全部';
// 为 ('for': 为巡检机器人划定区域) opens a name as 对 does; 之, the 的 of formal writing (前揭设备之大陆厂牌无人机), as 的 does.
// A count (3台, 两款: a numeral and a classifier, things.yaml cjk-classifiers) opens a name as a quantifier does.
const start = (): string => `(?<=^|[\\s，。；：、（）“”《》,;:()]|${cjkItemMarkers()}|的|之|对|为|和|与|及|向|将|${PREPOSITIONS}|${ACTIVITY_VERBS}|${OCCURRENCE_VERBS}|涉及|包括|适用于|出口|进口|销售|出售|生产|制造|采购|使用|供应|提供|${MEASURE_VERBS}|${QUANTIFIERS}|${SANCTION}|${grammar().cjkCount.source.slice(1)})`;
// Modal and aspect words, verbs of obtaining (将无法取得设备授权: 'will be unable to obtain equipment authorisations') and adverbs
// of unlawfulness (违规飞行X: 'X flown in breach of the rules'; 非法, 违法) belong to the clause: no name holds one.
const CLAUSE_VERBS = '无法|不能|能够|可以|取得|获得|违规|违法|非法';
// Function words, prepositions (围绕, 针对, 关于: '围绕无人机' is 'around drones'), quantifiers (多家, 部分, 某些) and verbs of
// trade are no part of a name; the words of things.yaml cjk-name-words are, whole (数据 in 数据链路模组, though 据 is not).
const nameSource = (): string =>
  `(?:${grammar().cjkNameWords.join('|')}|(?:${grammar().cjkPurposeVerbs.join('|')})(?=${[...grammar().cjkGenericHeads].join('|')})|(?!出口|进口|生产|制造|使用|提供|${PREPOSITIONS}|${ACTIVITY_VERBS}|${OCCURRENCE_VERBS}|涉及|包括|${MEASURE_VERBS}|${CLAUSE_VERBS}|${SANCTION})[^\\P{Script=Han}对和与及向将在的之了是为同应当已也并被把从于以其该各请据会等或家多些类部分每某任何所有这那售购买卖]){1,10}?`;

let cached: { re: RegExp; labels: Map<string, string> } | undefined;

function pattern(): { re: RegExp; labels: Map<string, string> } {
  if (cached) return cached;
  const labels = new Map<string, string>();
  for (const [label, heads] of Object.entries(grammar().cjkThingHeads)) for (const h of heads) labels.set(h, label);
  // Longest head first: 激光雷达 before 雷达.
  const heads = [...labels.keys()].sort((a, b) => b.length - a.length).join('|');
    cached = { re: new RegExp(`${start()}${nameSource()}(?<head>${heads})`, 'gu'), labels };
  return cached;
}

/** A span of the sentence: a country's name, a catalog thing's name. */
interface Span {
  start: number;
  end: number;
}
/** A catalog technology or product named in the sentence, in Chinese (物联网模组, 智能电表). */
interface Known extends Span {
  label: string;
}

/**
 * `origins`: the sentence's country names (中国, 美国): a country before a name says where the goods come from, no kind of
 * them ("中国车载通信模组" is 车载通信模组 from China), with 产 after it ("中国产", Chinese-made). `known`: the catalog's
 * things named in Chinese, which head a longer name as the grammar's heads do: 车载智能电表 is a kind of 智能电表, named so
 * (the catalog name inside it given back where the document does not keep the longer one).
 */
export function findCjkThings(text: string, origins: Span[] = [], known: Known[] = []): Found[] {
  const p = pattern();
  const { re, labels } = p;
  const out: Found[] = [];
  const push = (start: number, end: number, head: number, label: string): void => {
    // A head with Latin letters right after it is inside a longer name (测绘无人机App: an app, no drone): none ends there.
    if (LATIN.test(text[end] ?? '')) return;
    const origin = afterOrigin(text, afterDeterminer(text, start, end - head), end - head, origins);
    const from = afterGeneric(text, atWord(text, afterBreak(text, afterPurpose(text, afterModel(text, origin)), end - head), end - head), end - head);
    // Nothing before the head once the origin is out: the head alone, which names the class (the catalog's, if any); so is
    // a longer head the generic words left (其他激光雷达: 激光雷达, a head that holds 雷达).
    if (from === undefined || (from !== origin && p.labels.has(text.slice(from, end))) || out.some((f) => f.start === from && f.end === end)) return;
    // 车联网设备: a generic head after exactly a catalog thing's name leaves that thing named.
    if (grammar().cjkGenericHeads.has(text.slice(end - head, end)) && known.some((k) => k.start === from && k.end === end - head)) return;
    const surface = text.slice(from, end);
    out.push({ start: from, end, surface, label, name: surface, rule: 'thing:cjk', score: 0.7 });
  };
  for (const k of known) {
    const m = nameBefore().exec(text.slice(0, k.start));
    if (m) push(m.index, k.end, k.end - k.start, k.label);
  }
  // "禁止采购KT20芯片", "QR-7系列路由器", "Nebula人工智能服务": a Latin model or brand before a Han name's head is part of
  // the name; the found inside it gives way.
  if (hasHan(text) && LATIN.test(text)) {
    for (const f of latinNamed(text, labels)) {
      out.splice(0, out.length, ...out.filter((o) => !(o.start >= f.start && o.end <= f.end)));
      if (!out.some((o) => o.start < f.end && f.start < o.end)) out.push(f);
    }
  }
  const bares = hasHan(text) ? [...bareConjuncts(text, p.labels, known), ...services(text), ...relatedItems(text, labels, [...origins, ...known])] : [];
  const withBare = (): Found[] => {
    const all = [...out, ...bares.filter((b) => !out.some((f) => f.start < b.end && b.start < f.end))];
    return [...all, ...elidedConjuncts(text, all, p.labels)];
  };
  // A test (no copy of the pattern) for the sentences without one (most: every English one).
  if (anyOf(listOf(p, () => [re]))?.test(text) === false) return withBare();
  for (const m of text.matchAll(re)) {
    let head = m.groups?.head ?? '';
    let end = m.index + m[0].length;
    // 无人机零部件: a head right after the head ends the name (the longest name of heads in a row).
    // 组件制造设备: so does a verb of making and a head of any goods after it (things.yaml cjk-purpose-verbs).
    for (let next = headAt(text, end, labels) ?? purposeHead(text, end); next; next = headAt(text, end, labels) ?? purposeHead(text, end)) {
      head = next;
      end += next.length;
    }
    push(m.index, end, head.length, labels.get(head) ?? 'Product');
  }
  return withBare();
}
const LATIN = /[A-Za-z]/;

// A model or brand in Latin letters (and digits, hyphens, a series word after it: 系列, 型) right after a name's start, then
// a Han name of goods up to its head, or up to 服务 (a service a brand names is one, as one provided is: cjk-services):
// KT20芯片, QR-7系列路由器, A8 Pro无人机, Nebula人工智能服务; or right after a company's name (甲公司KT20芯片). The Latin part holds a letter (5G基站's 5G too, a model's
// class) and no Latin letter is right before it.
let latin: RegExp | undefined;
const latinPattern = (labels: Map<string, string>): RegExp => {
  const heads = [...labels.keys(), grammar().cjkServices.head].sort((a, b) => b.length - a.length).join('|');
  const token = '(?=[A-Za-z0-9.\\-]*[A-Za-z])[A-Za-z0-9](?:[A-Za-z0-9.\\-]*[A-Za-z0-9])?';
  const name = nameSource().replace(/\{1,10\}\?$/, '{0,10}?');
  // Right after a company's name too: its own model (英伟达公司H20芯片, 'Nvidia's H20 chips').
  latin ??= new RegExp(`(?:${start()}|(?<=公司))(?<latin>${token}(?: [A-Z0-9][A-Za-z0-9]*)*)(?:系列|型)?${name}(?<head>${heads})`, 'gu');
  return latin;
};
function latinNamed(text: string, labels: Map<string, string>): Found[] {
  const out: Found[] = [];
  const service = grammar().cjkServices.head;
  for (const m of text.matchAll(latinPattern(labels))) {
    const end = m.index + m[0].length;
    if (LATIN.test(text[end] ?? '') || LATIN.test(text[m.index - 1] ?? '')) continue;
    const head = m.groups?.head ?? '';
    const label = head === service ? 'Technology' : (labels.get(head) ?? 'Product');
    out.push({ start: m.index, end, surface: m[0], label, name: m[0], rule: 'thing:cjk', score: 0.7 });
  }
  return out;
}

// A head alone is a whole conjunct after a conjunction, a list's comma or the 等 of 'X such as Y' (枪支等武器), up to the next
// one or the clause's end; or after a name's start up to a list's comma (对弹药、…).
const CONJUNCT_BEFORE = '[、和与及等]';
const CONJUNCT_AFTER = '[、和与及或等，。；：,;:）)]|$';
let bare: RegExp | undefined;
const barePattern = (labels: Map<string, string>): RegExp => {
  const heads = [...labels.keys()].filter((h) => !grammar().cjkGenericHeads.has(h) && !grammar().cjkPartHeads.has(h)).sort((a, b) => b.length - a.length).join('|');
  bare ??= new RegExp(`(?<=${CONJUNCT_BEFORE})(?<a>${heads})(?=${CONJUNCT_AFTER})|${start()}(?<b>${heads})(?=、)`, 'gu');
  return bare;
};

/** The heads that stand alone as a whole conjunct of a coordination (空域、航空器和飞行活动): each names its class, as a
 *  listed phrase does; not a generic head (设备、软件), nor a catalog thing's name (the catalog's mention names it). */
function bareConjuncts(text: string, labels: Map<string, string>, known: Known[]): Found[] {
  const out: Found[] = [];
  for (const m of text.matchAll(barePattern(labels))) {
    const head = m.groups?.a ?? m.groups?.b ?? '';
    const end = m.index + head.length;
    if (known.some((k) => k.start === m.index && k.end === end)) continue;
    out.push({ start: m.index, end, surface: head, label: labels.get(head) ?? 'Product', name: head, rule: 'thing:cjk', score: 0.7 });
  }
  return out;
}

let item: RegExp | undefined;
/** A would-be name's characters up to a list's comma, after a name's start: the conjunct before it. */
const itemBefore = (): RegExp => (item ??= new RegExp(`${start()}${nameSource().replace(/\{1,10\}\?$/, '{1,10}')}、$`, 'u'));

/** The conjuncts that share the generic head of the name after them, written once after the last (图像采集、个人身份识别设备:
 *  two kinds of 设备): each conjunct right before 、 and a found name, holding no head of its own, names its kind with that
 *  head (its surface what the text prints of it, as an elided coordination of bodies). */
function elidedConjuncts(text: string, found: Found[], labels: Map<string, string>): Found[] {
  const out: Found[] = [];
  for (const f of found) {
    const head = [...labels.keys()].filter((h) => f.surface.endsWith(h) && f.surface.length > h.length).sort((a, b) => b.length - a.length)[0];
    // Only a generic head (设备, 软件): before a specific one the conjunct is a noun of its own (航道、巡检机器人: waterways and
    // robots).
    if (!head || !grammar().cjkGenericHeads.has(head)) continue;
    for (let end = f.start; text[end - 1] === '、'; ) {
      const m = itemBefore().exec(text.slice(0, end));
      const conjunct = m?.[0].slice(0, -1) ?? '';
      const from = end - 1 - conjunct.length;
      const lead = afterGeneric(text, from, end - 1);
      if (!m || lead === undefined || [...labels.keys()].some((h) => conjunct.includes(h)) || found.some((x) => x.start < end - 1 && from < x.end)) break;
      const surface = text.slice(lead, end - 1);
      out.push({ start: lead, end: end - 1, surface, label: f.label, name: `${surface}${head}`, rule: 'thing:cjk', score: 0.7 });
      end = lead;
    }
  }
  return out;
}

let related: RegExp | undefined;
const relatedPattern = (): RegExp => {
  const { links, heads } = grammar().cjkRelatedItems;
  const name = nameSource();
  related ??= new RegExp(`${start()}(?<list>${name}(?:[、和与及]${name})*?)(?:${links.join('|')})(?:${heads.join('|')})`, 'gu');
  return related;
};

/** The goods or materials an export control's items are named by (things.yaml cjk-related-items): each conjunct of the
 *  list right before 相关物项 or 相关两用物项 (对镓、锗相关物项实施出口管制: 镓, 锗), labelled by its head where it has one
 *  (无人机: a Product) and else a Technology, as a traded material is in English (materials.ts); not a country's name or a
 *  catalog thing's (`taken`: their own mentions name them), nor a conjunct that is only generic words (其他相关物项). */
function relatedItems(text: string, labels: Map<string, string>, taken: Span[]): Found[] {
  const out: Found[] = [];
  for (const m of text.matchAll(relatedPattern())) {
    const list = m.groups?.list ?? '';
    for (const part of list.matchAll(/[^、和与及]+/gu)) {
      const start = m.index + part.index;
      const end = start + part[0].length;
      const from = afterGeneric(text, start, end);
      if (from === undefined || from >= end || taken.some((t) => t.start < end && from < t.end)) continue;
      const surface = text.slice(from, end);
      const head = [...labels.keys()].filter((h) => surface.endsWith(h)).sort((a, b) => b.length - a.length)[0];
      out.push({ start: from, end, surface, label: head ? (labels.get(head) ?? 'Product') : 'Technology', name: surface, rule: 'thing:cjk', score: 0.7 });
    }
  }
  return out;
}

let service: RegExp | undefined;
const servicePattern = (): RegExp => {
  const { head, provide, providers } = grammar().cjkServices;
  service ??= new RegExp(`(?<=${provide.join('|')})(?<a>${nameSource()}${head})|${start()}(?<b>${nameSource()}${head})(?=${providers.join('|')})`, 'gu');
  return service;
};

/** The services a party provides or a class of providers is named by (提供应用程序分发服务, 网络平台服务提供者), once the
 *  generic words that open them are left out (大型网络平台服务提供者: 网络平台服务); nothing where only they stand before
 *  the head (提供相关服务). */
function services(text: string): Found[] {
  const out: Found[] = [];
  const head = grammar().cjkServices.head.length;
  for (const m of text.matchAll(servicePattern())) {
    const name = m.groups?.a ?? m.groups?.b ?? '';
    const end = m.index + name.length;
    const from = afterGeneric(text, m.index, end - head);
    if (from !== undefined) out.push({ start: from, end, surface: text.slice(from, end), label: 'Technology', name: text.slice(from, end), rule: 'thing:cjk', score: 0.7 });
  }
  return out;
}

/** Where a name from `start` to its head at `head` starts once a country's name that opens it (and 产 after it), or the
 *  words of a brand (大陆厂牌: things.yaml cjk-brand-words), are left out; undefined where nothing is left before the head. */
const brandWords = (): RegExp => new RegExp(`^\\p{Script=Han}{1,4}?(?:${grammar().cjkBrandWords.join('|')})`, 'u');
function afterOrigin(text: string, start: number, head: number, origins: Span[]): number | undefined {
  const brand = brandWords().exec(text.slice(start, head));
  if (brand) return start + brand[0].length < head ? start + brand[0].length : undefined;
  const o = origins.find((x) => x.start === start && x.end <= head);
  if (!o) return start;
  const from = text.startsWith('产', o.end) ? o.end + 1 : o.end;
  return from < head ? from : undefined;
}

/** The head that opens the text at `at`, the longest. */
function headAt(text: string, at: number, labels: Map<string, string>): string | undefined {
  for (let n = longestHead(labels); n >= 1; n--) if (labels.has(text.slice(at, at + n))) return text.slice(at, at + n);
  return undefined;
}
const longest = new WeakMap<Map<string, string>, number>();
function longestHead(labels: Map<string, string>): number {
  let n = longest.get(labels);
  if (n === undefined) {
    n = Math.max(0, ...[...labels.keys()].map((h) => h.length));
    longest.set(labels, n);
  }
  return n;
}

/** Where a name from `start` starts once the clause before the last determiner in it (上述) is left out: the determiner
 *  opens the noun phrase ("导致上述元器件"), and afterGeneric drops it. */
function afterDeterminer(text: string, start: number, head: number): number {
  let from = start;
  for (const d of grammar().cjkDeterminers) {
    const at = text.slice(start, head).lastIndexOf(d);
    if (at > 0 && start + at > from) from = start + at;
  }
  return from;
}

/** Where a name starts once the generic words that open it (grammar/things.yaml cjk-generic: 相关, 其他, 关键) are left out;
 *  undefined where nothing is left before the head (相关技术). */
/** Past a model's classifier right after the model's quoted name (“X3”型无人机: 无人机; things.yaml cjk-model-classifiers). */
function afterModel(text: string, start: number | undefined): number | undefined {
  if (start === undefined || !CLOSING_QUOTES.includes(text[start - 1] ?? '')) return start;
  const c = grammar().cjkModelClassifiers.find((w) => text.startsWith(w, start));
  return c ? start + c.length : start;
}
const CLOSING_QUOTES = '”’」』》"\'';

function afterGeneric(text: string, start: number | undefined, head: number): number | undefined {
  if (start === undefined) return undefined;
  let from = start;
  for (let more = true; more && from < head; ) {
    // A count (两款, 三台: things.yaml cjk-classifiers) is left out as a generic word is.
    const g = grammar().cjkGeneric.find((w) => text.startsWith(w, from)) ?? grammar().cjkCount.exec(text.slice(from, head))?.[0];
    more = g !== undefined;
    if (g) from += g.length;
  }
  return from < head ? from : undefined;
}

/** The words of a name right before a position: a name's start, then its characters (nameSource), up to the end. */
let before: RegExp | undefined;
const nameBefore = (): RegExp => (before ??= new RegExp(`${start()}${nameSource().replace(/\{1,10\}\?$/, '{1,10}')}$`, 'u'));

/** The word boundaries of a sentence by ICU's dictionary segmenter (Intl.Segmenter 'zh', built into Node: no list of ours),
 *  the last sentence's kept. */
let segmenter: Intl.Segmenter | undefined;
let words: { text: string; starts: Map<number, number> } | undefined;
function wordsOf(text: string): Map<number, number> {
  if (words?.text === text) return words.starts;
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  const starts = new Map<number, number>();
  for (const s of segmenter.segment(text)) starts.set(s.index, s.index + s.segment.length);
  words = { text, starts };
  return starts;
}

/** Where a name from `start` to its head at `head` starts once the words that close the clause before it are left out
 *  (things.yaml cjk-name-breaks: 由, 至, 内, 情况下, 公司): the last one the segmenter reads as a word of its own, a single
 *  character only right after a word of two characters or more (辖区|内|汽车; not 车|内|摄像头). */
function afterBreak(text: string, start: number | undefined, head: number): number | undefined {
  if (start === undefined || head - start < 2) return start;
  const starts = wordsOf(text);
  let from = start;
  // A break of two characters or more is a word wherever it stands (情况下); where it ends inside a word the segmenter reads
  // (情况|下回|传设备), the segmenter cannot say where a name would start: none does.
  for (const w of grammar().cjkNameBreaks) {
    if (w.length < 2) continue;
    const at = text.slice(start, head).lastIndexOf(w);
    if (at < 0) continue;
    if (!starts.has(start + at + w.length)) return undefined;
    from = Math.max(from, start + at + w.length);
  }
  // From the word the would-be name starts in (对|象: a start after 对 inside 对象).
  let at = start;
  while (at > 0 && start - at < 8 && !starts.has(at)) at--;
  while (at < head) {
    const end = starts.get(at);
    if (end === undefined) break;
    const word = text.slice(at, end);
    if (at >= start && end <= head && grammar().cjkNameBreaks.includes(word) && (word.length > 1 || previousWord(starts, at) >= 2)) from = Math.max(from, end);
    at = end;
  }
  return from < head ? from : undefined;
}
function previousWord(starts: Map<number, number>, at: number): number {
  for (let s = at - 1; s >= 0 && at - s <= 8; s--) if (starts.get(s) === at) return at - s;
  return 0;
}

/** A name starts where a word does, never inside one the segmenter reads across its start (情况|下回|传设备: none at 回):
 *  past the end of that word. */
function atWord(text: string, start: number | undefined, head: number): number | undefined {
  if (start === undefined) return undefined;
  const starts = wordsOf(text);
  if (starts.has(start)) return start;
  for (let s = start - 1; s >= 0 && start - s <= 8; s--) {
    const end = starts.get(s);
    if (end !== undefined) return end > start && end < head ? end : end <= start ? start : undefined;
  }
  return start;
}

/** Past a verb of making that opens a would-be name (禁止生产设备): it is the clause's verb there, no purpose of the goods. */
function afterPurpose(text: string, start: number | undefined): number | undefined {
  if (start === undefined) return undefined;
  const v = grammar().cjkPurposeVerbs.find((w) => text.startsWith(w, start));
  return v ? start + v.length : start;
}
/** A verb of making and a head of any goods right after it at `at` (制造设备), or undefined. */
function purposeHead(text: string, at: number): string | undefined {
  const v = grammar().cjkPurposeVerbs.find((w) => text.startsWith(w, at));
  const h = v && [...grammar().cjkGenericHeads].find((g) => text.startsWith(g, at + v.length));
  return v && h ? v + h : undefined;
}
