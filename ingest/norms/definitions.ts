// Definitions a statute gives itself, read from its text: 本法所称X，是指…; （一）X，是指…; X（以下简称Y）;
// "‘X’ means …"; "The term ‘X’ means …"; "(hereinafter ‘Y’)". A definition names a term (later uses of
// which mean the same class), its extension where it lists the kinds it covers (网络运营者，是指网络的
// 所有者、管理者和网络服务提供者: each is a subclass), and its criterion where it defines by what one does
// (个人信息处理者，是指在个人信息处理活动中自主决定处理目的、处理方式的组织、个人).
import type { Lang } from '../languages/index.ts';
import type { Provision } from '../model.ts';
import { splitSentences } from '../text/sentences.ts';
import { LANGUAGES } from '../languages/index.ts';
import { blankNameWords, type Grammar, maskNameWords, NAME_COMMA } from './grammar.ts';

export interface Definition {
  term: string;
  /** The provision that defines it, and the defining sentence (verbatim). */
  locator: string;
  quote: string;
  /** Narrower terms the definition lists as covered (each a subclass of `term`); for a short form, the
   *  parts its long form coordinates (A和B（以下统称X）: X names A and B). */
  covers: string[];
  /** The defining words after 是指 / "means", when they define by a criterion (a relative clause). */
  criterion?: string;
  /** A short form (以下简称, hereinafter) stands for `of`. */
  shortFor?: string;
}

