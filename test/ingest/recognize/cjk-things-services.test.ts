// Chinese services named as what a party provides (提供X服务) or by a class of their providers (X服务提供者), and words of
// names whose characters are function characters elsewhere (应用, 分发, 分析) (grammar/things.yaml cjk-services,
// cjk-name-words; cjk-things.ts). Own sentences.
import { describe, expect, it } from 'vitest';
import { findCjkThings } from '../../../ingest/recognize/cjk-things.ts';

const found = (t: string): string[] => findCjkThings(t).map((f) => `${f.label}:${f.surface}`);

describe('a Chinese service', () => {
  it('is named as what a party provides', () => {
    expect(found('运营者向用户提供云存储服务。')).toEqual(['Technology:云存储服务']);
    expect(found('提供数据分析服务的机构应当备案。')).toEqual(['Technology:数据分析服务']);
  });
  it('is named by a class of its providers, once generic words are left out', () => {
    expect(found('大型即时通信服务提供者应当公开规则。')).toEqual(['Technology:即时通信服务']);
    expect(found('提供应用程序分发服务的经营者。')).toEqual(['Technology:应用程序分发服务']);
  });
  it('is nothing alone, after generic words only, or where it is not provided', () => {
    expect(found('拒绝提供服务。')).toEqual([]);
    expect(found('可以暂停提供相关服务。')).toEqual([]);
    expect(found('参与公共服务平台建设。')).toEqual([]);
  });
});

describe('a Chinese service engaged in', () => {
  it('is named after 从事', () => {
    expect(found('从事云存储服务的机构应当登记。')).toEqual(['Technology:云存储服务']);
  });
});

describe('Chinese products and services named as one pair', () => {
  it('is one category after its modifier (网络产品和服务, the statutes\' \'network products and services\')', () => {
    expect(found('运营者采购云存储产品和服务，应当备案。')).toEqual(['Product:云存储产品和服务']);
    expect(found('国家鼓励发展数据产品和服务。')).toEqual(['Product:数据产品和服务']);
  });
  it('is nothing alone or after generic words only', () => {
    expect(found('企业提供产品和服务。')).toEqual([]);
    expect(found('供应商提供相关产品和服务。')).toEqual([]);
  });
});
