// A ban of trade laid on a named body of the state ("禁止国防部采购X", as "bars the Department of Defense from procuring
// X"), with the date the bar starts from between ("自2028年1月1日起"): the goods are restricted, not the body
// (zh-relations.yaml banParty). Own sentences, fictional goods (helper-386).
import { describe, expect, it } from 'vitest';
import { statedInOrder } from './helpers.ts';

const stated = (text: string): string[] => statedInOrder(text, { language: 'zh', title: '报道' });

describe('a ban of trade on a named body of the state', () => {
  it('restricts the goods after the trade verb', () => {
    expect(stated('《2030财年国防授权法》第12条禁止美国国防部采购激光雷达。')).toEqual(['law:~2030财年国防授权法 RESTRICTS product:~激光雷达']);
  });
  it('restricts them with the date the bar starts from between', () => {
    expect(stated('《2030财年国防授权法》第12条禁止美国国防部自2031年1月1日起采购激光雷达。')).toEqual(['law:~2030财年国防授权法 RESTRICTS product:~激光雷达']);
    expect(stated('《2030财年国防授权法》第12条禁止联邦机构自2031年1月1日起采购激光雷达。')).toEqual(['law:~2030财年国防授权法 RESTRICTS product:~激光雷达']);
  });
  it('reads no such ban where the party named is a company', () => {
    expect(stated('商务部禁止岚峰光电有限公司自2031年1月1日起采购激光雷达。')).not.toContain('authority:mofcom RESTRICTS product:~激光雷达');
  });
});