const ZH_MEANS = /^(?:（[一二三四五六七八九十]+）)?(?:本(?:法|条例|规定|办法|决定|细则)(?:[^，,。；]{0,12})?所称的?)?([^，,。；：:（）()“”]{2,30})，(?:是|系)指(.+?)[。；;]?$/u;
const ZH_SHORT = /([^，,。；：:（）()]{2,40}?)[（(]以下(?:简称|统称|合称|称)为?[“"]?([^）)”"]{1,20})[”"]?[）)]/gu;
// 前两款规定的部门统称为履行个人信息保护职责的部门; A和B统称为X: a name given in a sentence of its own.
const ZH_NAMED_AS = /^(?:（[一二三四五六七八九十]+）)?([^，,。；;：:]{2,60}?)(?:统称为|合称为|简称为|统称|合称|简称)[“"]?([^，,。；;：:“”"（）()]{2,30}?)[”"]?[。；;]?$/u;
const EN_MEANS = /^(?:\(?\d+\)?\s*|\([a-z]+\)\s*)?(?:[Tt]he\s+term\s+)?[‘'"“]([^’'"”]{2,80})[’'"”]\s+(?:means|shall mean|refers to)\s+(.+?)[.;]?$/u;
const EN_SHORT = /([A-Z][^(),;]{2,80}?)\s*\((?:hereinafter|hereafter),?(?:\s+(?:collectively|together|jointly))?,?(?:\s+referred\s+to\s+as)?\s+[‘'"“]?(?:the\s+)?([^’'"”)]{1,40})[’'"”]?\)/gu;
// The words every short form needs: a sentence without them is not scanned (the scans above try a
// lazy phrase from every capital or character).
const SHORT_CUES: Record<Lang, string[]> = { zh: ['以下'], en: ['(hereinafter', '(hereafter'] };
// Genus words: a definition "…的组织、个人" says what kind of party the term is, not what it covers.
const ZH_GENUS = new Set(['组织', '个人', '单位', '法人', '公民', '自然人', '组织和个人', '个人和组织', '组织、个人']);
const EN_GENUS = /\b(natural or legal person|legal person|natural person|person|body|entity|organisation|organization|undertaking)\b/i;

/** `knownEndingAt(text)`: the known term (vocabulary) that ends `text`, if any: the long form of a short one. */
export function readDefinitions(provisions: Provision[], lang: Lang, g: Grammar, knownEndingAt: (text: string) => string | undefined = () => undefined): Definition[] {
  const out: Definition[] = [];
  for (const p of provisions) {
    for (const s of splitSentences(p.text, LANGUAGES[lang], { dropLabels: lang === 'en' })) {
      const d = lang === 'zh' ? (zhDefinition(s.text, g) ?? zhNamedAs(s.text, g)) : enDefinition(s.text);
      if (d) out.push({ ...d, locator: p.locator, quote: s.text });
      for (const sf of shortForms(s.text, lang, g, knownEndingAt)) out.push({ ...sf, locator: p.locator, quote: s.text });
    }
  }
  return out;
}

function zhDefinition(sentence: string, g: Grammar): Omit<Definition, 'locator' | 'quote'> | undefined {
  const m = ZH_MEANS.exec(sentence);
  if (!m) return undefined;
  const term = (m[1] as string).trim();
  const body = (m[2] as string).trim();
  const rel = body.lastIndexOf('的');
  const tail = rel >= 0 ? body.slice(rel + 1) : body;
  const parts = splitCoordinated(tail, g);
  // "…的组织、个人": a genus with a criterion; "网络的所有者、管理者和网络服务提供者": an extension.
  if (parts.every((x) => ZH_GENUS.has(x))) return { term, covers: [], criterion: rel >= 0 ? body.slice(0, rel) : undefined };
  if (rel >= 0 && !/^[^的]{1,6}的/u.test(body)) return { term, covers: [], criterion: body.slice(0, rel) };
  const prefix = rel >= 0 ? body.slice(0, rel + 1) : '';
  return { term, covers: parts.map((x, i) => (i === 0 || x.length <= 3 ? prefix + x : x)) };
}

/** X统称为Y: Y names what X names. Bodies an earlier paragraph named (前两款规定的部门统称为…) are one term of the
 *  statute's own, defined here; parts X coordinates (A和B统称为Y) are each of them, as for 以下统称. */
function zhNamedAs(sentence: string, g: Grammar): Omit<Definition, 'locator' | 'quote'> | undefined {
  const m = ZH_NAMED_AS.exec(sentence);
  if (!m) return undefined;
  const long = (m[1] as string).trim();
  const term = (m[2] as string).trim();
  if (g.backReference?.test(long)) return { term, covers: [] };
  return { term, covers: coordinatedParts(long, 'zh', g), shortFor: long };
}

function enDefinition(sentence: string): Omit<Definition, 'locator' | 'quote'> | undefined {
  const m = EN_MEANS.exec(sentence);
  if (!m) return undefined;
  const term = (m[1] as string).trim();
  const body = (m[2] as string).trim();
  if (EN_GENUS.test(body.slice(0, 80))) return { term, covers: [], criterion: body };
  return { term, covers: [] };
}

function shortForms(sentence: string, lang: Lang, g: Grammar, knownEndingAt: (text: string) => string | undefined): Omit<Definition, 'locator' | 'quote'>[] {
  const out: Omit<Definition, 'locator' | 'quote'>[] = [];
  if (!SHORT_CUES[lang].some((cue) => sentence.includes(cue))) return out;
  for (const m of sentence.matchAll(lang === 'zh' ? ZH_SHORT : EN_SHORT)) {
    const before = m[1] as string;
    const phrase = lang === 'zh' ? zhNearestPhrase(before, g) : before.trim();
    const known = knownEndingAt(before);
    const long = known ?? phrase;
    const short = (m[2] as string).trim();
    // 公安机关和国家安全机关（以下统称X）: the known term ending the phrase is the last of the parts it coordinates.
    const parts = coordinatedParts(phrase, lang, g);
    const covers = !known || parts.at(-1)?.endsWith(known) ? parts : [];
    if (long && short && long !== short) out.push({ term: short, covers, shortFor: long });
  }
  return out;
}

/** The noun phrase ending a Chinese text: after its last preposition or verb (…建立关键信息基础设施 -> 关键信息基础设施). */
function zhNearestPhrase(text: string, g: Grammar): string {
  let cut = 0;
  // 省、自治区、直辖市 is a name: its 自 is no preposition.
  const words = blankNameWords(text, g);
  for (const w of [...g.boundaries, '建立', '设立', '成立', '组建', '制定', '实行', '按照', '设置', '授权', '指定', '落实', '强化', '即', '是', '为']) {
    let i = words.lastIndexOf(w);
    // X与Y（以下统称Z）: a 与 after a party's head joins two parties, as 和 does; it is no preposition there.
    // 经营者, 从业人员: a boundary word that begins a noun stem (openerNouns) is none.
    while (i >= 0 && ((i > 0 && g.coordinators.includes(w) && g.heads.some((h) => words.slice(0, i).endsWith(h.text))) || g.openerNouns.some((n) => words.startsWith(n, i)))) i = i > 0 ? words.lastIndexOf(w, i - 1) : -1;
    if (i >= 0 && i + w.length > cut) cut = i + w.length;
  }
  return text.slice(cut).trim();
}

/** The parts a short form's long form coordinates (国家安全机关和公安机关情报机构、军队情报机构; "the Secretary of
 *  Commerce and the Secretary of Energy"), none when it names one thing: a single name, or a head shared by
 *  what is listed before it (微型、轻型、小型无人驾驶航空器的适飞空域). Whether the parts are bodies is the resolver's to say. */
function coordinatedParts(long: string, lang: Lang, g: Grammar): string[] {
  if (lang === 'zh' && g.nameWords.reduce((t, w) => t.replaceAll(w, ''), long).includes('的')) return [];
  const parts = splitCoordinated(maskNameWords(long, g), g).map((x) => x.replaceAll(NAME_COMMA, '、'));
  return parts.length > 1 ? parts : [];
}

const coordination = new WeakMap<Grammar, RegExp>();

/** What separates coordinated parts, compiled once per grammar. */
function coordinationOf(g: Grammar): RegExp {
  let re = coordination.get(g);
  if (!re) {
    const joiners = g.coordinators.filter((c) => c !== ',').map((c) => c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
    re = g.lang === 'zh' ? new RegExp(joiners.join('|'), 'u') : new RegExp(`\\s*,\\s*|\\s+(?:${joiners.join('|')})\\b\\s*`, 'u');
    coordination.set(g, re);
  }
  return re;
}

/** "所有者、管理者和网络服务提供者" -> its coordinated parts. */
export function splitCoordinated(text: string, g: Grammar): string[] {
  const parenthetical = /^(where applicable|where appropriate|if any|as the case may be|as appropriate|in particular)$/iu;
  // ", and, where appropriate, the CSIRTs": a coordinator standing alone between commas is no part.
  return text.split(coordinationOf(g)).map((x) => x.trim()).filter((x) => x && !parenthetical.test(x) && !g.coordinators.includes(x.toLowerCase()));
}
