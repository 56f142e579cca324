// Relations stated in Chinese announcements (own sentences, fictional companies): 将…列入…清单, 对…开展调查.
import { describe, expect, it } from 'vitest';
import { statedInOrder } from './helpers.ts';

const stated = (text: string, title = '公告'): string[] => statedInOrder(text, { language: 'zh', title });

const MECHANISM = 'authority:~不可靠实体清单工作机制';

describe('relations in Chinese announcements', () => {
  it('reads 将 + companies + 列入 + a list as an addition to the list, each company, its foreign name one with it', () => {
    expect(stated('不可靠实体清单工作机制决定将甲岭科技公司（Jialing Technologies Inc.）和乙峰光电公司（Yifeng Photonics Corp.）列入不可靠实体清单。')).toEqual([
      `${MECHANISM} ADDS_TO_LIST company:~甲岭科技公司`,
      `${MECHANISM} ADDS_TO_LIST company:~乙峰光电公司`,
    ]);
    // Not negated, not supposed, not proposed.
    expect(stated('不可靠实体清单工作机制未将甲岭科技公司列入不可靠实体清单。')).toEqual([]);
    expect(stated('如果不可靠实体清单工作机制拟将甲岭科技公司列入不可靠实体清单，将另行公告。')).toEqual([]);
  });
  it('reads 对 + object + 开展调查/启动审查 as an investigation, not a future one', () => {
    expect(stated('国家互联网信息办公室已对甲岭科技公司在华提供的测绘服务启动网络安全审查。')).toEqual(['authority:cac INVESTIGATES company:~甲岭科技公司']);
    expect(stated('国家互联网信息办公室将对甲岭科技公司开展调查。')).toEqual([]);
  });
  it('reads 禁止…向 + a country + 出口 as a restriction of that country, not a negated one', () => {
    expect(stated('商务部禁止任何组织和个人向美国军事最终用户出口无人机。')).toEqual(['authority:mofcom RESTRICTS jur:us']);
    expect(stated('商务部不禁止向美国出口消费级产品。')).toEqual([]);
  });
  it('reads an announcement\'s subjectless items as the acts of the issuer its title names', () => {
    const items = '根据有关规定，商务部决定对有关外国实体采取措施。现将有关事项公告如下：\n\n一、将甲岭科技公司（Jialing Technologies Inc.）列入出口管制管控名单。\n\n二、禁止任何组织和个人向美国军事最终用户出口上述物项。';
    expect(stated(items, '商务部公告2030年第1号')).toEqual(['authority:mofcom ADDS_TO_LIST company:~甲岭科技公司', 'authority:mofcom RESTRICTS jur:us']);
    // A title that names no issuer ties no voice: the items have no actor.
    expect(stated(items, '关于有关外国实体的公告')).toEqual([]);
  });
  it('reads 对 + products + 实施出口管制 as a restriction of each, dated or not, but not a negated or future one', () => {
    expect(stated('商务部决定对车载毫米波雷达和高精度导航模组实施出口管制。')).toEqual([
      'authority:mofcom RESTRICTS product:~车载毫米波雷达',
      'authority:mofcom RESTRICTS product:~高精度导航模组',
    ]);
    expect(stated('现将有关事项公告如下：\n\n一、自2030年1月1日起，对车载毫米波雷达实施出口管制。', '商务部公告2030年第2号')).toEqual(['authority:mofcom RESTRICTS product:~车载毫米波雷达']);
    expect(stated('商务部不对车载毫米波雷达实施出口管制，也将对高精度导航模组实施出口管制。')).toEqual([]);
  });
  it('reads 上述物项 and 其 as every thing of their kind named before, and a ban at a clause\'s start as the lister\'s', () => {
    const announcement = [
      '现将有关事项公告如下：',
      '一、对车载毫米波雷达和高精度导航模组实施出口管制。海关总署依法对上述物项的出口实施监管。',
      '二、将甲岭科技公司（Jialing Technologies Inc.）列入出口管制管控名单，禁止向其出口两用物项。',
    ].join('\n\n');
    expect(stated(announcement, '商务部公告2030年第3号')).toEqual([
      'authority:mofcom RESTRICTS product:~车载毫米波雷达',
      'authority:mofcom RESTRICTS product:~高精度导航模组',
      'authority:~海关总署 REGULATES product:~车载毫米波雷达',
      'authority:~海关总署 REGULATES product:~高精度导航模组',
      'authority:mofcom ADDS_TO_LIST company:~甲岭科技公司',
      'authority:mofcom RESTRICTS company:~甲岭科技公司',
    ]);
    // The list after 列入 is no actor of the ban; 上述企业 takes up the companies of its own sentence.
    expect(stated('不可靠实体清单工作机制决定将甲岭科技公司和乙峰光电公司列入不可靠实体清单，并禁止上述企业从事与中国有关的进出口活动。')).toEqual([
      `${MECHANISM} ADDS_TO_LIST company:~甲岭科技公司`,
      `${MECHANISM} ADDS_TO_LIST company:~乙峰光电公司`,
      `${MECHANISM} RESTRICTS company:~甲岭科技公司`,
      `${MECHANISM} RESTRICTS company:~乙峰光电公司`,
    ]);
  });
});

