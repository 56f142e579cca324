// Chinese goods whose shared generic head is written once, after the last conjunct (红外成像、激光测距设备): each conjunct names
// its kind with that head, its surface what the text prints (cjk-things.ts elidedConjuncts). Own sentences.
import { describe, expect, it } from 'vitest';
import { findCjkThings } from '../../../ingest/recognize/cjk-things.ts';

const found = (t: string): string[] => findCjkThings(t).map((f) => `${f.surface}=${f.name}`).sort();

describe('an elided coordination of goods', () => {
  it('names each conjunct with the shared head', () => {
    expect(found('禁止销售红外成像、激光测距设备。')).toEqual(['激光测距设备=激光测距设备', '红外成像=红外成像设备']);
    expect(found('在车站安装人脸识别、车牌识别、视频监控软件。')).toEqual(['人脸识别=人脸识别软件', '视频监控软件=视频监控软件', '车牌识别=车牌识别软件']);
  });
  it('is no coordination of verbs before goods, of conjuncts that are names of their own or of nouns before a specific head', () => {
    expect(found('加强航道、巡检机器人管理。')).toEqual(['巡检机器人=巡检机器人']);
    expect(found('研发、生产巡检机器人。')).toEqual(['巡检机器人=巡检机器人']);
    expect(found('进口激光雷达、红外摄像头。')).toEqual(['激光雷达=激光雷达', '红外摄像头=红外摄像头']);
  });
});
