// A title whose words are a list, its first item before a comma ("the Harbour Governance, Safety and Accountability Act
// 2013"), opens with that item after "the" when "and" joins the items after the comma (instruments.ts
// LISTED_TITLE_HEAD); not without "the" before the item, nor over a body's name with "of". Own sentences, invented acts.
import { describe, expect, it } from 'vitest';
import { recogniseMarkdown } from './helpers.ts';
import { surfaceIdsOf } from '../one-sentence.ts';

const laws = (md: string): string[] => surfaceIdsOf(recogniseMarkdown(`# T\n\n${md}`), ['Law']).map((x) => x.split('=')[0]);

describe('a title that is a list', () => {
  it('opens with its first item', () => {
    expect(laws('Ports are governed by the Harbour Governance, Safety and Accountability Act 2013 and its rules.')).toEqual(['Harbour Governance, Safety and Accountability Act 2013']);
  });
  it('but not without "the" or over a body', () => {
    expect(laws('In Norland, Safety and Accountability Act reforms stalled.').filter((x) => x.includes(','))).toEqual([]);
    expect(laws('Officials of the Ministry of Ports, Safety and Accountability Act experts met.').filter((x) => x.includes(','))).toEqual([]);
  });
});
