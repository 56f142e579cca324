// A Chinese issuer's numbered act with its number before its type (商务部2026年第71号公告, 发布2026年第71号公告), as a report of
// the act writes it: the same instrument as 公告2026年第71号 (grammar/instruments.yaml cn-numbered-before). helper-412
// (issue 15). Own sentences, invented numbers.
import { describe, expect, it } from 'vitest';
import { recogniseMarkdown } from './helpers.ts';
import { mentionsOf } from '../one-sentence.ts';

const laws = (md: string) => mentionsOf(recogniseMarkdown(`# T\n\n${md}`), ['Law']).map((m) => `${m.surface}=${m.id}`);

describe('a numbered announcement with its number before its type', () => {
  it('is one instrument, its issuer part of the name where it stands right before', () => {
    expect(laws('12月9日，商务部发布2027年第33号公告，将某公司列入出口管制管控名单。')).toContain('2027年第33号公告=law:~公告2027年第33号');
    expect(laws('商务部2027年第33号公告自发布之日起施行。')).toEqual(['商务部2027年第33号公告=law:~商务部公告2027年第33号']);
    expect(laws('工业和信息化部2027年第8号令规定了无人机的登记要求。')).toContain('工业和信息化部2027年第8号令=law:~工业和信息化部令2027年第8号');
  });
  it('needs the year and the number: a date or a bare number is none', () => {
    expect(laws('2027年3月第一次公告发布后，企业开始整改。')).toEqual([]);
  });
});
