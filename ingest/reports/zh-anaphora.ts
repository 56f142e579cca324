// Chinese anaphora of things: "上述物项" (the items named above), "上述企业", and "其" after 向/对/禁止 ("禁止向其出口":
// to them) or after an order's 责令/勒令 ("责令其暂停…": the party ordered). Each takes up every thing of its kind the sentence names before it, or else every one the nearest sentence
// before names (its own or taken up there): "对无人机飞行控制器、红外热成像模组和机载激光雷达实施出口管制。…海关总署依法对上述
// 物项的出口实施监管" reaches all three items. Objects only, never actors.
import type { Mention } from '../recognize/matcher.ts';
import { HAN } from '../text/scripts.ts';

export const ZH_TAKEN_UP = 'anaphora:zh';

const GOODS = ['Product', 'Technology'];
const PARTIES = ['Company'];
/** The class noun after 上述 -> the kinds it takes up; 其 takes up parties. */
const NOUNS: Record<string, string[]> = { 物项: GOODS, 产品: GOODS, 设备: GOODS, 物品: GOODS, 技术: GOODS, 企业: PARTIES, 实体: PARTIES, 公司: PARTIES };
const TAKEN_UP = new RegExp(`上述(?:${HAN}{0,2}?)(${Object.keys(NOUNS).join('|')})|(?<=向|对|禁止|责令|勒令)其(?=${HAN})`, 'gu');

export class ZhAnaphora {
  /** Per kind, the things of the latest sentence that named any. */
  private readonly latest = new Map<string, Mention[]>();

  /** The things the anaphors of `text` (from `from` on) take up, as mentions at the anaphors. */
  objects(text: string, from: number, own: Mention[]): Mention[] {
    const out: Mention[] = [];
    for (const m of text.slice(from).matchAll(TAKEN_UP)) {
      const start = from + m.index;
      const end = start + m[0].length;
      if (own.some((x) => x.start < end && start < x.end)) continue;
      const kinds = m[1] ? NOUNS[m[1]] : PARTIES;
      const before = distinct(own.filter((x) => x.end <= start && kinds.includes(x.label)));
      const antecedents = before.length ? before : distinct(kinds.flatMap((k) => this.latest.get(k) ?? []));
      for (const a of antecedents) out.push({ ...a, start, end, surface: m[0], via: ZH_TAKEN_UP });
    }
    return out;
  }

  /** Records the things a sentence names (its own and those its anaphors take up); a list item that continues the
   *  list of the one before adds its things to theirs ("将下列实体列入…：" + "1. 甲公司" + "2. 乙公司", then "上述实体": both). */
  note(mentions: Mention[], continues = false): void {
    for (const kind of [...GOODS, ...PARTIES]) {
      const things = mentions.filter((m) => m.label === kind);
      if (things.length) this.latest.set(kind, continues ? [...(this.latest.get(kind) ?? []), ...things] : things);
    }
  }
}

function distinct(ms: Mention[]): Mention[] {
  const seen = new Set<string>();
  return ms.filter((m) => !seen.has(m.id) && seen.add(m.id));
}
