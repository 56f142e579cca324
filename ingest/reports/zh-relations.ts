// Relations stated in Chinese sentences, read by the language's own constructions rather than by the English rules'
// text between two mentions: 将/把 + objects + a verb of listing ("决定将甲公司、乙公司等列入…清单"), the passive with
// its agent ("甲公司被乙机关列入…"), 对 + objects + a light verb + a measure noun ("对甲公司采取反制措施", "对…发起反倾销
// 调查"), and 禁止 + a trade verb or 向 + objects ("禁止进口甲公司生产的红外镜头"). The actor is the last authority or
// instrument before the construction, reached across clauses that report or ground a decision ("宣布，", "根据…的有关
// 规定，", "，并要求…"); a negation, intention, condition or request on the way states nothing, but an order to those under
// the actor to stop trading with X is its ban ("要求美国企业停止向X供应"). Coordinated actors and as many coordinated
// objects after 分别 pair in order. Verbs, nouns and words are data (zh-relations.yaml).
import path from 'node:path';
import { z } from 'zod';
import { loadData, regex } from '../data.ts';
import type { Mention } from '../recognize/matcher.ts';
import { hasHan, isHan } from '../text/scripts.ts';

const words = z.array(z.string().min(1)).min(1);
/** The relationship types a construction may state (the types relation-rules.yaml makes between these labels). */
const byType = z.partialRecord(z.enum(['RESTRICTS', 'INVESTIGATES', 'REGULATES', 'ADDS_TO_LIST', 'DESIGNATES']), words);
const schema = z.strictObject({
  list: words,
  listed: regex(),
  enumerators: z.record(z.string(), regex()),
  designate: words,
  direct: byType,
  directAspect: regex(),
  seize: byType,
  chain: regex(),
  light: words,
  measures: byType,
  genericMeasures: words,
  compoundGap: z.number().int().min(0),
  passive: byType,
  passiveMarker: regex('g'),
  ban: regex('g'),
  refusal: regex(),
  attributive: regex('g'),
  banTrade: words,
  banDestination: regex(),
  banTo: words,
  banActivity: regex(),
  banPlace: regex(),
  banParty: regex(),
  scope: regex(),
  listScope: regex(),
  subjectTo: regex(),
  subjection: regex(),
  banFrom: regex(),
  banContains: words,
  licence: regex(),
  statement: regex(),
  mandate: regex(),
  appeal: regex(),
  ordered: regex(),
  itemDuty: regex(),
  goodsOwner: regex(),
  require: regex('g'),
  requirer: regex(),
  distributive: regex(),
  origin: regex(),
  extends: regex(),
  across: regex(),
  ownSubject: regex(),
  side: regex(),
  actorChain: regex(),
  reported: regex(),
  adverbs: regex(),
  bodyNoun: regex('g'),
  bodyHeads: z.record(z.string(), words),
  oblique: regex('u'),
  conjunction: regex(),
  modality: regex(),
  basis: regex('g'),
  conduct: regex('g'),
  possessor: regex(),
  maker: regex(),
  goodsOf: regex(),
  field: regex(),
  compoundEnd: regex(),
  tradeOf: regex(),
  modifier: regex(),
  purpose: regex(),
  enacting: regex(),
  engaging: regex(),
  application: regex(),
  layOut: regex(),
  forGoods: regex(),
  keepTo: regex(),
  organisedBy: regex(),
  organising: regex(),
  manage: regex(),
  manageNouns: byType,
  manager: regex(),
  managerCarried: regex(),
});
export type ZhGrammar = z.output<typeof schema>;

let defaults: ZhGrammar | undefined;
export function loadZhGrammar(file = path.join(import.meta.dirname, 'zh-relations.yaml')): ZhGrammar {
  return loadData(file, schema);
}
/** zh-relations.yaml, read and validated once per process (voice.ts's rules read its enumerators too). Shared, so read, never changed. */
export const defaultGrammar = (): ZhGrammar => (defaults ??= loadZhGrammar());

/** The level of the Chinese enumerator `text` opens with ("一、", "（一）", "1、"), in a text with Chinese in it. */
export function zhItemLevel(text: string, g: ZhGrammar = defaultGrammar()): string | undefined {
  return hasHan(text) ? Object.entries(g.enumerators).find(([, re]) => re.test(text))?.[0] : undefined;
}

/** How long the enumerator `text` opens with is (0: none). */
function enumeratorLength(text: string, g: ZhGrammar): number {
  for (const re of Object.values(g.enumerators)) {
    const m = re.exec(text);
    if (m) return m[0].length;
  }
  return 0;
}

/** Whether `text` opens an inline list: a lead-in's "：" right before an item's enumerator ("…下列措施：（一）禁止…"). */
export function zhInlineLeadIn(text: string, g: ZhGrammar = defaultGrammar()): boolean {
  if (!hasHan(text)) return false;
  for (let i = text.indexOf('：'); i >= 0; i = text.indexOf('：', i + 1)) if (enumeratorLength(text.slice(i + 1).trimStart(), g) > 0) return true;
  return false;
}

/** What a sentence's actor may come from outside it. */
export interface ZhContext {
  /** The actor the previous sentence of the paragraph names last ("商务部发布公告。同时，决定对…": 商务部). */
  carried?: Mention;
  /** The authorities the document has named so far, in order (for "该局", "该委员会"). */
  bodies?: Mention[];
}

