// Chinese goods' names start where a word does (ICU's word segmenter, Intl.Segmenter 'zh'): after a preposition, a locative,
// a verb of causing or 公司 the segmenter reads as a word of its own (things.yaml cjk-name-breaks), never inside a word it
// reads across the would-be start; a single character only breaks right after a word the segmenter knows (辖区|内, not
// 车|内|摄像头). Own sentences.
import { describe, expect, it } from 'vitest';
import { findCjkThings } from '../../../ingest/recognize/cjk-things.ts';

const names = (t: string): string[] => findCjkThings(t).map((f) => f.surface);

describe('a Chinese goods name starts at a word boundary', () => {
  it('starts after a preposition of where from and how far the segmenter separates', () => {
    expect(names('本轮审查的对象由服务器扩展至交换机')).toEqual([]);
    expect(names('管控范围由整车延伸至车载激光雷达')).toEqual(['车载激光雷达']);
    expect(names('监管清单由整车延展到机载激光雷达')).toEqual(['机载激光雷达']);
  });
  it('starts after a locative closing a noun before it', () => {
    expect(names('各地应当登记港区内机器人的数量。')).toEqual([]);
    expect(names('统计港区内巡检机器人的数量。')).toEqual(['巡检机器人']);
    // Not a locative character the segmenter could not place (车|内|摄像头, 'in-car camera'): part of the name.
    expect(names('禁止销售车内摄像头。')).toEqual(['车内摄像头']);
  });
  it('gives no name where a clause word runs into a word the segmenter reads across the start', () => {
    expect(names('厂商在断网的情况下回传终端日志。')).toEqual([]);
    expect(names('厂商在断网的情况下巡检机器人仍可运行。')).toEqual(['巡检机器人']);
  });
  it('starts after a verb of causing', () => {
    expect(names('该缺陷可能导致机器人失控。')).toEqual([]);
    expect(names('程序的缺陷可能造成巡检机器人停机。')).toEqual(['巡检机器人']);
  });
  it("starts after 公司 (the company's goods)", () => {
    expect(names('本次制裁对公司机载激光雷达业务影响有限。')).toEqual(['机载激光雷达']);
  });
  it('leaves out a word of the domestic market or of a place in the supply chain', () => {
    expect(names('限制国内巡检机器人出口。')).toEqual(['巡检机器人']);
    expect(names('管控范围扩大至下游器件。')).toEqual([]);
  });
  it('keeps a verb of making that says what equipment is for, but not one that opens the name', () => {
    expect(names('暂停出口光伏组件制造设备。')).toEqual(['光伏组件制造设备']);
    expect(names('对锂电池生产设备实施许可管理。')).toEqual(['锂电池生产设备']);
    expect(names('禁止生产设备外流。')).toEqual([]);
  });
});
