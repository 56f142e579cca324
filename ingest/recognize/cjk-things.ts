// Chinese product categories by their head (grammar/things.yaml `cjk-heads`): 无人机飞行控制器, 红外热成像模组,
// 机载激光雷达. Chinese has no spaces: the name starts right after a clause's start, a conjunction, a preposition or
// a verb of trade (供应 and 提供 too: "停止向甲公司供应车规级芯片"), and none of its characters is a function word, so "对无人机飞行控制器、红外热成像模组和机载激光雷达
// 实施出口管制" gives three names and "具有明显的军民两用属性" none.
import { anyOf, listOf } from './any-of.ts';
import type { Found } from './found.ts';
import { grammar } from './grammar.ts';

// Verbs of measures and of dealing with goods (限制车载无人机: 'restrict vehicle-mounted drones'; 禁止, 管制, 审查, 调查, 制裁,
// 列入, 纳入, 拆除, 更换, 淘汰, 部署, 安装, 进口 as above): a name starts after one and holds none, as after a verb of trade.
const MEASURE_VERBS = '限制|禁止|禁用|管制|管控|审查|调查|制裁|列入|纳入|拆除|更换|替换|淘汰|部署|安装|监管|认证|许可|封锁|打压';
const START = `(?<=^|[\\s，。；：、（）“”《》,;:()]|的|对|和|与|及|向|将|围绕|针对|关于|涉及|包括|出口|进口|销售|出售|生产|制造|采购|使用|供应|提供|${MEASURE_VERBS})`;
// Function words, prepositions (围绕, 针对, 关于: '围绕无人机' is 'around drones'), quantifiers (多家, 部分, 某些) and verbs of
// trade are no part of a name.
const NAME = `(?:(?!出口|进口|生产|制造|使用|提供|围绕|针对|关于|涉及|包括|${MEASURE_VERBS})[^\\P{Script=Han}对和与及向将在的了是为同应当已也并被把从于以其该各请据会等或家多些类部分每某任何所有这那售购买卖]){1,10}?`;

let cached: { re: RegExp; labels: Map<string, string> } | undefined;

function pattern(): { re: RegExp; labels: Map<string, string> } {
  if (cached) return cached;
  const labels = new Map<string, string>();
  for (const [label, heads] of Object.entries(grammar().cjkThingHeads)) for (const h of heads) labels.set(h, label);
  // Longest head first: 激光雷达 before 雷达.
  const heads = [...labels.keys()].sort((a, b) => b.length - a.length).join('|');
  cached = { re: new RegExp(`${START}${NAME}(?<head>${heads})`, 'gu'), labels };
  return cached;
}

export function findCjkThings(text: string): Found[] {
  const p = pattern();
  const { re, labels } = p;
  const out: Found[] = [];
  // A test (no copy of the pattern) for the sentences without one (most: every English one).
  if (anyOf(listOf(p, () => [re]))?.test(text) === false) return out;
  for (const m of text.matchAll(re)) {
    const label = labels.get(m.groups?.head ?? '') ?? 'Product';
    out.push({ start: m.index, end: m.index + m[0].length, surface: m[0], label, name: m[0], rule: 'thing:cjk', score: 0.7 });
  }
  return out;
}
