// A subject named by what it does (issue 12): 从事…的单位 opens with the verb 从事, not the preposition 从, and 为…提供
// 服务的经营者 opens its relative clause with a preposition; either is read up to its head and bears the norm. A clause
// naming only the activity (从事…活动，应当…), a condition (…的，应当…) or a fronted object (对…的单位应当…) names no
// party and leaves the bearer implicit. The sentences are the team's own.
import { describe, expect, it } from 'vitest';
import { readArticle } from './read.ts';

const bearerOf = (text: string) => readArticle(text, 'zh', 'cn')[0]?.bearer?.term;

describe('从事…的 party as subject', () => {
  it.each([
    ['从事进出口活动的单位应当如实申报。', '从事进出口活动的单位'],
    ['从事进出口活动的单位和个人应当如实申报。', '从事进出口活动的单位和个人'],
    ['从事经营性飞行活动的企业，还应当为营利法人。', '从事经营性飞行活动的企业'],
  ])('%s', (text, bearer) => {
    expect(bearerOf(text)).toBe(bearer);
  });
  it('an activity as subject names no bearer', () => {
    expect(bearerOf('从事进出口活动，应当遵守法律。')).toBeUndefined();
  });
});

describe('a relative clause opening with a preposition names the subject', () => {
  it.each([
    ['为用户提供网络接入服务的经营者应当核验用户身份。', '为用户提供网络接入服务的经营者'],
    ['向境外提供个人信息的处理者应当取得个人的同意。', '向境外提供个人信息的处理者'],
    ['在中华人民共和国境内从事数据处理活动的组织应当建立管理制度。', '在中华人民共和国境内从事数据处理活动的组织'],
    ['依法负有监督管理职责的部门及其工作人员，必须对知悉的商业秘密严格保密。', '依法负有监督管理职责的部门及其工作人员'],
  ])('%s', (text, bearer) => {
    expect(bearerOf(text)).toBe(bearer);
  });
  it.each(['向境外提供数据的，应当进行安全评估。', '因业务需要向境外提供数据的，应当进行安全评估。', '对违法的单位应当依法处罚。'])('a condition or a fronted object is no subject: %s', (text) => {
    expect(bearerOf(text)).toBeUndefined();
  });
  it('an adverbial before a comma leaves the subject after it', () => {
    expect(bearerOf('在境内，企业应当遵守本法。')).toBe('企业');
  });
});
