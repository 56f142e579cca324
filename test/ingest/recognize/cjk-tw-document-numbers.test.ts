// An official letter by its Taiwanese document number (發文字號: the issuer's abbreviation and series before 字, 第, the number,
// 號), with 函 or 令 after it no part of the number: an instrument of its own (grammar/instruments.yaml tw-document-number).
// helper-412 (issue 15). Own lines, invented numbers.
import { describe, expect, it } from 'vitest';
import { recogniseMarkdown } from './helpers.ts';
import { mentionsOf } from '../one-sentence.ts';

const laws = (md: string) => mentionsOf(recogniseMarkdown(`# T\n\n${md}`), ['Law']).map((m) => `${m.surface}=${m.id}`);

describe('a Taiwanese document number', () => {
  it('names the letter, after a label, a date or a word of citing', () => {
    expect(laws('- 發文字號：院臺護字第1150012345號')).toEqual(['院臺護字第1150012345號=law:~院臺護字第1150012345號']);
    expect(laws('一、依本院110年3月1日院臺護字第1100204321號函辦理。')).toEqual(['院臺護字第1100204321號函=law:~院臺護字第1100204321號']);
  });
  it('is none without a series before 字, or with a short number', () => {
    expect(laws('他說第123號字第12345號不算。')).toEqual([]);
    expect(laws('經濟部文字第12號資料不全。')).toEqual([]);
  });
});
