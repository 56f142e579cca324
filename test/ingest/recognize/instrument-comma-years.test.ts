// An Indian (or Pakistani, Bangladeshi) statute's year after a comma: "the Harbour Data Act, 2019" is one act with its
// year, and the short form its "(hereinafter "the HD Act")" defines right after it is that act (instruments.ts
// UK_YEAR_TAIL, definitions.ts). Not one of several years ("the Act, 2019 and 2020"). Own sentences, invented acts.
import { describe, expect, it } from 'vitest';
import { recogniseMarkdown } from './helpers.ts';
import { surfaceIdsOf } from '../one-sentence.ts';

const laws = (md: string): string[] => [...new Set(surfaceIdsOf(recogniseMarkdown(`# T\n\n${md}`), ['Law']))];
const ids = (md: string): number => new Set(laws(md).map((x) => x.split('=')[1])).size;

describe("a statute's year after a comma", () => {
  it('is part of its name', () => {
    expect(laws('The ministry acted under the Harbour Data Security Act, 2019 last week.').map((x) => x.split('=')[0])).toEqual(['Harbour Data Security Act, 2019']);
  });
  it('lets the short form defined after it name the same act', () => {
    expect(ids('Orders were issued under Section 12 of the Harbour Data Security Act, 2019 (hereinafter "the HDS Act"). Section 12 of the HDS Act empowers the Board to block ports.')).toBe(1);
  });
  it('but not a year of a list of years', () => {
    expect(laws('Amendments to the Harbour Data Security Act, 2019 and 2021 widened it.').map((x) => x.split('=')[0])).toEqual(['Harbour Data Security Act']);
  });
});
