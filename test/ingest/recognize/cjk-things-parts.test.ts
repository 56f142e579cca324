// helper-155: parts and devices as heads of Chinese goods, 数据 inside a name, and a determiner inside a would-be name
// (dev31 at first sight: 无人机零部件, 无人机数据链路模组 and 车规级功率半导体器件 missed, 半导体 read alone). Own sentences.
import { describe, expect, it } from 'vitest';
import { findCjkThings } from '../../../ingest/recognize/cjk-things.ts';

const things = (text: string): string[] => findCjkThings(text).map((f) => f.surface);

describe('Chinese goods named by their parts or devices', () => {
  it('reads 零部件, 部件, 元器件, 器件 and 组件 as heads, after another head too', () => {
    expect(things('海关决定对进口机器人及机器人零部件加强查验。')).toEqual(['机器人零部件']);
    expect(things('该局对原产于日本的工业级功率半导体器件进行反倾销调查。')).toEqual(['工业级功率半导体器件']);
    expect(things('禁止向其出口航空电子元器件和卫星通信组件。')).toEqual(['航空电子元器件', '卫星通信组件']);
  });
  it('names nothing by such a head alone or after generic words', () => {
    expect(things('公司已储备相关零部件，上述元器件的供应不受影响。')).toEqual([]);
  });
});

describe('数据 inside a goods name', () => {
  it('keeps 数据 as a word of the name though 据 is no character of one', () => {
    expect(things('将港口数据采集终端和车载数据记录模块纳入清单。')).toEqual(['港口数据采集终端', '车载数据记录模块']);
  });
  it('still starts no name with 据 of 根据 or 据悉', () => {
    expect(things('据悉，该公司向境外出售测绘无人机。')).toEqual(['测绘无人机']);
  });
});

describe('a determiner inside a would-be goods name', () => {
  it('opens a new noun phrase: what comes before it is the clause', () => {
    expect(things('本次制裁可能导致上述元器件断供。')).toEqual([]);
    expect(things('这一变化将影响上述工业相机的交付。')).toEqual(['工业相机']);
  });
});
