// Two forms of Chinese names: a company's name starts after the verb or preposition before it, not at the clause's start
// (bodies.ts latestCompanyStart), and a model or brand in Latin letters before a Han goods' head is part of the goods' name
// (cjk-things.ts latinNamed). Own sentences, fictional companies and models.
import { describe, expect, it } from 'vitest';
import { findBodies } from '../../../ingest/recognize/bodies.ts';
import { findCjkThings } from '../../../ingest/recognize/cjk-things.ts';

const companies = (t: string): string[] => findBodies(t).filter((f) => f.label === 'Company').map((f) => f.surface);
const things = (t: string): string[] => findCjkThings(t).map((f) => f.surface);

describe('where a Chinese company name starts', () => {
  it('starts after 为 with a clause before it', () => {
    expect(companies('这批模组主要为青峦微电科技有限公司所组装。')).toEqual(['青峦微电科技有限公司']);
  });
  it('starts after a preposition right after a verb of trade', () => {
    expect(companies('该批设备主要提供给岚山光电有限公司。')).toEqual(['岚山光电有限公司']);
    expect(companies('相关雷达陆续出口至北汀精密股份有限公司。')).toEqual(['北汀精密股份有限公司']);
  });
  it('keeps a name whose second character is an opener, and one after a short clause', () => {
    expect(companies('华为技术有限公司发布声明。')).toEqual(['华为技术有限公司']);
    expect(companies('设备为华为技术有限公司生产。')).toEqual(['华为技术有限公司']);
    expect(companies('宣布制裁起亚汽车有限公司。')).toEqual(['起亚汽车有限公司']);
    expect(companies('商务部将凯途起重机有限公司列入清单。')).toEqual(['凯途起重机有限公司']);
    expect(companies('远帆电子进出口贸易有限公司发布公告。')).toEqual(['远帆电子进出口贸易有限公司']);
  });
  it('keeps a registered name with its place in brackets', () => {
    expect(companies('涉及沧澜存储科技（苏州）有限公司。')).toEqual(['沧澜存储科技（苏州）有限公司']);
  });
});

describe('a Latin model or brand before a Han goods head', () => {
  it('reads the model and the head as one name', () => {
    expect(things('机关不得采购KT20芯片。')).toEqual(['KT20芯片']);
    expect(things('禁止进口QR-7系列路由器。')).toEqual(['QR-7系列路由器']);
    expect(things('对A8 Pro无人机实施管制。')).toEqual(['A8 Pro无人机']);
    expect(things('监管部门约谈了甲乙科技公司KT20芯片的供应商。')).toEqual(['KT20芯片']);
  });
  it('reads a service a brand names', () => {
    expect(things('各机关不得使用Nebula人工智能服务。')).toEqual(['Nebula人工智能服务']);
  });
  it('reads no name inside a longer Latin word, nor a bare service', () => {
    expect(things('禁止使用测绘无人机App。')).toEqual([]);
    expect(things('停止提供相关服务。')).toEqual([]);
  });
});
