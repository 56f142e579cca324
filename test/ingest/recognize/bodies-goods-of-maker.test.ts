// A capitalised head of things opening a sentence before "of" and a maker's name ("Equipment of Harlow Optics Co., Ltd.
// has not been approved") is no word of the name: the maker alone (bodies.ts wrapped). A name whose own word stands
// there ("Bank of Norland Co., Ltd.") keeps it. Own sentences, fictional companies.
import { describe, expect, it } from 'vitest';
import { recogniseMarkdown } from './helpers.ts';
import { surfaceIdsOf } from '../one-sentence.ts';

const companies = (md: string): string[] => surfaceIdsOf(recogniseMarkdown(`# T\n\n${md}`), ['Company']).map((x) => x.split('=')[0]);

describe('goods of a maker opening a sentence', () => {
  it('leave the maker alone', () => {
    expect(companies('Equipment of Harlow Optics Technologies Co., Ltd. has not been approved for the network.')).toEqual(['Harlow Optics Technologies Co., Ltd.']);
    expect(companies('The port grew. Cameras of Harlow Optics Ltd. were removed from the quay.')).toEqual(['Harlow Optics Ltd.']);
  });
  it('but a name on its own word keeps it', () => {
    expect(companies('Bank of Norland Co., Ltd. said it would appeal.')).toEqual(['Bank of Norland Co., Ltd.']);
  });
});