/** Taken from the sentence before, or by 该 + a body's head noun. */
export const ZH_CARRIED = 'anaphora';
export const ZH_BODY = 'anaphora:zh-body';

export interface ZhAct {
  type: string;
  subject: Mention;
  object: Mention;
  /** The construction: list, passive, measure, ban, and extended for the parties a following clause adds. */
  rule: string;
}

const ACTORS = ['Law', 'Authority'];
const THINGS = ['Company', 'Product', 'Technology'];
/** Goods, no party: what a duty on their makers or users is about. */
const GOODS = ['Product', 'Technology'];
const MASK = '\uE000';
const OPEN = '（(“《「';
const CLOSE = '）)”》」';
const BREAK = '，,；;：:';
/** A lead-in ends so before its items. */
const LEAD = '：:';

interface Segment {
  start: number;
  end: number;
}

/** The acts the Chinese constructions of `text` state (objects from `from` on: a list item's lead-in lends actors only). */
export function zhRelations(text: string, from: number, mentions: Mention[], context: ZhContext = {}, g: ZhGrammar = defaultGrammar()): ZhAct[] {
  if (!hasHan(text)) return [];
  const masked = mask(text, mentions, g);
  const segments = clausesOf(masked);
  const out: ZhAct[] = [];
  const plain = (a: number, b: number): string => masked.slice(a, b).replaceAll(MASK, '');
  // Without the conduct a party is examined for ("对甲公司未经备案销售X的问题开展调查"): its 未 negates nothing of the act.
  const described = (a: number, b: number): string => masked.slice(a, b).replace(g.conduct, '').replaceAll(MASK, '');
  const after = (m: Mention): string => masked.slice(m.end, m.end + 12);
  const objectsIn = (a: number, b: number, labels = THINGS): Mention[] =>
    distinct(
      mentions.filter(
        (m) =>
          m.start >= Math.max(a, from) &&
          m.end <= b &&
          labels.includes(m.label) &&
          (g.maker.test(after(m)) || g.tradeOf.test(after(m)) || g.goodsOf.test(after(m)) || isOrigin(m) || (!g.possessor.test(after(m)) && (!g.modifier.test(after(m)) || isField(m)) && !inCompound(m))),
      ),
    );
  // "物联网网关": a technology's name before a noun of its own is part of an unrecognized name, no object; not before a
  // generic head ("车联网设备"), its field, a function word or a verb of the grammar ("对物联网实施…").
  const verbs = [...g.light, ...g.list, ...g.designate, ...g.banTrade, ...g.banTo];
  const inCompound = (m: Mention): boolean => {
    const next = after(m);
    return m.label === 'Technology' && isHan(next[0] ?? '') && !g.compoundEnd.test(next) && !verbs.some((v) => next.startsWith(v));
  };
  // "对中国车联网产业实施出口管制": a technology's field or industry is the technology, as its companies are not.
  const isField = (m: Mention): boolean => m.label === 'Technology' && g.field.test(after(m));
  // "对原产于中国的X加征关税": the goods' country of origin, no possessor (an object where countries are: restrictions).
  const isOrigin = (m: Mention): boolean => m.label === 'Jurisdiction' && g.origin.test(masked.slice(Math.max(0, m.start - 4), m.start));
  const isOblique = (m: Mention): boolean => {
    const head = glossed(m, mentions, masked);
    if (head) return isOblique(head);
    const before = masked.slice(Math.max(0, m.start - OBLIQUE_REACH), m.start);
    if (g.oblique.test(before)) return true;
    const conj = g.conjunction.exec(before);
    if (!conj) return false;
    // Coordinated after a preposition's object: oblique with it.
    const at = m.start - (before.length - conj.index);
    const prev = mentions.find((x) => x.end <= at && at - x.end <= 1 && ACTORS.includes(x.label));
    return prev !== undefined && isOblique(prev);
  };
  const actorsIn = (a: number, b: number): Mention[] => mentions.filter((m) => m.start >= a && m.end <= b && ACTORS.includes(m.label) && !isOblique(m));

  /** The actor of a construction at `p` in segment `k`, and where its clause chain starts; undefined if none. A list
   *  item's clauses before it (`skip`) are passed over on the way to its lead-in. */
  const actorOf = (k: number, p: number): { actors: Mention[]; start: number; skip?: Segment } | undefined => {
    let skip: Segment | undefined;
    // "发言人对美方将甲公司列入实体清单的做法表示反对": a country right before the construction is its subject (a side,
    // no authority): nobody the reader knows acts.
    const seg0 = segments[k] as Segment;
    if (g.side.test(plain(seg0.start, p))) return undefined;
    if (mentions.some((m) => m.label === 'Jurisdiction' && m.start >= seg0.start && m.end <= p && sideGap(plain(m.end, p)) && !isOrigin(m))) return undefined;
    for (let j = k; j >= 0; j--) {
      const seg = segments[j] as Segment;
      const end = j === k ? p : seg.end;
      const found = actorsIn(seg.start, end).at(-1);
      const noun = bodyNoun(seg.start, end);
      if (noun && (!found || noun.start > found.end)) return { actors: [noun], start: seg.start, skip };
      if (found) return { actors: coordinated(found, seg.start), start: seg.start, skip };
      const prev = segments[j - 1];
      // The construction's own clause reaches back when nothing but adverbs comes before it ("，并禁止其…").
      // Names stay masked here: a clause that opens with a name has a subject of its own ("，甲公司对乙公司…").
      // A list item's enumerator is none ("（二）禁止…").
      const raw = masked.slice(seg.start, end).trimStart();
      const enumerated = enumeratorLength(raw, g);
      const own = raw.slice(enumerated);
      if (own.startsWith(MASK) || g.ownSubject.test(own)) return undefined;
      // "公告称，": the notice speaks for its issuer, the actor before.
      // "（二）各级政务部门应停止采购X": a class bound by a duty in a decision's item, the lead-in's body its voice.
      const duty = enumerated > 0 && j === k && g.itemDuty.test(own);
      const open = duty || g.across.test(own) || own === '' || g.adverbs.test(own) || g.statement.test(own);
      // A list item's first clause without a subject of its own acts as its lead-in ("商务部决定采取下列措施：" +
      // "（二）禁止…"), past the items before it: the clause before the last "：".
      if (open && (enumerated > 0 || (from > 0 && seg.start <= from && from <= seg.end))) {
        const lead = segments.findLastIndex((x, i) => i < j && LEAD.includes(masked[x.end] ?? ''));
        if (lead >= 0) {
          // The duty's words are the decision's, no modality of it ("应当停止…").
          skip = { start: (segments[lead] as Segment).end, end: duty ? p : seg.start };
          j = lead + 1;
          continue;
        }
      }
      // A sentence without a subject of its own acts as the one before it in the paragraph ("同时，决定对…").
      if (!prev) return open && context.carried ? { actors: [{ ...context.carried, start: 0, end: 0, via: ZH_CARRIED }], start: 0 } : undefined;
      const before = masked.slice(prev.start, prev.end);
      if (!(open || g.across.test(before) || g.reported.test(before))) return undefined;
    }
    return undefined;
  };
  const sideGap = (gap: string): boolean => gap === '' || g.adverbs.test(gap);
  /** Actors coordinated before `last` ("商务部、海关总署联合发布公告", "商务部会同海关总署"): all act. */
  const coordinated = (last: Mention, from: number): Mention[] => {
    const out = [last];
    for (;;) {
      const first = out[0] as Mention;
      const before = actorsIn(from, first.start).at(-1);
      if (!before || !g.actorChain.test(masked.slice(before.end, first.start))) return out;
      out.unshift(before);
    }
  };
  /** "该局", "该委员会": the last authority the document named whose name ends in the noun's head. */
  const bodyNoun = (a: number, b: number): Mention | undefined => {
    const m = [...masked.slice(a, b).matchAll(g.bodyNoun)].at(-1);
    if (!m) return undefined;
    const heads = g.bodyHeads[m[1] as string] ?? [];
    const body = (context.bodies ?? []).findLast((x) => x.label === 'Authority' && heads.some((h) => h === '*' || x.surface.endsWith(h)));
    const start = a + m.index;
    return body ? { ...body, start, end: start + m[0].length, surface: m[0], via: ZH_BODY } : undefined;
  };
  // The marker and the character after it are kept as written: 将 before 对 or 把 is future ("将对…实施"), before a
  // masked name it is the marker of its objects ("将甲公司列入").
  // A basis clause's words are no modality of the act ("根据…的要求，决定将…").
  const unbased = (s: string): string => s.replace(g.basis, '');
  // "商务部要求出口经营者立即停止向X出口": an order to those under the actor to stop trading with X is the actor's ban
  // (mandated); one to a state or body ("要求美方停止…": a name, or 对方) asks only, and stays a modality.
  const unmandated = (s: string): string => {
    const m = g.mandate.exec(s);
    const addressee = m?.groups?.addressee ?? '';
    return m && addressee !== '' && !g.appeal.test(addressee) ? s.slice(0, m.index) : s;
  };
  // The construction's first two characters, unless a relative clause on its first object follows its preposition ("对未经
  //认证的X…": 未 describes X, no negation of the act).
  const opening = (p: number): string => (masked[p] === '对' && /^[^，。；：\uE000]{1,20}的\uE000/.test(masked.slice(p + 1)) ? masked[p] : masked.slice(p, p + 2));
  const stated = (chainStart: number, actors: Mention[], p: number, inner: string, mandated = false, skip?: Segment): boolean => {
    const a = (actors.at(-1) as Mention).end;
    const between = unbased(skip && a <= skip.start ? described(a, skip.start) + described(skip.end, p) : described(a, p));
    return (
      !g.modality.test(unbased(plain(chainStart, (actors[0] as Mention).start))) &&
      !g.modality.test((mandated ? unmandated(between) : between) + opening(p)) &&
      !g.modality.test(inner)
    );
  };
  const add = (k: number, type: string, rule: string, actor: Mention, objects: Mention[]): void => {
    for (const o of objects) if (o.id !== actor.id) out.push({ type, subject: actor, object: o, rule });
    // "发起反倾销调查，涉及甲公司、乙公司等多家出口商": the next clause names more of its objects.
    const next = extension(k);
    if (next) for (const o of objectsIn(next.start, next.end)) if (o.id !== actor.id) out.push({ type, subject: actor, object: o, rule: `${rule}-extended` });
  };
  const extension = (k: number): Segment | undefined => {
    const next = segments[k + 1];
    return next && g.extends.test(plain(next.start, next.end)) ? next : undefined;
  };
  const withActor = (k: number, p: number, innerFrom: number, innerTo: number, type: string, rule: string, objects: Mention[], mandated = false): void => {
    // "将多家中国企业列入实体清单，其中包括甲公司和乙公司": a class in the construction, its members in the next clause.
    if (!objects.length && !extension(k)) return;
    const who = actorOf(k, p);
    if (!who || !stated(who.start, who.actors, p, described(innerFrom, innerTo), mandated, who.skip)) return;
    // "商务部、海关总署分别对A和B开展调查": as many actors as coordinated objects, paired in order (respectively).
    const groups = conjuncts(objects);
    if (who.actors.length > 1 && groups.length === who.actors.length && g.distributive.test(plain((who.actors.at(-1) as Mention).end, p))) {
      for (const [i, a] of who.actors.entries()) add(k, type, rule, a, groups[i] as Mention[]);
      return;
    }
    for (const a of who.actors) add(k, type, rule, a, objects);
  };
  /** Objects grouped by the conjunctions between them ("甲公司生产的X和乙公司": [甲公司, X], [乙公司]). */
  const conjuncts = (objects: Mention[]): Mention[][] => {
    const out: Mention[][] = [];
    objects.forEach((o, i) => {
      const prev = objects[i - 1];
      if (prev && !g.chain.test(masked.slice(prev.end, o.start))) (out.at(-1) as Mention[]).push(o);
      else out.push([o]);
    });
    return out;
  };

  /** The measure noun a few characters after `a` (before `b`): where its compound starts, and the class of its head (the
   *  last measure noun: "出口管制合规检查" an inspection; a generic one, "监管措施", keeps the class before it). */
  const measureIn = (a: number, b: number): { at: number; type: string } | undefined => {
    const rest = masked.slice(a, Math.min(b, a + 12));
    const found = Object.entries(g.measures)
      .flatMap(([type, ws]) => ws.map((w) => ({ type, w, at: rest.indexOf(w) })))
      .filter((x) => x.at >= 0)
      .sort((x, y) => x.at - y.at || y.w.length - x.w.length);
    const first = found[0];
    if (!first) return undefined;
    let head = first;
    for (const x of found) {
      const end = head.at + head.w.length;
      if (x.at < end || x.at - end > g.compoundGap) continue;
      head = g.genericMeasures.includes(x.w) ? { ...head, at: x.at, w: x.w } : x;
    }
    return { at: a + first.at, type: head.type };
  };
  // "禁止采购甲公司的固态硬盘": the company whose goods are named right after its 的 is banned with them.
  const ownersIn = (a: number, b: number): Mention[] =>
    mentions.filter(
      (m) =>
        m.start >= Math.max(a, from) &&
        m.end < b &&
        m.label === 'Company' &&
        mentions.some((x) => GOODS.includes(x.label) && x.end <= b && x.start > m.end && g.goodsOwner.test(masked.slice(m.end, x.start))),
    );
  /** The things and countries of a relative clause of containing between `a` and `b` ("搭载[与中国有关的]X和Y的汽车"): from
   *  the first verb of containing to the last 的, which ends the clause before the goods' head. */
  const componentsIn = (a: number, b: number): Mention[] => {
    const verb = firstOf(masked, g.banContains, a, b);
    const de = masked.lastIndexOf('的', b - 1);
    if (!verb || de < verb.at) return [];
    const from = verb.at + verb.word.length;
    return mentions.filter((m) => m.start >= from && m.end <= de && [...THINGS, 'Jurisdiction'].includes(m.label));
  };
  // A lead-in whose list's first item follows its "：" in the same sentence (an inline list).
  const inlineList = (seg: Segment): boolean => LEAD.includes(masked[seg.end] ?? '') && enumeratorLength(masked.slice(seg.end + 1).trimStart(), g) > 0;
  segments.forEach((seg, k) => {
    const s = masked.slice(seg.start, seg.end);
    // 将/把 + objects + a verb of listing, or of designating (认定为, 指定为).
    for (const m of s.matchAll(/将|把/g)) {
      const p = seg.start + m.index;
      const v = firstOf(masked, [...g.list, ...g.designate], p + 1, seg.end);
      if (!v) continue;
      // "将下列3家实体列入…：" + a list item: the item's things (a lead-in's reading holds one item from `from` on; an
      // inline list's first item follows the lead-in's "：" in its sentence).
      const listed = (p < from || inlineList(seg)) && g.listed.test(masked.slice(p + 1, v.at));
      const objects = listed ? objectsIn(p < from ? from : seg.end, text.length) : objectsIn(p + 1, v.at);
      // "将X纳入出口管制范围": the scope of a measure, no list: the measure noun's class (none without one: 纳入统计范围).
      const scope = g.designate.includes(v.word) ? null : g.listScope.exec(masked.slice(v.at + v.word.length, seg.end));
      if (scope) {
        const noun = measureIn(v.at + v.word.length, v.at + v.word.length + scope[0].length);
        if (noun) withActor(k, p, p + 1, v.at, noun.type, 'list-scope', objects);
        continue;
      }
      withActor(k, p, p + 1, v.at, g.designate.includes(v.word) ? 'DESIGNATES' : 'ADDS_TO_LIST', 'list', objects);
    }
    // A verb right before its objects ("宣布制裁甲公司及其高管", "决定调查甲公司").
    for (const [type, ws] of Object.entries(g.direct)) {
      for (const w of ws) {
        for (let at = s.indexOf(w); at >= 0; at = s.indexOf(w, at + 1)) {
          const p = seg.start + at;
          const aspect = g.directAspect.exec(masked.slice(p + w.length, seg.end));
          const q = p + w.length + (aspect ? aspect[0].length : 0);
          if (masked[q] !== MASK) continue;
          const objects = objectsIn(q, seg.end).filter((o, i, all) => i === 0 ? o.start === q : g.chain.test(masked.slice((all[i - 1] as Mention).end, o.start)));
          withActor(k, p, p, p, type, 'direct', objects);
        }
      }
    }
    // A verb of taking hold of goods ("没收扣押的“X3”型无人驾驶航空器58台、…"): the goods its clause names after it.
    for (const [type, ws] of Object.entries(g.seize)) {
      for (const w of ws) {
        for (let at = s.indexOf(w); at >= 0; at = s.indexOf(w, at + w.length)) {
          const p = seg.start + at;
          const objects = objectsIn(p + w.length, seg.end, GOODS);
          if (objects.length > 0) withActor(k, p, p, p, type, 'seize', objects);
        }
      }
    }
    // The passive with its agent: objects before 被 (遭, 受到), the agent after it.
    for (const m of s.matchAll(g.passiveMarker)) {
      const p = seg.start + m.index + m[0].length - 1;
      const verbs = [...g.list.map((w) => ({ w, type: 'ADDS_TO_LIST' })), ...Object.entries(g.passive).flatMap(([type, ws]) => ws.map((w) => ({ w, type })))];
      const v = firstOf(masked, verbs.map((x) => x.w), p + 1, seg.end);
      if (!v) continue;
      const agent = mentions.find((x) => x.start > p && x.end <= v.at && ACTORS.includes(x.label));
      const type = verbs.find((x) => x.w === v.word)?.type as string;
      if (agent && !g.modality.test(plain(seg.start, v.at))) add(k, type, 'passive', agent, objectsIn(seg.start, p));
    }
    // 对 + objects + a light verb + a measure noun within a few characters.
    for (const m of s.matchAll(/对(?![于此外])/g)) {
      const p = seg.start + m.index;
      // "对未经认证的X不予核发证明": a refusal to issue after the objects restricts them; a relative clause before the first
      // describes it (its 未 no negation of the act).
      const refused = g.refusal.exec(masked.slice(p + 1, seg.end));
      const refusedObjects = refused ? objectsIn(p + 1, p + 1 + refused.index, [...THINGS, 'Jurisdiction']) : [];
      if (refused && refusedObjects.length > 0) {
        withActor(k, p, (refusedObjects[0] as Mention).start, p + 1 + refused.index, 'RESTRICTS', 'refusal', refusedObjects);
        continue;
      }
      const l = firstOf(masked, g.light, p + 1, seg.end);
      // "对甲公司采取的措施表示欢迎": the light verb of a relative clause ("采取的"), no predicate.
      const after = l && masked[l.at + l.word.length] !== '的' ? measureIn(l.at + l.word.length, seg.end) : undefined;
      if (l && after) {
        // A country is restricted too ("对美国实施出口管制", "对自中国进口的无人机加征关税": the goods' origin), not investigated.
        const labels = after.type === 'RESTRICTS' ? [...THINGS, 'Jurisdiction'] : THINGS;
        // "决定对下列单位和个人采取反制措施：" + "一、甲公司；": the objects are the list item's, as after 将下列….
        const listed = (p < from || inlineList(seg)) && g.listed.test(masked.slice(p + 1, l.at));
        const objects = listed ? objectsIn(p < from ? from : seg.end, text.length, labels) : objectsIn(p + 1, l.at, labels);
        withActor(k, p, p + 1, after.at, after.type, 'measure', objects);
        continue;
      }
      // The light verb before 对, the measure after the phrase's 的: "启动对甲公司的反倾销调查", "加强对X的监管"; or the actor
      // itself, the measure's possessor ("商务部对无人机的出口管制自5月起施行").
      const lightBefore = g.light.some((w) => masked.slice(Math.max(seg.start, p - w.length), p) === w);
      if (!lightBefore && !mentions.some((x) => x.end === p && ACTORS.includes(x.label))) continue;
      let de = -1;
      let nominal: { at: number; type: string } | undefined;
      for (let i = masked.indexOf('的', p + 2); i > 0 && i < seg.end && !nominal; i = masked.indexOf('的', i + 1)) {
        const x = measureIn(i + 1, seg.end);
        if (x && x.at - (i + 1) <= g.compoundGap + 3) [de, nominal] = [i, x];
      }
      if (!nominal) continue;
      // The possessor's measure is the noun the objects' 的 owns, no relative clause's ("外交部对X采取的措施表示欢迎").
      if (!lightBefore && masked[de - 1] !== MASK) continue;
      const labels = nominal.type === 'RESTRICTS' ? [...THINGS, 'Jurisdiction'] : THINGS;
      const last = mentions.filter((x) => x.end === de && x.start >= Math.max(p + 1, from) && labels.includes(x.label));
      withActor(k, p, p + 1, nominal.at, nominal.type, 'measure', distinct([...objectsIn(p + 1, de, labels), ...last]));
    }
    // 禁止 (暂停, 停止, 限制) + a trade verb + objects; 禁止 … 向 + objects + a trade verb; 禁止 + objects + an activity.
    for (const m of s.matchAll(g.ban)) {
      const p = seg.start + m.index;
      // "责令甲公司暂停出口业务": the party ordered to suspend or stop is restricted, besides whatever the ban names after.
      const ordered = g.ordered.exec(masked.slice(seg.start, p));
      if (ordered) withActor(k, p, p, p, 'RESTRICTS', 'ban-ordered', objectsIn(p - ordered[0].length, p, ['Company']), true);
      // "禁止在政府场所使用X": a place or time before the trade verb; "禁止从中国进口X": the goods' origin, restricted too.
      const q0 = p + m[0].length;
      const q = q0 + (g.banPlace.exec(masked.slice(q0, seg.end))?.[0].length ?? 0);
      const trade = g.banTrade.find((w) => masked.startsWith(w, q));
      if (trade) {
        const origins = q > q0 && g.banFrom.test(masked.slice(q0, q)) ? objectsIn(q0, q, ['Jurisdiction']) : [];
        const goods = objectsIn(q + trade.length, seg.end);
        withActor(k, p, q, q, 'RESTRICTS', 'ban', distinct([...origins, ...goods, ...ownersIn(q + trade.length, seg.end), ...componentsIn(q + trade.length, seg.end)]), true);
        continue;
      }
      // "禁止联邦机构采购X": a class of parties (no name) between the ban and its trade verb, the goods after it.
      const party = g.banParty.exec(masked.slice(q, seg.end));
      const partyTrade = party ? g.banTrade.find((w) => masked.startsWith(w, q + party[0].length)) : undefined;
      // A named party is a body of the state bound by the bar ("禁止国防部采购X"), no company or goods of its own.
      const named = party ? mentions.filter((x) => x.start >= q && x.end <= q + party[0].length) : [];
      if (party && partyTrade && named.every((x) => x.label === 'Authority')) {
        const at = q + party[0].length + partyTrade.length;
        const goods = objectsIn(at, seg.end);
        if (goods.length) {
          withActor(k, p, q, q, 'RESTRICTS', 'ban', distinct([...goods, ...componentsIn(at, seg.end)]), true);
          continue;
        }
      }
      // "禁止X进口": the goods before their trade verb, which ends the clause.
      const end = seg.end - (/[。！？!?\s]*$/.exec(masked.slice(q, seg.end))?.[0].length ?? 0);
      const last = g.banTrade.find((w) => masked.slice(q, end).endsWith(w));
      if (last && end - last.length > q) {
        // "不予许可X对美国出口": the destination right before the trade verb, after 对 or 向.
        const destinations = objectsIn(q, end - last.length, ['Jurisdiction']).filter((x) => x.end === end - last.length && g.banDestination.test(masked.slice(Math.max(q, x.start - 1), x.start)));
        const objects = distinct([...objectsIn(q, end - last.length), ...destinations]);
        if (objects.length) {
          withActor(k, p, q, q, 'RESTRICTS', 'ban', objects, true);
          continue;
        }
      }
      const to = masked.slice(q, Math.min(seg.end, q + 13)).indexOf('向');
      const toVerb = to >= 0 ? firstOf(masked, g.banTo, q + to + 1, seg.end) : undefined;
      if (toVerb) {
        withActor(k, p, q + to + 1, toVerb.at, 'RESTRICTS', 'ban', objectsIn(q + to + 1, toVerb.at, [...THINGS, 'Jurisdiction']), true);
        continue;
      }
      const act = g.banActivity.exec(masked.slice(q, seg.end));
      if (act) withActor(k, p, q, q + act.index, 'RESTRICTS', 'ban', objectsIn(q, q + act.index), true);
    }
    // "《办法》适用于X": an instrument's scope; "X受《法》约束": what is subject to an instrument or body. Both regulate.
    for (const x of mentions.filter((y) => ACTORS.includes(y.label) && y.start >= seg.start && y.end <= seg.end)) {
      const end = masked[x.end] === '》' ? x.end + 1 : x.end;
      const start = masked[x.start - 1] === '《' ? x.start - 1 : x.start;
      const scope = x.label === 'Law' ? g.scope.exec(masked.slice(end, seg.end)) : null;
      if (scope && !isOblique(x) && !g.modality.test(unbased(plain(seg.start, x.start)))) {
        for (const o of objectsIn(end + scope[0].length, seg.end)) out.push({ type: 'REGULATES', subject: x, object: o, rule: 'scope' });
      }
      const before = masked.slice(seg.start, start);
      if (g.subjectTo.test(before) && g.subjection.test(masked.slice(end, seg.end)) && !g.modality.test(unbased(plain(seg.start, start)))) {
        for (const o of objectsIn(seg.start, start - 1)) out.push({ type: 'REGULATES', subject: x, object: o, rule: 'subject-to' });
      }
    }
    // An actor + 要求 + the makers or users of goods (or the goods) + a duty on them: the actor regulates the goods.
    for (const m of s.matchAll(g.require)) {
      const p = seg.start + m.index;
      const q = p + m[0].length;
      // Only the title's closing mark or words of manner between ("《条例》要求", "工信部明确要求").
      const gap = (x: Mention): string => plain(x.end, p).replace(/^[》”」"]/, '');
      const actor = mentions.filter((x) => ACTORS.includes(x.label) && x.start >= seg.start && x.end <= p && !isOblique(x) && (gap(x) === '' || g.requirer.test(gap(x)))).at(-1);
      const first = mentions.find((x) => x.start >= q && x.end <= seg.end);
      if (!first || !GOODS.includes(first.label) || masked.slice(q, seg.end).search(g.ban) >= 0 || g.appeal.test(plain(q, first.start))) continue;
      // A clause that opens with 要求 (after adverbs only) is a predicate of the actor before it ("工信部发布通知，要求…",
      // "经济产业省修订了规定，要求…"), reached as the other constructions reach theirs (actorOf), none of it supposed.
      const own = plain(seg.start, p);
      const who = actor ? undefined : own === '' || g.adverbs.test(own) ? actorOf(k, p) : undefined;
      const actors = actor ? (g.modality.test(unbased(plain(seg.start, actor.start))) ? [] : [actor]) : who && !g.modality.test(unbased(plain(who.start, p))) ? who.actors : [];
      // A licence the goods need is a restriction of them (as a licence requirement on trade with a party is: licence).
      const type = g.licence.test(masked.slice(q, seg.end)) ? 'RESTRICTS' : 'REGULATES';
      for (const a of actors) for (const o of objectsIn(q, seg.end, GOODS)) out.push({ type, subject: a, object: o, rule: 'require' });
    }
    // 向 + parties + a trade verb, then a licence requirement in the sentence ("向甲公司出口…，均须事先取得BIS颁发的许可证").
    for (let at = s.indexOf('向'); at >= 0; at = s.indexOf('向', at + 1)) {
      const p = seg.start + at;
      if ([...masked.slice(seg.start, p).matchAll(g.ban)].length) break;
      const verb = firstOf(masked, g.banTo, p + 1, seg.end);
      const stop = masked.slice(p).search(/[。！？!?]/);
      const sentenceEnd = stop < 0 ? masked.length : p + stop;
      const licence = verb ? g.licence.exec(masked.slice(verb.at, sentenceEnd)) : null;
      if (!verb || !licence) continue;
      const from = verb.at + licence.index;
      const issuer = mentions.find((m) => m.start >= from && m.end <= from + licence[0].length && m.label === 'Authority');
      const objects = objectsIn(p + 1, verb.at, [...THINGS, 'Jurisdiction']);
      if (issuer) add(k, 'RESTRICTS', 'licence', issuer, objects);
      else withActor(k, p, p + 1, verb.at, 'RESTRICTS', 'licence', objects);
      break;
    }
  });
  // "为了规范X…，制定本条例": the instrument made regulates what the purpose clause names.
  const purpose = g.purpose.exec(masked);
  const first = segments[0];
  if (purpose && first) {
    const made = mentions.find((m) => m.label === 'Law' && m.start >= first.end && g.enacting.test(plain(Math.max(0, m.start - 4), m.start)));
    if (made) for (const o of objectsIn(first.start + purpose[0].length, first.end)) out.push({ type: 'REGULATES', subject: made, object: o, rule: 'purpose' });
  }
  // "从事X的设计、生产活动，应当向A申请取得…许可": the body whose licence or approval an activity on X needs regulates X.
  const engaging = first ? g.engaging.exec(masked.slice(first.start, first.end)) : null;
  if (engaging && first) {
    const objects = objectsIn(first.start + engaging.index + engaging[0].length, first.end);
    const grantor = mentions.find((m) => m.label === 'Authority' && m.start >= first.end && masked[m.start - 1] === '向' && g.application.test(masked.slice(m.end)));
    if (grantor) for (const o of objects) out.push({ type: 'REGULATES', subject: grantor, object: o, rule: 'application' });
  }
  // "采购X，…，应当通过A会同B组织的国家安全审查": the body that organises the review goods must pass investigates them.
  for (const seg of segments) {
    for (const actor of mentions.filter((m) => m.label === 'Authority' && m.start > seg.start && m.end < seg.end)) {
      const before = g.organisedBy.exec(masked.slice(seg.start, actor.start));
      const organising = g.organising.exec(masked.slice(actor.end, seg.end));
      if (!before || !organising) continue;
      const review = measureIn(actor.end + organising[0].length, seg.end);
      if (review?.type !== 'INVESTIGATES' || review.at > actor.end + organising[0].length + g.compoundGap + 4) continue;
      const opening = (segments[0] as Segment).start;
      const objects = objectsIn(opening, seg.start + before.index);
      for (const o of objects) out.push({ type: 'INVESTIGATES', subject: actor, object: o, rule: 'organised-review' });
    }
  }
  // "A应当为X划设空域": the body that lays out where goods may go or work regulates them.
  for (const seg of segments) {
    const lay = g.layOut.exec(masked.slice(seg.start, seg.end));
    if (!lay) continue;
    const layAt = seg.start + lay.index;
    const actor = mentions.find((m) => m.label === 'Authority' && m.start >= seg.start && m.end < layAt && g.forGoods.test(masked.slice(m.end, layAt)));
    const forAt = actor ? actor.end + (g.forGoods.exec(masked.slice(actor.end, layAt))?.[0].length ?? 0) : -1;
    if (actor) for (const o of objectsIn(forAt, layAt)) out.push({ type: 'REGULATES', subject: actor, object: o, rule: 'lay-out' });
    // "X应当在A…划定的空域内飞行": the goods that must keep to the area, the clause's subject before 在 and the body.
    const keeper = mentions.find((m) => m.label === 'Authority' && m.start > seg.start && m.end <= layAt && masked[m.start - 1] === '在');
    const goods = keeper ? objectsIn(seg.start, keeper.start - 1).filter((o) => g.keepTo.test(masked.slice(o.end, keeper.start))) : [];
    if (keeper) for (const o of goods) out.push({ type: 'REGULATES', subject: keeper, object: o, rule: 'lay-out' });
  }
  // "A应当…，加强X、Y和Z管理", "A负责X的监督管理工作", "A…，并负责X落地后的现场处置": the body in charge of managing goods
  // regulates them, the one in charge of disposing of them restricts them.
  segments.forEach((seg, k) => {
    const m = g.manage.exec(masked.slice(seg.start, seg.end));
    if (!m?.groups) return;
    const type = Object.entries(g.manageNouns).find(([, ws]) => ws.includes(m.groups?.noun ?? ''))?.[0];
    const verbAt = seg.start + m.index;
    const a = verbAt + (m.groups.verb ?? '').length;
    const b = a + (m.groups.objects ?? '').length;
    const manager = mentions.filter((x) => x.label === 'Authority' && x.end <= verbAt && !isOblique(x) && (x.end === verbAt || g.manager.test(masked.slice(x.end, verbAt)))).at(-1) ?? carriedManager(k, verbAt);
    // "建议A加强X管理": a body only asked or urged to manage states nothing.
    const clause = segments.findLast((x) => manager && x.start <= manager.start) ?? seg;
    if (!type || !manager || g.modality.test(unbased(plain(clause.start, manager.start)))) return;
    // The goods its 的 owns are managed, no possessor ("加强对X的管理", "负责X的现场处置").
    const owned = mentions.filter((x) => x.start >= a && x.end < b && THINGS.includes(x.label) && OWNED_NOUN.test(masked.slice(x.end, b)));
    const objects = distinct([...objectsIn(a, b), ...owned]);
    for (const actor of coordinated(manager, 0)) for (const o of objects) if (o.id !== actor.id) out.push({ type, subject: actor, object: o, rule: 'manage' });
  });
  /** The body that opens the clause before, for a clause coordinated to it without a subject of its own ("，并负责…"). */
  function carriedManager(k: number, verbAt: number): Mention | undefined {
    const seg = segments[k] as Segment;
    const prev = segments[k - 1];
    if (!prev || !g.managerCarried.test(masked.slice(seg.start, verbAt).trim())) return undefined;
    const opening = mentions.find((x) => x.start >= prev.start && x.end <= prev.end && masked.slice(prev.start, x.start).trim() === '');
    return opening && opening.label === 'Authority' ? opening : undefined;
  }
  const seen = new Set<string>();
  return out.filter((a) => {
    const key = `${a.type}|${a.subject.id}|${a.object.id}`;
    return !seen.has(key) && seen.add(key);
  });
}

/** Between goods and the noun of their management: their 的 and a few characters of the noun's own ("的现场处置"). */
const OWNED_NOUN = /^的[^，。；：的\uE000]{0,4}$/;

/** How far before a mention `oblique` looks: a verb of listing, a few words and a quote ("列入出口管制“"). */
const OBLIQUE_REACH = 12;

/** The actor a sentence names last (no preposition's object): what a following subjectless sentence takes up. */
export function lastActor(text: string, mentions: Mention[], g: ZhGrammar = defaultGrammar()): Mention | undefined {
  if (!hasHan(text)) return undefined;
  const masked = mask(text, mentions, g);
  const oblique = (m: Mention): boolean => {
    const head = glossed(m, mentions, masked);
    return head ? oblique(head) : g.oblique.test(masked.slice(Math.max(0, m.start - OBLIQUE_REACH), m.start));
  };
  return mentions.filter((m) => ACTORS.includes(m.label) && !oblique(m)).at(-1);
}

/** "列入实体清单（Entity List）": a name in brackets right after a mention glosses it (its foreign name, its acronym) and
 *  has its role; a list put on after a verb of listing acts no more in its gloss. The mention glossed, if any. */
function glossed(m: Mention, mentions: Mention[], masked: string): Mention | undefined {
  return mentions.find((x) => x !== m && x.end <= m.start && /^\s*[（(]\s*$/.test(masked.slice(x.end, m.start)));
}

/** The text with every mention blanked, so no word inside a name is read as a cue ("不可靠实体清单"), and 之 read as 的. */
function mask(text: string, mentions: Mention[], g: ZhGrammar): string {
  // 之, the formal 的, is 的 to every construction (zh-relations.yaml attributive); same length, so offsets hold.
  const chars = [...text.replace(g.attributive, '的').split('')];
  for (const m of mentions) for (let i = m.start; i < m.end && i < chars.length; i++) chars[i] = MASK;
  return chars.join('');
}

/** Clauses: split at ，；： outside brackets and quotes (an English name in brackets may hold a comma). */
function clausesOf(masked: string): Segment[] {
  const out: Segment[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < masked.length; i++) {
    const c = masked[i] as string;
    if (OPEN.includes(c)) depth++;
    else if (CLOSE.includes(c)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && BREAK.includes(c)) {
      out.push({ start, end: i });
      start = i + 1;
    }
  }
  out.push({ start, end: masked.length });
  return out;
}

/** The earliest of `words` in masked[from, to), the longest at a place. */
function firstOf(masked: string, ws: string[], from: number, to: number): { at: number; word: string } | undefined {
  let best: { at: number; word: string } | undefined;
  for (const w of ws) {
    const at = masked.indexOf(w, from);
    if (at < 0 || at + w.length > to) continue;
    if (!best || at < best.at || (at === best.at && w.length > best.word.length)) best = { at, word: w };
  }
  return best;
}

function distinct(ms: Mention[]): Mention[] {
  const seen = new Set<string>();
  return ms.filter((m) => !seen.has(m.id) && seen.add(m.id));
}
