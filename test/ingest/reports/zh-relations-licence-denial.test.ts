// Chinese export control (own sentences, fictional goods): a licence or approval refused for trade ("原则上不予许可X对
// 日本出口", "不予批准向日本出口X") is a ban of the goods and of the destination (zh-relations.yaml ban, banDestination).
import { describe, expect, it } from 'vitest';
import { statedInOrder } from './helpers.ts';

const stated = (text: string): string[] => statedInOrder(text, { language: 'zh', title: '报道' });

describe('a refused licence for trade', () => {
  it('bans the goods and the destination', () => {
    expect(stated('商务部决定，原则上不予许可激光雷达对日本出口。')).toEqual(['authority:mofcom RESTRICTS product:~激光雷达', 'authority:mofcom RESTRICTS jur:jp']);
    expect(stated('商务部决定，不予批准向日本出口激光雷达。')).toEqual(expect.arrayContaining(['authority:mofcom RESTRICTS jur:jp']));
  });
  it('states nothing where the refusal is only supposed or of no trade', () => {
    expect(stated('商务部表示，如果有关企业违规，将不予许可激光雷达对日本出口。')).toEqual([]);
    expect(stated('商务部对此不予置评。')).toEqual([]);
  });
});

describe('a later decision of the same actor', () => {
  it('reaches the actor of the clause before ("2024年12月又明确…")', () => {
    expect(stated('商务部于2023年7月宣布对激光雷达实施出口管制，2024年12月又明确原则上不予许可激光雷达对日本出口。')).toEqual([
      'authority:mofcom RESTRICTS product:~激光雷达',
      'authority:mofcom RESTRICTS jur:jp',
    ]);
  });
});
