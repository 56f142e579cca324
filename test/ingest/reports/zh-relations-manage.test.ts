// A body in charge of or strengthening the management of goods (A负责X的监督管理工作, A应当…，加强X管理, A加强对X的监管):
// it regulates the goods; one in charge of their disposal (A…，并负责X…的现场处置) restricts them. Own sentences (fictional
// bodies and goods).
import { describe, expect, it } from 'vitest';
import { statedInOrder } from './helpers.ts';

const stated = (text: string): string[] => statedInOrder(text, { language: 'zh', title: '巡检机器人作业管理办法' });

describe('a body that manages goods', () => {
  it('regulates the goods whose supervision it is in charge of', () => {
    expect(stated('水上交通管理机构负责巡检机器人的监督管理工作。')).toEqual(['authority:~水上交通管理机构 REGULATES product:~巡检机器人']);
  });
  it('regulates the goods among the objects of management it strengthens, past a clause of manner', () => {
    expect(stated('水上交通管理机构应当按照职责分工，加强航道、巡检机器人和作业活动管理。')).toEqual(['authority:~水上交通管理机构 REGULATES product:~巡检机器人']);
    expect(stated('水上交通管理机构应当加强对巡检机器人的监管。')).toEqual(['authority:~水上交通管理机构 REGULATES product:~巡检机器人']);
  });
  it('makes each body of an elided coordination a manager', () => {
    expect(stated('海事、渔业等主管部门应当加强巡检机器人管理。')).toEqual([
      'authority:~海事主管部门 REGULATES product:~巡检机器人',
      'authority:~渔业主管部门 REGULATES product:~巡检机器人',
    ]);
  });
  it('states nothing where the management is only intended or urged, names no goods or has no body', () => {
    expect(stated('水上交通管理机构将加强巡检机器人管理。')).toEqual([]);
    expect(stated('会议建议由水上交通管理机构加强巡检机器人管理。')).toEqual([]);
    expect(stated('水上交通管理机构应当加强人员管理。')).toEqual([]);
    expect(stated('巡检机器人运营单位应当加强作业人员管理。')).toEqual([]);
  });
});

describe('a body in charge of disposing of goods', () => {
  it('restricts them, also as the subject of the clause before a coordinated one', () => {
    expect(stated('水上交通管理机构负责巡检机器人的现场处置。')).toEqual(['authority:~水上交通管理机构 RESTRICTS product:~巡检机器人']);
    expect(stated('水上交通管理机构可以对可疑目标实施先期处置，并负责巡检机器人的现场处置。')).toEqual(['authority:~水上交通管理机构 RESTRICTS product:~巡检机器人']);
  });
  it('states nothing where the clause has a subject of its own', () => {
    expect(stated('水上交通管理机构可以实施先期处置，运营单位负责巡检机器人的现场处置。')).toEqual([]);
  });
  it('reaches goods the document named before, where the grammar sees no start of a name', () => {
    expect(stated('巡检机器人应当登记。水上交通管理机构可以对可疑目标实施先期处置，并负责违规作业巡检机器人返港后的现场处置。')).toEqual([
      'authority:~水上交通管理机构 RESTRICTS product:~巡检机器人',
    ]);
  });
});
