// Chinese product categories by their head (own sentences).
import { describe, expect, it } from 'vitest';
import { findCjkThings } from '../../../ingest/recognize/cjk-things.ts';

const things = (text: string): string[] => findCjkThings(text).map((f) => `${f.surface} ${f.label}`);

describe('Chinese product names', () => {
  it('reads each conjunct on a product head, after a preposition, a conjunction or a verb of trade', () => {
    expect(things('自明年起，对车载毫米波雷达、高精度导航模组和工业机器人实施出口管制。')).toEqual([
      '车载毫米波雷达 Product',
      '高精度导航模组 Product',
      '工业机器人 Product',
    ]);
    expect(things('该公司向境外出售农业植保无人机。')).toEqual(['农业植保无人机 Product']);
  });
  it('reads general device-class heads: gateways, thermal imagers, lenses, processors, antennas', () => {
    expect(things('海关对工业边缘网关、手持式热像仪和变焦光学镜头加强查验。')).toEqual(['工业边缘网关 Product', '手持式热像仪 Product', '变焦光学镜头 Product']);
    expect(things('该企业向境外销售车载图像处理器和相控阵天线。')).toEqual(['车载图像处理器 Product', '相控阵天线 Product']);
    // A head alone names no category.
    expect(things('禁止向该公司出口网关。')).toEqual([]);
    // After 供应 and 提供 (verbs of trade), and none spanning them.
    expect(things('要求企业停止向上述公司供应车规级芯片。')).toEqual(['车规级芯片 Product']);
    expect(things('该公司向海外客户提供工业边缘网关。')).toEqual(['工业边缘网关 Product']);
  });
  it('takes no quantifier, verb or function word into a name, and no head alone', () => {
    expect(things('将多家无人机企业和部分雷达列入名单，加强对电池生产的监管。')).toEqual([]);
    expect(things('禁止向美国军事最终用户出口无人机。')).toEqual([]);
  });
});

describe('Chinese product names after a verb of a measure', () => {
  it('starts the name after the verb and takes none into it (限制, 禁止, 审查, 拆除 ...)', () => {
    expect(things('海关将限制车载无人机和车载芯片的出口。')).toEqual(['车载无人机 Product', '车载芯片 Product']);
    expect(things('该局决定审查工业边缘网关，并拆除港口监控摄像头。')).toEqual(['工业边缘网关 Product', '港口监控摄像头 Product']);
  });
});

// helper-144: equipment and software heads, and a name after a quantifier (dev28 at first sight: 红外成像设备,
// 车辆互联系统软件, "对部分无人机专用航空发动机…实施出口管制").
describe('Chinese product names on 设备 and 软件, and after a quantifier', () => {
  it('reads equipment and software by their heads', () => {
    expect(things('海关对机载红外成像设备和船载导航软件加强查验。')).toEqual(['机载红外成像设备 Product', '船载导航软件 Product']);
    // The head alone, or after a clause's verb it does not start after, names nothing.
    expect(things('上述产品今后将无法取得设备授权。')).toEqual([]);
  });
  it('starts a name after a quantifier, which says how many, not which kind', () => {
    expect(things('自明年起对部分无人机专用发动机和若干车载激光雷达实施出口管制。')).toEqual(['无人机专用发动机 Product', '车载激光雷达 Product']);
    expect(things('对部分雷达实施出口管制。')).toEqual([]);
  });
});

describe('Chinese vehicles by their heads (helper-144)', () => {
  it('reads 汽车 and 车辆 as heads of goods', () => {
    expect(things('禁止进口和销售电动汽车和自动驾驶车辆。')).toEqual(['电动汽车 Product', '自动驾驶车辆 Product']);
  });
});

// helper-235: a count (numeral + classifier) before goods (dev63 at first sight: "两款智能网联汽车" read as one name).
describe('Chinese product names after a count', () => {
  it('leaves a numeral and its classifier out of the name, and a head alone after them names nothing', () => {
    expect(things('监管部门对该公司在售的两款车载激光雷达开展检查。')).toEqual(['车载激光雷达 Product']);
    expect(things('该公司去年出口了3台工业机器人和一批农业植保无人机。')).toEqual(['工业机器人 Product', '农业植保无人机 Product']);
    expect(things('海关查扣了五架无人机。')).toEqual([]);
    // A numeral that is part of a name, with no classifier after it, stays.
    expect(things('该公司向境外销售三元锂电池。')).toEqual(['三元锂电池 Product']);
  });
  it('ends no name at a head that Latin letters continue (an app or a model named after the goods)', () => {
    expect(things('监管部门对一款农业植保无人机App开展调查。')).toEqual([]);
    expect(things('监管部门对一款农业植保无人机开展调查。')).toEqual(['农业植保无人机 Product']);
  });
});

// helper-235: 外国产 ('foreign-made') before goods, as 中国产 is their origin (a probe of own news sentences: "外国产无人机" gave
// a false "产无人机").
describe('Chinese product names after a foreign origin', () => {
  it('leaves 外国产, 境外产, 国外产 out of the name', () => {
    expect(things('该国禁止进口外国产车载激光雷达。')).toEqual(['车载激光雷达 Product']);
    expect(things('政府机构不得采购境外产工业机器人。')).toEqual(['工业机器人 Product']);
  });
});
