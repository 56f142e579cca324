// The Chinese constructions of zh-relations.ts on own sentences (fictional companies): 将/把 + objects + 列入, the passive
// with its agent, 对 + objects + a light verb + a measure noun, 禁止 + trade, the actor across reporting and basis clauses,
// negation, intention and condition.
import { describe, expect, it } from 'vitest';
import { analyseText, readSentence, statedInOrder } from './helpers.ts';
import { mentionsOf } from '../one-sentence.ts';

const stated = (text: string): string[] => statedInOrder(text, { language: 'zh', title: '报道' });

const MOFCOM = 'authority:mofcom';
const A = 'company:~甲岭科技公司';
const B = 'company:~乙峰光电公司';
const C = 'company:~丙川电子公司';
const RADAR = 'product:~车载毫米波雷达';
const LIDAR = 'product:~车载激光雷达';

describe('Chinese constructions', () => {
  it('reads 将/把 + an enumeration + 列入 after a reported decision, the actor before its comma', () => {
    expect(stated('商务部宣布，将甲岭科技公司、乙峰光电公司等3家实体列入出口管制管控名单。')).toEqual([`${MOFCOM} ADDS_TO_LIST ${A}`, `${MOFCOM} ADDS_TO_LIST ${B}`]);
    expect(stated('美国商务部把甲岭科技公司列入了实体清单。')).toEqual([`authority:us-commerce ADDS_TO_LIST ${A}`]);
  });
  it('reaches the issuer across a basis clause whose instruments, coordinated or not, never act', () => {
    expect(stated('商务部发布公告称，根据《出口管制法》和《不可靠实体清单规定》的有关规定，决定将甲岭科技公司列入出口管制管控名单。')).toEqual([`${MOFCOM} ADDS_TO_LIST ${A}`]);
    // The basis clause's 要求 asks nothing; 拟 after it still intends.
    expect(stated('商务部根据《出口管制法》的要求，决定将甲岭科技公司列入出口管制管控名单。')).toEqual([`${MOFCOM} ADDS_TO_LIST ${A}`]);
    expect(stated('商务部根据有关规定要求，拟将甲岭科技公司列入出口管制管控名单。')).toEqual([]);
  });
  it('reads a passive with its agent, not one without an agent, nor a negated one', () => {
    expect(stated('甲岭科技公司已被商务部列入出口管制管控名单。')).toEqual([`${MOFCOM} ADDS_TO_LIST ${A}`]);
    expect(stated('甲岭科技公司已被外交部制裁。')).toEqual([`authority:~外交部 RESTRICTS ${A}`]);
    expect(stated('甲岭科技公司被列入出口管制管控名单后，股价下跌。')).toEqual([]);
    expect(stated('甲岭科技公司未被商务部列入出口管制管控名单。')).toEqual([]);
    // 遭, 受到 mark it too; without an agent they state nothing.
    expect(stated('甲岭科技公司遭美国财政部海外资产控制办公室制裁。')).toEqual([`authority:~美国财政部海外资产控制办公室 RESTRICTS ${A}`]);
    expect(stated('甲岭科技公司受到商务部调查。')).toEqual([`${MOFCOM} INVESTIGATES ${A}`]);
    expect(stated('甲岭科技公司受到市场欢迎。')).toEqual([]);
  });
  it('reads 对 + objects + a light verb + a measure noun by the noun\'s class, and the parties a 涉及 clause adds', () => {
    expect(stated('外交部宣布，依据《反外国制裁法》，对甲岭科技公司采取反制措施。')).toEqual([`authority:~外交部 RESTRICTS ${A}`]);
    expect(stated('商务部对甲岭科技公司施加出口限制。')).toEqual([`${MOFCOM} RESTRICTS ${A}`]);
    expect(stated('海关总署决定对车载毫米波雷达加强监管。')).toEqual([`authority:~海关总署 REGULATES ${RADAR}`]);
    expect(stated('商务部决定对甲岭科技公司发起反倾销调查，涉及乙峰光电公司、丙川电子公司等企业。')).toEqual([
      `${MOFCOM} INVESTIGATES ${A}`,
      `${MOFCOM} INVESTIGATES ${B}`,
      `${MOFCOM} INVESTIGATES ${C}`,
    ]);
  });
  it('takes the maker of the goods as an object, not their possessor, nor a noun a name modifies', () => {
    expect(stated('海关总署依法对甲岭科技公司生产的车载毫米波雷达实施监管。')).toEqual([`authority:~海关总署 REGULATES ${A}`, `authority:~海关总署 REGULATES ${RADAR}`]);
    expect(stated('海关总署决定对甲岭科技公司的车载毫米波雷达实施监管。')).toEqual([`authority:~海关总署 REGULATES ${RADAR}`]);
    expect(stated('商务部决定对车载毫米波雷达相关物项实施出口管制。')).toEqual([]);
  });
  it('states nothing negated, intended, considered, future or supposed', () => {
    for (const s of [
      '商务部暂未对甲岭科技公司采取限制措施。',
      '商务部正在考虑对甲岭科技公司加征关税。',
      '商务部将对甲岭科技公司实施制裁。',
      '商务部将把甲岭科技公司列入出口管制管控名单。',
      '商务部拟将甲岭科技公司列入出口管制管控名单。',
      '如果商务部将甲岭科技公司列入出口管制管控名单，市场将受影响。',
      '商务部未来将对甲岭科技公司实施出口管制。',
      '商务部不将甲岭科技公司列入出口管制管控名单。',
    ]) {
      expect(stated(s), s).toEqual([]);
    }
    // Words on 不 and 未 that negate nothing.
    expect(stated('外交部不得不对甲岭科技公司采取反制措施。')).toEqual([`authority:~外交部 RESTRICTS ${A}`]);
    expect(stated('商务部依法对甲岭科技公司予以处罚。')).toEqual([`${MOFCOM} RESTRICTS ${A}`]);
    expect(stated('商务部不对甲岭科技公司予以处罚。')).toEqual([]);
    expect(stated('商务部不久前将甲岭科技公司列入出口管制管控名单。')).toEqual([`${MOFCOM} ADDS_TO_LIST ${A}`]);
    expect(stated('商务部不仅将甲岭科技公司列入出口管制管控名单，还对乙峰光电公司开展调查。')).toEqual([`${MOFCOM} ADDS_TO_LIST ${A}`, `${MOFCOM} INVESTIGATES ${B}`]);
  });
  it('reads an order that a named party itself suspend or stop what it does as a restriction of the party', () => {
    expect(stated('海关总署责令丙川电子公司停止生产相关型号。')).toEqual([`authority:~海关总署 RESTRICTS ${C}`]);
    // 其 after 责令 takes up the party of its sentence; the goods a stop names are restricted too, as before.
    expect(stated('商务部对甲岭科技公司开展调查，并责令其暂停车载毫米波雷达的出口业务。')).toEqual([`${MOFCOM} INVESTIGATES ${A}`, `${MOFCOM} RESTRICTS ${A}`]);
    // Not a request (要求 may only ask), nor a negated order.
    expect(stated('商务部要求甲岭科技公司暂停出口业务。')).toEqual([]);
    expect(stated('商务部未责令甲岭科技公司暂停出口业务。')).toEqual([]);
  });
  it('reads no negation into the conduct a party is examined for, only into the act', () => {
    // The 未 of the party's conduct ("未按规定申报的行为") describes what the company did; the investigation is stated.
    expect(stated('商务部对甲岭科技公司未按规定申报出口数据的行为立案调查。')).toEqual([`${MOFCOM} INVESTIGATES ${A}`]);
    expect(stated('海关总署对乙峰光电公司未经备案擅自改变报关用途的问题开展核查。')).toEqual([`authority:~海关总署 INVESTIGATES ${B}`]);
    // A negation of the act itself, before 对 or in the construction outside the conduct, still states nothing.
    expect(stated('商务部未对甲岭科技公司违规出口的问题开展调查。')).toEqual([]);
    expect(stated('商务部对甲岭科技公司尚未开展调查。')).toEqual([]);
  });
  it('reads 禁止 + a trade verb, 禁止…向 + objects, and 禁止 + objects + an activity as restrictions by the actor before', () => {
    expect(stated('海关总署发布公告，自即日起禁止进口车载毫米波雷达。')).toEqual([`authority:~海关总署 RESTRICTS ${RADAR}`]);
    expect(stated('商务部决定将甲岭科技公司列入出口管制管控名单，禁止国内出口经营者向上述企业出口两用物项。')).toEqual([`${MOFCOM} ADDS_TO_LIST ${A}`, `${MOFCOM} RESTRICTS ${A}`]);
    expect(stated('不可靠实体清单工作机制宣布，将甲岭科技公司列入不可靠实体清单，并禁止其在中国境内投资。')).toEqual([
      `authority:~不可靠实体清单工作机制 ADDS_TO_LIST ${A}`,
      `authority:~不可靠实体清单工作机制 RESTRICTS ${A}`,
    ]);
    expect(stated('商务部禁止任何组织和个人向美国军事最终用户出口车载毫米波雷达。')).toEqual([`${MOFCOM} RESTRICTS jur:us`]);
    // A suspension or limit of trade bans too; a company that stops selling restricts nothing.
    expect(stated('海关总署此前已暂停进口甲岭科技公司生产的车载毫米波雷达，并对其在华销售的无人机开展检查。')).toEqual([
      `authority:~海关总署 RESTRICTS ${A}`,
      `authority:~海关总署 RESTRICTS ${RADAR}`,
      `authority:~海关总署 INVESTIGATES ${A}`,
      'authority:~海关总署 INVESTIGATES product:drones',
    ]);
    expect(stated('商务部表示，不限制正常贸易。')).toEqual([]);
    expect(stated('甲岭科技公司已停止销售车载毫米波雷达。')).toEqual([]);
  });
  it('reaches no actor past a side or a country right before the construction, nor reads a relative clause\'s light verb', () => {
    expect(stated('商务部新闻发言人对美方将甲岭科技公司列入实体清单的做法表示反对。')).toEqual([]);
    expect(stated('商务部表示，美国已将甲岭科技公司列入实体清单。')).toEqual([]);
    expect(stated('外交部对甲岭科技公司采取的措施表示欢迎。')).toEqual([]);
    // A country after 对 is an object, not a subject.
    expect(stated('商务部决定对美国实施出口管制。')).toEqual([`${MOFCOM} RESTRICTS jur:us`]);
  });
  it('does not carry an actor across a clause with a subject of its own, named or not', () => {
    expect(stated('商务部发布公告，甲岭科技公司对乙峰光电公司发起调查。')).toEqual([]);
    expect(stated('商务部新闻发言人表示，中方决定将甲岭科技公司列入不可靠实体清单。')).toEqual([]);
  });
  it('reads 将下列实体列入…： with the list items after it as its objects, and 上述实体 after them as every item\'s', () => {
    const notice = [
      '根据《中华人民共和国出口管制法》的有关规定，商务部决定将下列3家美国实体列入出口管制管控名单：',
      '1. 甲岭科技公司（Jialing Technologies Inc.）；',
      '2. 乙峰光电公司（Yifeng Photonics Corp.）；',
      '3. 丙川电子公司（Bingchuan Electronics LLC）。',
      '商务部禁止出口经营者向上述实体出口两用物项。',
    ].join('\n\n');
    expect(stated(notice)).toEqual([
      `${MOFCOM} ADDS_TO_LIST ${A}`,
      `${MOFCOM} ADDS_TO_LIST ${B}`,
      `${MOFCOM} ADDS_TO_LIST ${C}`,
      `${MOFCOM} RESTRICTS ${A}`,
      `${MOFCOM} RESTRICTS ${B}`,
      `${MOFCOM} RESTRICTS ${C}`,
    ]);
    // A lead-in that names its objects itself lends the items nothing.
    expect(stated('商务部决定将甲岭科技公司列入出口管制管控名单，理由如下：\n\n1. 乙峰光电公司为其供货。')).toEqual([`${MOFCOM} ADDS_TO_LIST ${A}`]);
  });
  it('reads 对下列…+ a light verb + a measure noun：with the list items after it as its objects, not a person\'s employer', () => {
    // A decision's targets as numbered paragraphs, and inline.
    expect(stated('根据《中华人民共和国反外国制裁法》的规定，外交部决定对下列单位采取反制措施：\n\n一、甲岭科技公司；\n\n二、乙峰光电公司。')).toEqual([
      `authority:~外交部 RESTRICTS ${A}`,
      `authority:~外交部 RESTRICTS ${B}`,
    ]);
    expect(stated('商务部决定对下列企业开展反倾销调查：（一）甲岭科技公司；（二）乙峰光电公司。')).toEqual([`${MOFCOM} INVESTIGATES ${A}`, `${MOFCOM} INVESTIGATES ${B}`]);
    // An item naming a person by the company's title: the company is the person's employer, no object.
    expect(stated('外交部决定对下列单位和个人采取反制措施：\n\n一、甲岭科技公司；\n\n二、乙峰光电公司首席执行官张明远。')).toEqual([`authority:~外交部 RESTRICTS ${A}`]);
    // Future and intended decisions state nothing.
    expect(stated('外交部将对下列单位采取反制措施：\n\n一、甲岭科技公司。')).toEqual([]);
    expect(stated('外交部拟对下列单位采取反制措施：（一）甲岭科技公司。')).toEqual([]);
  });
  it('reads a suspension of a party\'s trade licence or business (暂停了X的进口资质) as a restriction of the party, not a negated one', () => {
    expect(stated('海关总署暂停了深圳甲岭科技有限公司的进口资质。')).toEqual(['authority:~海关总署 RESTRICTS company:~深圳甲岭科技有限公司']);
    expect(stated('商务部决定暂停深圳乙峰光电有限公司的出口业务。')).toEqual([`${MOFCOM} RESTRICTS company:~深圳乙峰光电有限公司`]);
    // 未暂停 negates; the verb is no part of the company's name.
    expect(stated('海关总署未暂停深圳甲岭科技有限公司的进口资质。')).toEqual([]);
    expect(readSentence('海关总署未暂停深圳甲岭科技有限公司的进口资质。', { language: 'zh' }).entities).toContain('company:~深圳甲岭科技有限公司');
  });
  it('reads 将X纳入 + a measure\'s 范围 by the measure noun\'s class, no listing, and nothing without a measure noun', () => {
    expect(stated('商务部已将车载激光雷达纳入出口管制范围。')).toEqual([`${MOFCOM} RESTRICTS ${LIDAR}`]);
    expect(stated('商务部将车载激光雷达纳入监管范围。')).toEqual([`${MOFCOM} REGULATES ${LIDAR}`]);
    expect(stated('商务部将车载激光雷达纳入统计范围。')).toEqual([]);
    // A list stays a list.
    expect(stated('商务部将深圳甲岭科技有限公司列入出口管制管控名单。')).toEqual([`${MOFCOM} ADDS_TO_LIST company:~深圳甲岭科技有限公司`]);
  });
  it('reads an instrument\'s scope (适用于) and what is subject to an instrument or body (受…约束, 受…监管) as its regulation, not negated or supposed', () => {
    expect(stated('《网络安全审查办法》同样适用于深圳甲岭科技有限公司。')).toEqual(['law:~网络安全审查办法 REGULATES company:~深圳甲岭科技有限公司']);
    expect(stated('《网络安全审查办法》适用于车载激光雷达。')).toEqual([`law:~网络安全审查办法 REGULATES ${LIDAR}`]);
    expect(stated('深圳乙峰光电有限公司受《中华人民共和国数据安全法》约束。')).toEqual(['law:cn:data-security-law REGULATES company:~深圳乙峰光电有限公司']);
    expect(stated('深圳乙峰光电有限公司受商务部监管。')).toEqual([`${MOFCOM} REGULATES company:~深圳乙峰光电有限公司`]);
    expect(stated('《网络安全审查办法》不适用于深圳甲岭科技有限公司。')).toEqual([]);
    expect(stated('深圳乙峰光电有限公司不受《中华人民共和国数据安全法》约束。')).toEqual([]);
    expect(stated('如果《网络安全审查办法》适用于深圳甲岭科技有限公司，成本将上升。')).toEqual([]);
  });
  it('reads 禁止 + a class of parties + a trade verb + goods as a restriction of the goods, not where a name or a preposition stands between', () => {
    expect(stated('商务部决定禁止政府机构采购车载激光雷达。')).toEqual([`${MOFCOM} RESTRICTS ${LIDAR}`]);
    expect(stated('商务部决定禁止各级政府部门使用车载激光雷达和工业机器人。')).toEqual([`${MOFCOM} RESTRICTS ${LIDAR}`, `${MOFCOM} RESTRICTS product:~工业机器人`]);
    // Intended: nothing.
    expect(stated('商务部拟禁止政府机构采购车载激光雷达。')).toEqual([]);
  });
  it('reads a duty an authority or instrument lays on the makers or users of goods (要求 + …) as its regulation of the goods', () => {
    expect(stated('工信部要求汽车生产企业对智能网联汽车开展数据安全自查。')).toEqual(['authority:miit REGULATES product:connected-vehicles']);
    // An instrument, its title's closing mark between, and the goods themselves as the addressee.
    expect(stated('《无人驾驶航空器飞行管理暂行条例》要求农业植保无人机进行实名登记。')).toEqual(['law:cn:uav-flight-interim-regulations REGULATES product:~农业植保无人机']);
    // A side addressed, an intended or supposed requirement: nothing; an order to stop selling is the mandate's ban.
    expect(stated('我们要求美方停止对智能网联汽车的打压。')).toEqual([]);
    expect(stated('工信部拟要求车企对智能网联汽车开展检测。')).toEqual([]);
    expect(stated('如果工信部要求车企对智能网联汽车开展检测，成本将上升。')).toEqual([]);
    expect(stated('工信部要求车企停止销售智能网联汽车。')).toEqual(['authority:miit RESTRICTS product:connected-vehicles']);
  });
  it('reaches the actor of the clause before a clause that opens with 要求, and reads a licence the goods need as a restriction', () => {
    expect(stated('工信部发布通知，要求车企对智能网联汽车开展数据安全自查。')).toEqual(['authority:miit REGULATES product:connected-vehicles']);
    expect(stated('日本经济产业省本周修订了出口管制规定，要求出口车载激光雷达须事先取得许可。')).toEqual(['authority:~日本经济产业省 RESTRICTS product:~车载激光雷达']);
    // An intended notice, a clause with a subject of its own: nothing.
    expect(stated('工信部拟发布通知，要求车企对智能网联汽车开展数据安全自查。')).toEqual([]);
    expect(stated('我们注意到，要求车企对智能网联汽车开展自查的呼声很高。')).toEqual([]);
  });
  it('reads enumerated items (（一）, 1、, 一、) after a lead-in ending in ：, inline or in paragraphs, as acts of the lead-in\'s actor', () => {
    const acts = [`${MOFCOM} RESTRICTS ${A}`, `${MOFCOM} RESTRICTS ${RADAR}`, `${MOFCOM} ADDS_TO_LIST ${B}`];
    const items = (e1: string, e2: string, sep: string): string =>
      `商务部决定采取下列措施：${sep}${e1}禁止进口甲岭科技公司生产的车载毫米波雷达；${sep}${e2}将乙峰光电公司列入出口管制管控名单。`;
    expect(stated(items('（一）', '（二）', ''))).toEqual(acts);
    expect(stated(items('（一）', '（二）', '\n\n'))).toEqual(acts);
    expect(stated(items('1、', '2、', '\n\n'))).toEqual(acts);
    expect(stated(items('一、', '二、', '\n\n'))).toEqual(acts);
    // A Markdown list item too ("1. "), and 其 in an item takes up the lead-in's company.
    expect(stated(items('1. ', '2. ', '\n\n'))).toEqual(acts);
    // (The lead-in's measure in its sentence, the item's ban in the next.)
    expect(stated('海关总署决定对丙川电子公司采取下列处理措施：（一）暂停其进出口业务；（二）禁止向其出口两用物项。')).toEqual([
      `authority:~海关总署 RESTRICTS ${C}`,
      `authority:~海关总署 RESTRICTS ${C}`,
    ]);
    // The objects of 将下列实体列入…： are the items, the first inline one too.
    expect(stated('商务部决定将下列实体列入出口管制管控名单：（一）甲岭科技公司；（二）乙峰光电公司。')).toEqual([`${MOFCOM} ADDS_TO_LIST ${A}`, `${MOFCOM} ADDS_TO_LIST ${B}`]);
    // Nested: （一） under 一、 under the lead-in, and the next 一、 level item after them.
    expect(stated('外交部决定：\n\n一、对甲岭科技公司采取以下措施：\n\n（一）冻结其在中国境内的财产；\n\n（二）禁止向乙峰光电公司出口两用物项。\n\n二、将丙川电子公司列入反制清单。')).toEqual([
      `authority:~外交部 RESTRICTS ${A}`,
      `authority:~外交部 RESTRICTS ${B}`,
      `authority:~外交部 ADDS_TO_LIST ${C}`,
    ]);
  });
  it('lends an item no actor from a lead-in that only intends or has a subject of its own, nor past a plain paragraph, nor another item\'s negation', () => {
    expect(stated('商务部拟采取下列措施：（一）禁止进口甲岭科技公司生产的车载毫米波雷达；（二）将乙峰光电公司列入出口管制管控名单。')).toEqual([]);
    expect(stated('美方采取了以下措施：（一）将甲岭科技公司列入实体清单；（二）禁止进口乙峰光电公司生产的车载毫米波雷达。')).toEqual([]);
    expect(stated('丙川电子公司的问题如下：（一）禁止进口甲岭科技公司生产的车载毫米波雷达。')).toEqual([]);
    expect(stated('商务部决定采取下列措施：\n\n（一）禁止进口车载毫米波雷达。\n\n另据报道，乙峰光电公司表示反对。\n\n（二）将甲岭科技公司列入出口管制管控名单。')).toEqual([`${MOFCOM} RESTRICTS ${RADAR}`]);
    // The first item's 不 is its own: the second is stated.
    expect(stated('商务部决定采取下列措施：（一）不再对甲岭科技公司实施出口管制；（二）将乙峰光电公司列入出口管制管控名单。')).toEqual([`${MOFCOM} ADDS_TO_LIST ${B}`]);
  });
  it('reads 未经许可/未经批准/未经授权 as the condition of a ban, no negation, the approver after 经 no actor', () => {
    expect(stated('商务部决定采取下列措施：（一）未经许可，禁止出口车载毫米波雷达。')).toEqual([`${MOFCOM} RESTRICTS ${RADAR}`]);
    expect(stated('商务部决定，未经授权，禁止向甲岭科技公司出口车载毫米波雷达。')).toEqual([`${MOFCOM} RESTRICTS ${A}`]);
    expect(stated('海关总署决定，未经商务部批准，禁止向甲岭科技公司出口车载毫米波雷达。')).toEqual([`authority:~海关总署 RESTRICTS ${A}`]);
    // 未 negating the ban itself still negates.
    expect(stated('商务部未禁止向甲岭科技公司出口车载毫米波雷达。')).toEqual([]);
    expect(stated('商务部决定，未经许可，不再禁止向甲岭科技公司出口车载毫米波雷达。')).toEqual([]);
  });
  it('reads a company by the short name the text defines for it (以下简称“…”, 简称…; definitions.ts)', () => {
    const D = 'company:~丁原智能科技有限公司';
    expect(stated('丁原智能科技有限公司（以下简称“丁原智能”）是一家无人机企业。美国商务部把丁原智能列入了实体清单。')).toEqual([`authority:us-commerce ADDS_TO_LIST ${D}`]);
    expect(stated('丁原智能科技有限公司（简称丁原）发布声明。美国商务部把丁原列入了实体清单。')).toEqual([`authority:us-commerce ADDS_TO_LIST ${D}`]);
  });
  it('names the list after 列入了 without the particle, and foreign bodies by their Chinese names (catalog nameZh)', () => {
    const rec = analyseText('美国商务部工业与安全局把甲岭科技公司列入了实体清单。欧盟委员会宣布对乙峰光电公司发起调查。', { language: 'zh', title: '报道' }).rec;
    const surfaces = mentionsOf(rec).map((m) => `${m.label}:${m.surface}`);
    expect(surfaces).toEqual(expect.arrayContaining(['Law:实体清单', 'Authority:美国商务部工业与安全局', 'Authority:欧盟委员会']));
    expect(surfaces).not.toContain('Law:了实体清单');
  });
  it('reads a bureau or office named after its ministry as one body (names.yaml cjk-bodies)', () => {
    expect(stated('甲岭科技公司被美国财政部海外资产控制办公室列入特别指定国民清单。')).toEqual([`authority:~美国财政部海外资产控制办公室 ADDS_TO_LIST ${A}`]);
    expect(stated('商务部产业安全与进出口管制局决定对甲岭科技公司开展调查。')).toEqual([`authority:~商务部产业安全与进出口管制局 INVESTIGATES ${A}`]);
  });
  it('reads a foreign state\'s government or office by the state\'s name, and a ministry before 分别 (names.yaml cjk-bodies)', () => {
    expect(stated('美国贸易代表办公室宣布，对甲岭科技公司加征关税。')).toEqual([`authority:~美国贸易代表办公室 RESTRICTS ${A}`]);
    expect(stated('英国政府决定对甲岭科技公司实施制裁。')).toEqual([`authority:~英国政府 RESTRICTS ${A}`]);
    // Any state the country datasets name in Chinese (names.yaml <ZH_STATE>), not a list of some.
    expect(stated('瑞典政府决定对甲岭科技公司实施制裁。')).toEqual([`authority:~瑞典政府 RESTRICTS ${A}`]);
    expect(stated('巴西国家电信管理局决定对甲岭科技公司开展调查。')).toEqual([`authority:~巴西国家电信管理局 INVESTIGATES ${A}`]);
    expect(stated('外交部分别对甲岭科技公司和乙峰光电公司采取反制措施。')).toEqual([`authority:~外交部 RESTRICTS ${A}`, `authority:~外交部 RESTRICTS ${B}`]);
    // The ministry after the state's own name, and an agent after 遭到.
    expect(stated('中华人民共和国商务部决定将甲岭科技公司列入出口管制管控名单。')).toEqual([`${MOFCOM} ADDS_TO_LIST ${A}`]);
    expect(stated('甲岭科技公司遭到美国商务部工业与安全局制裁。')).toEqual([`authority:bis RESTRICTS ${A}`]);
    // A word on 局 is no bureau, 部分 no ministry.
    expect(stated('美国经济局势紧张，部分企业对甲岭科技公司实施制裁。')).toEqual([]);
  });
  it('reads an order to those under the actor to stop trading with X as the actor\'s ban, not a request to a state', () => {
    expect(stated('商务部要求出口经营者立即停止向甲岭科技公司出口两用物项。')).toEqual([`${MOFCOM} RESTRICTS ${A}`]);
    expect(stated('美国商务部宣布将甲岭科技公司列入实体清单，并要求美国企业停止向上述公司供应车载毫米波雷达。')).toEqual([
      `authority:us-commerce ADDS_TO_LIST ${A}`,
      `authority:us-commerce RESTRICTS ${A}`,
    ]);
    expect(stated('商务部责令有关企业不得向甲岭科技公司出口两用物项。')).toEqual([`${MOFCOM} RESTRICTS ${A}`]);
    // A request to another state, or one that lays no ban, states nothing.
    expect(stated('外交部要求美方停止向甲岭科技公司出口两用物项。')).toEqual([]);
    expect(stated('商务部要求对方停止向甲岭科技公司出口两用物项。')).toEqual([]);
    expect(stated('商务部要求出口经营者加强对甲岭科技公司的审查。')).toEqual([]);
  });
  it('pairs coordinated actors with as many coordinated objects after 分别, and lets every actor act otherwise', () => {
    const CUSTOMS = 'authority:~海关总署';
    expect(stated('商务部、海关总署分别对甲岭科技公司和乙峰光电公司开展调查。')).toEqual([`${MOFCOM} INVESTIGATES ${A}`, `${CUSTOMS} INVESTIGATES ${B}`]);
    // Goods with their maker are one conjunct.
    expect(stated('商务部和海关总署分别对甲岭科技公司生产的车载毫米波雷达和乙峰光电公司开展调查。')).toEqual([
      `${MOFCOM} INVESTIGATES ${A}`,
      `${MOFCOM} INVESTIGATES ${RADAR}`,
      `${CUSTOMS} INVESTIGATES ${B}`,
    ]);
    expect(stated('商务部和海关总署分别对甲岭科技公司开展调查。')).toEqual([`${MOFCOM} INVESTIGATES ${A}`, `${CUSTOMS} INVESTIGATES ${A}`]);
    expect(stated('商务部、海关总署对甲岭科技公司和乙峰光电公司开展调查。')).toHaveLength(4);
  });
  it('reads a ban whose trade verb follows a place or its goods, and a tariff on goods of a country as the country\'s restriction', () => {
    const CUSTOMS = 'authority:~海关总署';
    expect(stated('海关总署禁止甲岭科技公司生产的车载毫米波雷达进口。')).toEqual([`${CUSTOMS} RESTRICTS ${A}`, `${CUSTOMS} RESTRICTS ${RADAR}`]);
    expect(stated('海关总署决定禁止在口岸区域使用车载毫米波雷达。')).toEqual([`${CUSTOMS} RESTRICTS ${RADAR}`]);
    expect(stated('海关总署表示，不禁止车载毫米波雷达进口。')).toEqual([]);
    expect(stated('商务部决定对原产于美国的车载毫米波雷达加征关税。')).toEqual([`${MOFCOM} RESTRICTS jur:us`, `${MOFCOM} RESTRICTS ${RADAR}`]);
    // The origin of investigated goods is not investigated.
    expect(stated('商务部决定对原产于美国的车载毫米波雷达进行反倾销调查。')).toEqual([`${MOFCOM} INVESTIGATES ${RADAR}`]);
  });
  it('reads 对 + objects + 采取 + a measure of no named class as a restriction, not in a question', () => {
    expect(stated('商务部决定对甲岭科技公司采取相应措施。')).toEqual([`${MOFCOM} RESTRICTS ${A}`]);
    expect(stated('商务部对甲岭科技公司采取了哪些措施？')).toEqual([]);
    expect(stated('商务部将对甲岭科技公司采取必要措施。')).toEqual([]);
  });
  it('reads a measure compound by its last measure noun, a generic one keeping the class before it', () => {
    expect(stated('商务部对甲岭科技公司开展出口管制合规检查。')).toEqual([`${MOFCOM} INVESTIGATES ${A}`]);
    expect(stated('海关总署对甲岭科技公司采取监管措施。')).toEqual([`authority:~海关总署 REGULATES ${A}`]);
    expect(stated('商务部对甲岭科技公司实施出口管制措施。')).toEqual([`${MOFCOM} RESTRICTS ${A}`]);
  });
  it('reads a notice\'s subjectless items as the acts of the issuer that signs it', () => {
    const items = '现将有关事项公告如下：\n\n一、将甲岭科技公司列入出口管制管控名单。\n\n二、禁止向乙峰光电公司出口两用物项。';
    expect(stated(`${items}\n\n商务部\n2030年1月2日`)).toEqual([`${MOFCOM} ADDS_TO_LIST ${A}`, `${MOFCOM} RESTRICTS ${B}`]);
    // Unsigned, the items have no actor.
    expect(stated(items)).toEqual([]);
    // Items enumerated otherwise are the issuer's too (voice.yaml subject).
    for (const [e1, e2] of [['（一）', '（二）'], ['1、', '2、']]) {
      const other = `现将有关事项公告如下：\n\n${e1}将甲岭科技公司列入出口管制管控名单。\n\n${e2}禁止向乙峰光电公司出口两用物项。`;
      expect(stated(`${other}\n\n商务部\n2030年1月2日`)).toEqual([`${MOFCOM} ADDS_TO_LIST ${A}`, `${MOFCOM} RESTRICTS ${B}`]);
    }
    // A spokesperson's heading ties nothing: a notice followed by another body's answers stays the notice's.
    expect(stated(`${items}\n\n商务部\n\n## 外交部发言人答记者问\n\n问：有何评论？\n\n答：我们坚决反对。`)).toEqual([`${MOFCOM} ADDS_TO_LIST ${A}`, `${MOFCOM} RESTRICTS ${B}`]);
  });
  it('reads the members a 其中包括 clause names after a class, a notice that speaks for its issuer, and bans of origin and of authorisation', () => {
    expect(stated('美国商务部再次将多家中国企业列入实体清单，其中包括甲岭科技公司和乙峰光电公司。')).toEqual([
      `authority:us-commerce ADDS_TO_LIST ${A}`,
      `authority:us-commerce ADDS_TO_LIST ${B}`,
    ]);
    expect(stated('美国商务部再次将多家中国企业列入实体清单。')).toEqual([]);
    expect(stated('商务部14日发布公告。公告称，将甲岭科技公司列入出口管制管控名单。')).toEqual([`${MOFCOM} ADDS_TO_LIST ${A}`]);
    expect(stated('商务部14日发布公告。报道称，将甲岭科技公司列入出口管制管控名单。')).toEqual([]);
    expect(stated('美国商务部发布规定，禁止从中国进口车载毫米波雷达。')).toEqual(['authority:us-commerce RESTRICTS jur:cn', `authority:us-commerce RESTRICTS ${RADAR}`]);
    expect(stated('美国联邦通信委员会决定禁止甲岭科技公司生产的车载毫米波雷达获得设备授权。')).toEqual([`authority:fcc RESTRICTS ${A}`, `authority:fcc RESTRICTS ${RADAR}`]);
  });
  it('reads 添加至 as a listing, a company whose goods a generic noun names as the object, and a company named after a verb of trade', () => {
    expect(stated('美国商务部把甲岭科技公司等12家中国实体添加至实体清单。')).toEqual([`authority:us-commerce ADDS_TO_LIST ${A}`]);
    expect(stated('美国联邦通信委员会将甲岭科技公司的产品列入涵盖清单。')).toEqual([`authority:fcc ADDS_TO_LIST ${A}`]);
    // Goods named after the possessive are the object, not their owner.
    expect(stated('美国联邦通信委员会将甲岭科技公司的车载毫米波雷达列入涵盖清单。')).toEqual([`authority:fcc ADDS_TO_LIST ${RADAR}`]);
    expect(stated('海关总署决定禁止进口和销售甲岭科技公司生产的车载毫米波雷达。')).toEqual([`authority:~海关总署 RESTRICTS ${A}`, `authority:~海关总署 RESTRICTS ${RADAR}`]);
    expect(stated('英国政府禁止在政府场所使用甲岭科技公司生产的车载毫米波雷达。')).toEqual([`authority:~英国政府 RESTRICTS ${A}`, `authority:~英国政府 RESTRICTS ${RADAR}`]);
    // A name in apposition after a class noun ('美国企业甲岭科技公司') is the name alone.
    expect(stated('商务部将美国企业甲岭科技公司列入出口管制管控名单。')).toEqual([`${MOFCOM} ADDS_TO_LIST ${A}`]);
    expect(stated('外交部决定对美国公司乙峰光电公司采取反制措施。')).toEqual([`authority:~外交部 RESTRICTS ${B}`]);
    // An order to a named company asks it; the company is named alone.
    expect(stated('美国商务部要求甲岭科技公司停止向乙峰光电公司出口芯片。')).toEqual([]);
  });
  it('reads a light verb before 对 with the measure after the phrase\'s 的, and a passive designation', () => {
    expect(stated('商务部宣布启动对甲岭科技公司的反倾销调查。')).toEqual([`${MOFCOM} INVESTIGATES ${A}`]);
    expect(stated('海关总署决定加强对甲岭科技公司生产的车载毫米波雷达的监管。')).toEqual([`authority:~海关总署 REGULATES ${A}`, `authority:~海关总署 REGULATES ${RADAR}`]);
    // Future, or no light verb: nothing.
    expect(stated('海关总署将加强对甲岭科技公司的监管。')).toEqual([]);
    expect(stated('商务部表示，对甲岭科技公司的调查仍在进行。')).toEqual([]);
    expect(stated('甲岭科技公司被不可靠实体清单工作机制认定为不可靠实体。')).toEqual([`authority:~不可靠实体清单工作机制 DESIGNATES ${A}`]);
  });
  it('reads a technology\'s field or industry as the technology, not the firms in it', () => {
    expect(stated('美国商务部对中国车联网产业实施出口管制。')).toEqual(['authority:us-commerce RESTRICTS jur:cn', 'authority:us-commerce RESTRICTS technology:v2x']);
    expect(stated('商务部决定对车联网领域的美国企业开展调查。')).toEqual([]);
    expect(stated('商务部决定对车联网企业开展调查。')).toEqual([]);
    // A technology's name inside a longer name the recognizer did not read is no object; before a generic head it is.
    expect(stated('欧盟委员会决定对原产于中国的物联网水表进行反倾销调查。')).toEqual([]);
    // Read whole on its head (things.yaml cjk-heads), the gateway is the object.
    expect(stated('欧盟委员会决定对原产于中国的物联网网关进行反倾销调查。')).toEqual(['authority:european-commission INVESTIGATES product:~物联网网关']);
    expect(stated('商务部对车联网设备和物联网实施出口管制。')).toEqual(['authority:mofcom RESTRICTS technology:v2x', 'authority:mofcom RESTRICTS technology:iot']);
  });
  it('reads a company name holding 数据 whole (据 is a function word elsewhere)', () => {
    expect(stated('国家互联网信息办公室对戊辰数据科技有限公司启动网络安全审查。')).toEqual(['authority:cac INVESTIGATES company:~戊辰数据科技有限公司']);
  });
  it('lets actors coordinated before the construction all act', () => {
    const CUSTOMS = 'authority:~海关总署';
    expect(stated('商务部、海关总署联合发布公告，决定对车载毫米波雷达实施出口管制。')).toEqual([`${MOFCOM} RESTRICTS ${RADAR}`, `${CUSTOMS} RESTRICTS ${RADAR}`]);
    expect(stated('商务部会同海关总署对车载毫米波雷达实施出口管制。')).toEqual([`${MOFCOM} RESTRICTS ${RADAR}`, `${CUSTOMS} RESTRICTS ${RADAR}`]);
  });
  it('reads a verb right before its objects, 将 + objects + a verb of designating, and a country a measure restricts', () => {
    expect(stated('外交部宣布制裁甲岭科技公司、乙峰光电公司和丙川电子公司。')).toEqual([`authority:~外交部 RESTRICTS ${A}`, `authority:~外交部 RESTRICTS ${B}`, `authority:~外交部 RESTRICTS ${C}`]);
    expect(stated('外交部宣布制裁甲岭科技公司及其两名高级管理人员。')).toEqual([`authority:~外交部 RESTRICTS ${A}`]);
    expect(stated('商务部决定调查甲岭科技公司。')).toEqual([`${MOFCOM} INVESTIGATES ${A}`]);
    expect(stated('商务部不会调查甲岭科技公司。')).toEqual([]);
    expect(stated('调查显示，甲岭科技公司的产品存在缺陷。')).toEqual([]);
    expect(stated('不可靠实体清单工作机制决定将甲岭科技公司认定为不可靠实体。')).toEqual([`authority:~不可靠实体清单工作机制 DESIGNATES ${A}`]);
    expect(stated('商务部决定对自美国进口的车载毫米波雷达征收反倾销税。')).toEqual([`${MOFCOM} RESTRICTS jur:us`, `${MOFCOM} RESTRICTS ${RADAR}`]);
    // An investigation of goods from a country investigates the goods only.
    expect(stated('商务部决定对原产于美国的车载毫米波雷达发起反倾销调查。')).toEqual([`${MOFCOM} INVESTIGATES ${RADAR}`]);
  });
  it('reads a company named right after a verb of the field as the company alone (names.yaml cjk-companies)', () => {
    expect(stated('海关总署发布公告，自即日起禁止进口甲岭科技公司生产的车载毫米波雷达。')).toEqual([`authority:~海关总署 RESTRICTS ${A}`, `authority:~海关总署 RESTRICTS ${RADAR}`]);
    // 就 ("in the matter of") opens a company's name as 对 does, and is no part of the body's name before it.
    expect(stated('海关总署就甲岭科技公司一案决定：（一）禁止向其出口无人机零部件。')).toEqual([`authority:~海关总署 RESTRICTS ${A}`]);
    expect(stated('海关总署12月3日就甲岭科技公司一案决定：（一）禁止向其出口无人机零部件。')).toEqual([`authority:~海关总署 RESTRICTS ${A}`]);
  });
  it('carries the actor of the sentence before into a subjectless one of the same paragraph, not into one with a subject', () => {
    expect(stated('商务部14日发布公告。同时，决定对甲岭科技公司实施出口管制。')).toEqual([`${MOFCOM} RESTRICTS ${A}`]);
    expect(stated('商务部14日发布公告。\n\n同时，决定对甲岭科技公司实施出口管制。')).toEqual([]);
    expect(stated('商务部14日发布公告。甲岭科技公司对此表示反对，并对乙峰光电公司发起调查。')).toEqual([]);
  });
  it('carries no list named in brackets after the list a verb of listing puts something on (an apposition shares its role)', () => {
    // "实体清单（Entity List）": the foreign name glosses the list after 列入, the place something is put, no actor; the
    // subjectless sentence after takes up the body that acted.
    expect(stated('美国商务部将甲岭科技公司列入实体清单（Entity List）。禁止出口车载毫米波雷达。')).toEqual([
      `authority:us-commerce ADDS_TO_LIST ${A}`,
      `authority:us-commerce RESTRICTS ${RADAR}`,
    ]);
    expect(stated('美国商务部将甲岭科技公司列入实体清单（Entity List）。')).toEqual([`authority:us-commerce ADDS_TO_LIST ${A}`]);
    expect(stated('美国商务部将甲岭科技公司列入实体清单（Entity List），禁止向乙峰光电公司出口车载毫米波雷达。')).toEqual([
      `authority:us-commerce ADDS_TO_LIST ${A}`,
      `authority:us-commerce RESTRICTS ${B}`,
    ]);
  });
  it('reads 该 + a body\'s head noun as the last authority named with that head', () => {
    const SAMR = 'authority:~国家市场监督管理总局';
    expect(stated('国家市场监督管理总局日前发布公告。此外，该局还决定对甲岭科技公司开展调查。')).toEqual([`${SAMR} INVESTIGATES ${A}`]);
    expect(stated('国家市场监督管理总局日前发布公告。\n\n商务部另行发布通知。该局决定对甲岭科技公司开展调查。')).toEqual([`${SAMR} INVESTIGATES ${A}`]);
    // No body named with that head: no actor.
    expect(stated('国家市场监督管理总局发布公告。该委员会决定对甲岭科技公司开展调查。')).toEqual([]);
  });
});
