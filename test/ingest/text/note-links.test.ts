import { describe, expect, it } from 'vitest';
import { noteLinks, opensNote, replaceNoteLinks } from '../../../ingest/text/note-links.ts';

const links = (text: string) => [...noteLinks(text)].map((l) => ({ text: text.slice(l.start, l.end), mark: l.mark, target: l.target, backlink: l.backlink }));

describe('note links', () => {
  it.each([
    ['Council [(3)](#ntr3-L_2022333EN.01008001-E0003),', '[(3)](#ntr3-L_2022333EN.01008001-E0003)', '3', 'ntr3-L_2022333EN.01008001-E0003'],
    ['Council [(\\*1)](#ntr*1-L_202402847EN.000101-E0038).', '[(\\*1)](#ntr*1-L_202402847EN.000101-E0038)', '*1', 'ntr*1-L_202402847EN.000101-E0038'],
    ['Council ( [3](#E0005) ),', '( [3](#E0005) )', '3', 'E0005'],
    ['Council ( [\\*1](#E0003) ).', '( [\\*1](#E0003) )', '*1', 'E0003'],
    ['A claim.[12](#fn12) More.', '[12](#fn12)', '12', 'fn12'],
  ])('reads the call-out in %s', (text, span, mark, target) => {
    expect(links(text)).toEqual([{ text: span, mark, target, backlink: false }]);
  });

  it("reads a note's own number linking back to its call-out as a back-link", () => {
    expect(links('[(27)](#ntc27-L_x)   OJ C 1.')).toEqual([{ text: '[(27)](#ntc27-L_x)', mark: '27', target: 'ntc27-L_x', backlink: true }]);
    expect(links('( [\\*1](#src.E0003) ) Regulation')).toEqual([{ text: '( [\\*1](#src.E0003) )', mark: '*1', target: 'src.E0003', backlink: true }]);
  });

  it('takes parentheses around a link only when both are there', () => {
    expect(links('(see [3](#fn3))').map((l) => l.text)).toEqual(['[3](#fn3)']);
    expect(links('( [3](#fn3) and more)').map((l) => l.text)).toEqual(['[3](#fn3)']);
  });

  it('leaves links that are no note number: words, empty labels, links out of the file, "(a)"', () => {
    expect(links('See [the annex](#annex), [](#B-2), [3](https://example.org/3), [(a)](#pt_a) and [12345](#n).')).toEqual([]);
  });

  it('replaces each link and keeps the text between', () => {
    expect(replaceNoteLinks('A [(1)](#ntr1-x) and B ( [2](#E0002) ).', (l) => `<${l.mark}>`)).toBe('A <1> and B <2>.');
  });
});

describe('a line that opens a note', () => {
  it.each([
    ['[(3)](#ntc3-L_x)  Position of the European Parliament', true],
    ['( [](#src.E0001)) Directive 2014/90/EU', true],
    ['( [\\*1](#src.E0003) ) Regulation (EU) 2024/2847', true],
    ['Council [(3)](#ntr3-L_x),', false],
    ['[(3)](#ntr3-L_x) opens a call-out, not a note', false],
    ['( [3](#E0005) )', false],
  ])('%s: %s', (line, opens) => {
    expect(opensNote(line)).toBe(opens);
  });
});
