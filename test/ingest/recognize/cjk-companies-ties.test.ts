// A Chinese company named right after a noun of its tie to another company (子公司, 母公司, 分公司, 控股公司), as in
// "驰讯车联的香港子公司驰讯国际有限公司": grammar/names.yaml cjk-companies. Own sentences, invented names (helper-126).
import { describe, expect, it } from 'vitest';
import { findBodies } from '../../../ingest/recognize/bodies.ts';

const companies = (text: string): string[] => findBodies(text).filter((f) => f.label === 'Company').map((f) => f.surface);

describe('a Chinese company after a noun of its tie to another', () => {
  it('is read from the character after the noun', () => {
    expect(companies('值得注意的是，岚峰车联的香港子公司岚峰国际有限公司同时被列入清单。')).toEqual(['岚峰国际有限公司']);
    expect(companies('该企业的母公司岚峰控股有限公司表示反对。')).toEqual(['岚峰控股有限公司']);
  });
  it('is no company where the noun is the end of the name', () => {
    expect(companies('值得注意的是，岚峰车联的香港子公司同时被列入清单。')).toEqual([]);
  });
});

// A listed company's own words for its subsidiaries (helper-144): the tie noun with the tie's kind before it, or after
// 公司 (the filer), names no company; the name after it does.
describe("a filer's subsidiary by its tie", () => {
  it('is the name after the tie noun, not the tie noun with its kind', () => {
    expect(companies('美方将本公司及全资子公司岚峰飞控有限公司列入实体清单。')).toEqual(['岚峰飞控有限公司']);
    expect(companies('公司控股子公司岚峰车智有限公司主要从事车载终端的研发。')).toEqual(['岚峰车智有限公司']);
  });
  it('is no company when no name follows', () => {
    expect(companies('公司及控股子公司的生产经营正常。')).toEqual([]);
  });
});
