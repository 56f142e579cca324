// A subject named by what it does (issue 12): 从事…的单位 opens with the verb 从事, not the preposition 从, so the
// phrase is read up to its head and bears the norm; a clause naming only the activity (从事…活动，应当…) names no
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
