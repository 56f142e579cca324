// Chinese bodies named by the duties they perform or bear (履行X职责的部门, 负有X职责的部门), the state's armed forces by their
// head (解放军, 部队), and a people's government not run into a class coordinated after it (grammar/names.yaml cjk-bodies).
// Own sentences.
import { describe, expect, it } from 'vitest';
import { findBodies } from '../../../ingest/recognize/bodies.ts';

const bodies = (t: string): string[] => [...new Set(findBodies(t).filter((f) => f.rule === 'cjk:body').map((f) => f.surface))];

describe('a Chinese body named by its duties', () => {
  it('is the relative clause and its head, after a preposition or at a clause\'s start', () => {
    expect(bodies('用户可以向履行水资源保护职责的部门举报。')).toEqual(['履行水资源保护职责的部门']);
    expect(bodies('负有渔业安全监督管理职责的部门应当定期巡查。')).toEqual(['负有渔业安全监督管理职责的部门']);
  });
  it('is no party named by a relative clause of its own acts', () => {
    expect(bodies('承担运营职责的企业应当备案。')).toEqual([]);
  });
});

describe('the state\'s armed forces', () => {
  it('are named by their head, after a clause\'s start, a conjunction or a relative clause\'s 的', () => {
    expect(bodies('中国人民解放军和武警部队应当予以协助。')).toEqual(['中国人民解放军', '武警部队']);
    expect(bodies('由驻地的武警部队负责警戒。')).toEqual(['武警部队']);
  });
  it('need a name before the head', () => {
    expect(bodies('部队应当予以协助。')).toEqual([]);
  });
});

describe('a people\'s government with a class after it', () => {
  it('is the government alone', () => {
    expect(bodies('县级人民政府及其有关部门应当组织演练。')).toEqual(['县级人民政府']);
    expect(bodies('县级人民政府和有关部门应当组织演练。')).toEqual(['县级人民政府']);
  });
});
