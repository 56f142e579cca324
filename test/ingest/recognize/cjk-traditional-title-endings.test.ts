// A Chinese title in 《》 in traditional characters ends in the same instrument words as in simplified ones (條例, 細則,
// 辦法, 規定: grammar/instruments.yaml cjk endings), as Taiwan, Hong Kong and Macao write them; a book's title ends in none.
// helper-412 (issue 15). Own sentences, invented titles.
import { describe, expect, it } from 'vitest';
import { recogniseMarkdown } from './helpers.ts';
import { mentionsOf } from '../one-sentence.ts';

const laws = (md: string) => mentionsOf(recogniseMarkdown(`# T\n\n${md}`), ['Law']).map((m) => m.surface);

describe('a traditional-character title in 《》', () => {
  it('is an instrument when it ends in an instrument word', () => {
    expect(laws('主管機關依《港口起重機管理條例》第五條處理。')).toEqual(['《港口起重機管理條例》']);
    expect(laws('依《港口資安管理法施行細則》第四條辦理。')).toEqual(['《港口資安管理法施行細則》']);
    expect(laws('業者應遵守《無人機採購辦法》之規定。')).toEqual(['《無人機採購辦法》']);
  });
  it('is none when it ends in no instrument word (a book)', () => {
    expect(laws('他讀了《港口起重機的故事》一書。')).toEqual([]);
  });
});
