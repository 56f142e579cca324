// A verb of taking hold of goods (没收, 扣押, 查封, 查扣, 暂扣) restricts the goods its clause names after it, however they are
// described (zh-relations.yaml seize); with a decision's 本局 and party label (recognize/filer.ts) a local penalty decision
// states its bureau's investigation and confiscation. Own sentences, fictional bodies and goods (helper-371; dev106).
import { describe, expect, it } from 'vitest';
import { statedInOrder } from './helpers.ts';

const stated = (text: string): string[] => statedInOrder(text, { language: 'zh', title: '行政处罚决定书' });

describe('a verb of taking hold of goods', () => {
  it('restricts the goods named after it, past a model and a count', () => {
    expect(stated('宁波市市场监督管理局没收“云雀Z5”型无人驾驶航空器30台、“M-12”型无线图传模块12个。')).toEqual([
      'authority:~宁波市市场监督管理局 RESTRICTS product:~无人驾驶航空器',
      'authority:~宁波市市场监督管理局 RESTRICTS product:~无线图传模块',
    ]);
    // 无人机 is the catalog's drones.
    expect(stated('宁波市市场监督管理局依法扣押了当事人仓库内的无人机。')).toEqual(['authority:~宁波市市场监督管理局 RESTRICTS product:drones']);
  });
  it("takes a decision's items as its issuer's acts past a lead-in clause coordinated with 并作出", () => {
    expect(stated('宁波市市场监督管理局决定责令当事人改正违法行为，并作出如下行政处罚：\n\n（一）没收“云雀Z5”型无人驾驶航空器30台；\n\n（二）罚款人民币1万元。')).toEqual([
      'authority:~宁波市市场监督管理局 RESTRICTS product:~无人驾驶航空器',
    ]);
  });
  it('states nothing where no goods are taken or no body acts', () => {
    expect(stated('宁波市市场监督管理局没收违法所得人民币3万元。')).toEqual([]);
    expect(stated('没收的无人机已全部销毁。')).toEqual([]);
  });
});
