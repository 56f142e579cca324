// A Chinese body's name after 列入 or 纳入, whose object may be the body's list, or after 禁止, whose object a body it bars may be ("被列入美国商务部“实体清单”"): the verb opens
// the name and is none of it; and 含有 ('containing') opens no company's name (grammar/names.yaml cjk-bodies,
// cjk-companies). Own sentences, invented names (helper-386).
import { describe, expect, it } from 'vitest';
import { findBodies } from '../../../ingest/recognize/bodies.ts';

const bodies = (t: string): string[] => [...new Set(findBodies(t).filter((f) => f.rule === 'cjk:body').map((f) => f.surface))];
const companies = (t: string): string[] => findBodies(t).filter((f) => f.label === 'Company').map((f) => f.surface);

describe('a ministry after 列入 or 纳入', () => {
  it('is the ministry, not the verb with it', () => {
    expect(bodies('关于子公司被列入美国商务部“实体清单”的公告')).toEqual(['美国商务部']);
    expect(bodies('该企业已被纳入日本经济产业部出口管制名单。')).toEqual(['日本经济产业部']);
  });
  it('is a ministry\'s bureau after the verb too', () => {
    // As after a preposition: the bureau (and its ministry, which the recogniser's overlap rule leaves inside it).
    expect(bodies('两家企业被列入美国商务部工业与安全局的清单。')).toEqual(bodies('两家企业由美国商务部工业与安全局列入清单。'));
    expect(bodies('两家企业被列入美国商务部工业与安全局的清单。')).toContain('美国商务部工业与安全局');
  });
  it('is the ministry after 禁止, whose object a body it bars may be', () => {
    expect(bodies('该法禁止美国国防部采购激光雷达。')).toEqual(['美国国防部']);
  });
  it('still reads a ministry after a preposition', () => {
    expect(bodies('企业应当向商务部申请许可。')).toEqual(['商务部']);
  });
});

describe('a company after 含有', () => {
  it('is none where 公司 is the filer\'s word for itself', () => {
    expect(companies('该条款禁止采购含有公司所产传感器的设备。')).toEqual([]);
  });
  it('is still the name after an opener', () => {
    expect(companies('该条款禁止采购岚峰光电有限公司所产传感器。')).toEqual(['岚峰光电有限公司']);
  });
});
