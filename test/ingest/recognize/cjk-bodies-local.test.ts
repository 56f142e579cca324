// A province's, city's or county's own department by its place and head (广东省工业和信息化厅, 杭州市市场监督管理局), a
// state administration's regional office (中国民用航空华东地区管理局), a place's people's government (嘉兴市人民政府), and no
// company of a legal form alone (有限责任公司): grammar/names.yaml cjk-bodies, bodies.ts. Own sentences (helper-371; dev106,
// a local penalty decision, at first sight missed four such bodies).
import { describe, expect, it } from 'vitest';
import { findBodies } from '../../../ingest/recognize/bodies.ts';

const of = (label: string, text: string): string[] => findBodies(text).filter((f) => f.label === label).map((f) => f.surface);

describe('Chinese local bodies', () => {
  it("reads a province's or city's department by its place and head", () => {
    expect(of('Authority', '本局收到浙江省经济和信息化厅的来函。')).toEqual(['浙江省经济和信息化厅']);
    expect(of('Authority', '杭州市市场监督管理局对该公司立案调查。')).toEqual(['杭州市市场监督管理局']);
    expect(of('Authority', '苏州市公安局当日介入。')).toEqual(['苏州市公安局']);
    expect(of('Authority', '浙江省发展和改革委员会印发通知。')).toEqual(['浙江省发展和改革委员会']);
    // After a verb that takes a body as its object.
    expect(of('Authority', '本局已将线索通报宁波市市场监督管理局。')).toEqual(['宁波市市场监督管理局']);
  });
  it('reads no department after a function word, nor a word on 局', () => {
    expect(of('Authority', '由该省各市局负责。')).toEqual([]);
    expect(of('Authority', '深圳市场格局变化明显。')).toEqual([]);
    expect(of('Authority', '该市公安局局长表示。')).toEqual([]);
  });
  it("reads a state administration's regional office", () => {
    expect(of('Authority', '已将线索移送中国民用航空华东地区管理局处理。')).toEqual(['中国民用航空华东地区管理局']);
  });
  it("reads a place's people's government whole", () => {
    expect(of('Authority', '可以向嘉兴市人民政府申请行政复议。')).toEqual(['嘉兴市人民政府']);
    expect(of('Authority', '经省人民政府批准。')).toEqual(['人民政府']);
  });
  it('reads no company of a legal form alone', () => {
    expect(of('Company', '主体类型：有限责任公司（自然人投资或控股）')).toEqual([]);
    expect(of('Company', '当事人：宁海澄川电子有限公司')).toEqual(['宁海澄川电子有限公司']);
  });
});