// helper-155 (dev31 at first sight): the list a verb of listing puts things on, in quotes after words of its own, is no
// actor of the next clause ("列入出口管制“实体清单”，并要求…": the body before it acts).
describe('a quoted list after a verb of listing is the place, no actor', () => {
  it('leaves the licence requirement of the next clause to the body that listed', () => {
    expect(stated('美国商务部工业与安全局将甲岭科技有限公司列入出口管制“实体清单”，并要求美国企业未经许可不得向上述实体供应导航模块。')).toEqual([
      'authority:bis ADDS_TO_LIST company:~甲岭科技有限公司',
      'authority:bis RESTRICTS company:~甲岭科技有限公司',
    ]);
  });
});

// helper-155 (dev31 and dev28 at first sight): a ban of goods that carry components ("禁止销售搭载…的网联汽车") bans each
// component and restricts the countries they are tied to, not only the conjunct that happens to stand before 和.
describe('a ban of goods with a relative clause of containing', () => {
  it('bans the goods, each component they carry and the countries the components are tied to', () => {
    expect(stated('商务部决定禁止进口配备与日本或韩国有关的车载通信模块和导航定位软件的电动汽车。')).toEqual([
      'authority:mofcom RESTRICTS product:~车载通信模块',
      'authority:mofcom RESTRICTS product:electric-vehicles',
      'authority:mofcom RESTRICTS jur:jp',
      'authority:mofcom RESTRICTS jur:kr',
      'authority:mofcom RESTRICTS product:~导航定位软件',
    ]);
  });
  it('reads no component where the relative clause holds no verb of containing', () => {
    expect(stated('商务部决定禁止进口与日本企业合作研发的激光测距仪。')).toEqual([]);
    expect(stated('商务部决定禁止进口由日本企业设计的车载通信模块。')).toEqual(['authority:mofcom RESTRICTS product:~车载通信模块']);
  });
});

// helper-155 (dev28 at first sight): a licence requirement on trade with named parties restricts them, by the body the
// licence is obtained from.
describe('a licence requirement on exports to named parties', () => {
  it('restricts the parties, by the body that issues the licence', () => {
    expect(stated('根据该规定，向甲岭科技公司及乙峰光电公司出口或转让上述物项，均须事先取得商务部颁发的许可证。')).toEqual([
      'authority:mofcom RESTRICTS company:~甲岭科技公司',
      'authority:mofcom RESTRICTS company:~乙峰光电公司',
    ]);
    expect(stated('今后向甲岭科技公司出口相关物项，须向FCC申请许可。')).toEqual(['authority:fcc RESTRICTS company:~甲岭科技公司']);
  });
  it('restricts nobody where the licence is waived or no party is named', () => {
    expect(stated('根据该规定，向甲岭科技公司出口消费级产品，无须取得商务部颁发的许可证。')).toEqual([]);
    expect(stated('向境外出口上述物项，均须事先取得商务部颁发的许可证。')).toEqual([]);
  });
});
