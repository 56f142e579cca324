// A small phrase bank in the team's own words, recombined into neutral invented text. Actor terms
// and modal words come from the vocabularies (ingest/vocab), so the extractors find real norms.
// Most sentences carry a seeded time limit, condition or purpose, so that, like a real corpus, few
// sentences repeat verbatim (otherwise anything that remembers a sentence's reading would look faster
// here than on real statutes).
import type { Rng } from './prng.ts';

const ZH_ACTORS = ['任何组织和公民', '任何组织和个人', '网络运营者', '关键信息基础设施运营者', '有关单位和个人', '网络产品、服务的提供者'];
const ZH_AUTHORITIES = ['国家网信部门', '国家安全机关', '公安机关', '国务院有关主管部门'];
const ZH_MODALS = ['应当', '不得', '可以'];
const ZH_ACTIONS = [
  '依法支持、协助和配合有关工作', '采取技术措施保障数据的完整性', '向有关主管部门报告安全事件',
  '建立健全内部管理制度', '对收集的信息严格保密', '在境内存储运营中产生的数据', '提供必要的技术支持',
  '定期开展风险评估', '保存相关网络日志不少于六个月', '制定应急预案并组织演练',
];
const ZH_POWERS = ['要求有关单位提供相关资料', '责令有关单位限期改正', '查阅、调取有关材料', '约谈有关负责人'];
const ZH_FILLERS = [
  '国家鼓励有关行业组织加强自律，促进行业健康发展。', '本条所称数据，是指以电子方式对信息的记录。',
  '有关部门应当加强协调，形成工作合力。', '具体办法由国务院有关部门另行制定。',
];
const ZH_TOPICS = ['数据', '网络', '信息', '平台', '算法', '设备', '通信', '传感器', '无人机', '车联网'];
const ZH_KINDS = ['安全法', '管理条例', '保护法', '服务管理办法'];
const ZH_CHAPTERS = ['总则', '一般规定', '安全保障', '监督管理', '数据处理', '法律责任', '附则'];

export function zhTitle(r: Rng, n: number): string {
  return `中华人民共和国${r.pick(ZH_TOPICS)}${r.pick(ZH_TOPICS)}${r.pick(ZH_KINDS)}（合成${n}号）`;
}

export function zhChapter(r: Rng): string {
  return r.pick(ZH_CHAPTERS);
}

const ZH_WHEN = ['发生安全事件的', '收到有关主管部门通知的', '涉及重要数据的', '向境外提供数据的', '变更运营主体的'];

/** A seeded qualifier: a condition before the clause, a time limit after it, or none. */
function zhQualified(r: Rng, clause: string): string {
  const roll = r.next();
  if (roll < 0.35) return `${r.pick(ZH_WHEN)}，${clause}`;
  if (roll < 0.75) return `${clause}，并在${chineseDays(r)}内完成`;
  return clause;
}

const chineseDays = (r: Rng): string => `${r.int(2, 365)}日`;

/** One article paragraph of 1-3 sentences, most of them carrying a norm. */
export function zhParagraph(r: Rng): string {
  const out: string[] = [];
  for (let i = r.int(1, 3); i > 0; i--) {
    const roll = r.next();
    if (roll < 0.7) out.push(`${zhQualified(r, `${r.pick(ZH_ACTORS)}${r.pick(ZH_MODALS)}${r.pick(ZH_ACTIONS)}`)}。`);
    else if (roll < 0.75) out.push(`${r.pick(ZH_AUTHORITIES)}可以${r.pick(ZH_POWERS)}，${r.pick(ZH_ACTORS)}应当予以配合。`);
    else out.push(r.pick(ZH_FILLERS));
  }
  return out.join('');
}

const EN_ACTORS = ['Member States', 'providers of digital services', 'manufacturers', 'network operators', 'the competent authority', 'importers'];
const EN_MODALS = ['shall', 'shall not', 'may'];
const EN_ACTIONS = [
  'take appropriate technical and organisational measures to manage risks',
  'notify the competent authority of any significant incident without undue delay',
  'keep records of processing activities for a period of five years',
  'make information on vulnerabilities available to users free of charge',
  'designate a single point of contact for cross-border cooperation',
  'cooperate with the market surveillance authorities on request',
  'disclose source code to third parties without a legal basis',
  'carry out an assessment of conformity before placing products on the market',
];
const EN_FILLERS = [
  'This provision is without prejudice to the rules on the protection of personal data.',
  'The Commission may adopt guidelines specifying the practical arrangements.',
  'For the purposes of this paragraph, account should be taken of the size of the entity.',
];
const EN_TOPICS = ['connected devices', 'data intermediation', 'network resilience', 'digital identity', 'sensor platforms', 'remote piloting'];

export function enTitle(r: Rng, n: number): string {
  return `REGULATION (EU) 2099/${n} OF THE EUROPEAN PARLIAMENT AND OF THE COUNCIL on ${r.pick(EN_TOPICS)} and ${r.pick(EN_TOPICS)} (synthetic)`;
}

export function enTopic(r: Rng): string {
  return r.pick(EN_TOPICS);
}

const EN_WHEN = ['a significant incident occurs', 'the competent authority so requests', 'personal data are transferred abroad', 'a product is substantially modified'];

export function enSentence(r: Rng): string {
  if (r.chance(0.25)) return r.pick(EN_FILLERS);
  const actor = r.pick(EN_ACTORS);
  const clause = `${r.pick(EN_MODALS)} ${r.pick(EN_ACTIONS)}`;
  const roll = r.next();
  if (roll < 0.35) return `Where ${r.pick(EN_WHEN)}, ${actor} ${clause}.`;
  const sentence = `${actor[0]!.toUpperCase()}${actor.slice(1)} ${clause}`;
  return roll < 0.75 ? `${sentence} within ${r.int(2, 365)} days.` : `${sentence}.`;
}

const REPORT_VERBS = ['is subject to', 'has been named in debates about', 'supplies equipment covered by', 'was discussed in relation to'];
const REPORT_FILLERS = [
  'Analysts disagree about how often such requests are made in practice.',
  'The market for consumer devices has grown quickly over the last decade.',
  'Data collected by connected products may include location and imagery.',
  'Several governments have reviewed the procurement of such equipment.',
];

/** A report sentence naming a company and a law (catalog names), or a neutral filler. */
export function reportSentence(r: Rng, companies: readonly string[], laws: readonly string[]): string {
  if (r.chance(0.4)) return r.pick(REPORT_FILLERS);
  const year = r.chance(0.7) ? `In ${r.int(1990, 2099)}, ` : '';
  return `${year}${r.pick(companies)} ${r.pick(REPORT_VERBS)} the ${r.pick(laws)}.`;
}
