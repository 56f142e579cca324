// A Chinese name that holds a country's: a political party by its head (中国共产党, an organisation, no mention of the
// country) and a territory with its status (香港特别行政区, the territory's whole name) (grammar/names.yaml cjk-parties,
// cjk-territory-statuses). Own sentences.
import { describe, expect, it } from 'vitest';
import { recogniseMarkdown } from './helpers.ts';
import { mentionsOf } from '../one-sentence.ts';

const labelled = (sentence: string): string[] =>
  mentionsOf(recogniseMarkdown(`# 说明\n\n${sentence}`)).map((m) => `${m.surface}=${m.label}`);

describe('a political party', () => {
  it('is an organisation, with the state\'s name it holds, and no mention of the country', () => {
    expect(labelled('坚持中国共产党对该项工作的领导。')).toEqual(['中国共产党=Organization']);
    expect(labelled('美国民主党和共和党议员联名致信。')).toEqual(['美国民主党=Organization', '共和党=Organization']);
  });
  it('leaves a country named before a party of another word alone', () => {
    expect(labelled('中国政府支持该项目。').some((m) => m.endsWith('=Organization'))).toBe(false);
  });
});

describe('a territory with its status', () => {
  it('is the territory\'s whole name', () => {
    expect(labelled('香港特别行政区和澳门特别行政区应当履行责任。')).toEqual(['香港特别行政区=Jurisdiction', '澳门特别行政区=Jurisdiction']);
    expect(labelled('该公司在香港设立子公司。')).toEqual(['香港=Jurisdiction']);
  });
});
