// A Chinese law's name ending in 法 is no mention where the text runs on into a word on 法 (法律, 法规, 法治): the catalog's
// name and the unbracketed name after the state's (grammar/instruments.yaml cjk.law-word-tails). Own sentences.
import { describe, expect, it } from 'vitest';
import { recogniseMarkdown } from './helpers.ts';
import { surfacesOf } from '../one-sentence.ts';

const laws = (sentence: string): string[] =>
  surfacesOf(recogniseMarkdown(`# 说明\n\n${sentence}`), 'Law');

describe('a Chinese law\'s name ending in 法', () => {
  it('names no law where 法 opens 法律, 法规, 法治 or 法制', () => {
    expect(laws('各地应当保证国家安全法律法规的执行。')).toEqual([]);
    expect(laws('推动国家安全法治建设。')).toEqual([]);
    expect(laws('完善中华人民共和国数据安全法律制度。')).toEqual([]);
  });
  it('names the law where a verb follows it (规定, 制定) or it stands alone', () => {
    expect(laws('依照国家安全法规定处理。')).toEqual(['国家安全法']);
    expect(laws('企业应当遵守国家安全法。')).toEqual(['国家安全法']);
    expect(laws('中华人民共和国数据安全法规定了义务。')).toEqual(['中华人民共和国数据安全法']);
  });
});
