// Formal written Chinese in the relation constructions: 之 read as 的 (zh-relations.yaml attributive), 审验 ('review and
// inspection') a noun of regulating, and a refusal to issue a certificate or licence to what follows 对 a restriction
// (refusal), a relative clause on the object (未经认证的) no negation of the act. Own sentences, fictional names.
import { describe, expect, it } from 'vitest';
import { statedInOrder } from './helpers.ts';

const zh = (t: string): string[] => statedInOrder(t, { language: 'zh' });

describe('之, the 的 of formal writing', () => {
  it('reads a measure on goods owned by 之', () => {
    expect(zh('交通运输部将加强对工业无人机之监管。')).toEqual([]);
    expect(zh('交通运输部强化工业无人机之审验。')).toEqual(['authority:cn-ministry-of-transport REGULATES product:~工业无人机']);
    expect(zh('交通运输部启动对工业无人机之反倾销调查。')).toEqual(['authority:cn-ministry-of-transport INVESTIGATES product:~工业无人机']);
  });
  it('keeps 之 in the words it makes with a locative (之间, 之一)', () => {
    expect(zh('交通运输部启动对工业无人机之间的比较。')).toEqual([]);
  });
});

describe('a refusal to issue', () => {
  it('restricts what follows 对', () => {
    expect(zh('交通运输部对工业无人机不予核发合格证明。')).toEqual(['authority:cn-ministry-of-transport RESTRICTS product:~工业无人机']);
    expect(zh('交通运输部对未通过型式认证之工业无人机不予核发合格证明。')).toEqual(['authority:cn-ministry-of-transport RESTRICTS product:~工业无人机']);
  });
  it('states nothing where the refusal is only considered', () => {
    expect(zh('交通运输部拟对工业无人机不予核发合格证明。')).toEqual([]);
  });
});
