// A review or inspection goods must pass, organised by a body (应当通过A会同B组织的…审查, 经过A组织的…检查): the organiser
// investigates the goods the sentence names before it; a body it acts together with (会同) is its partner, no organiser
// (zh-relations.yaml organisedBy, organising). Own sentences (a real body, fictional goods).
import { describe, expect, it } from 'vitest';
import { statedInOrder } from './helpers.ts';

const stated = (text: string): string[] => statedInOrder(text, { language: 'zh', title: '巡检机器人作业管理办法' });

describe('a body that organises the review goods must pass', () => {
  it('investigates the goods named in the clauses before, not its partner', () => {
    expect(stated('港口运营单位采购巡检机器人，可能影响航行安全的，应当通过国家网信部门会同国务院有关部门组织的安全审查。')).toEqual([
      'authority:cac INVESTIGATES product:~巡检机器人',
    ]);
    expect(stated('进口的巡检机器人应当经过国家网信部门组织的安全检查。')).toEqual(['authority:cac INVESTIGATES product:~巡检机器人']);
  });
  it('states nothing where the review was not passed, or where what is organised is no review', () => {
    expect(stated('巡检机器人未通过国家网信部门组织的安全审查的，不得投入使用。')).toEqual([]);
    expect(stated('港口运营单位采购巡检机器人，应当通过国家网信部门组织的培训。')).toEqual([]);
  });
});
