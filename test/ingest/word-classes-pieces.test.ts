// helper-392: pieces several patterns share, given once as their members and named as <NAME>, with the members a pattern
// drops written where it names the piece (word-classes.ts expandPieces): grammar/cjk-pieces.yaml's ZH_NAME_START (the
// boundary a Chinese name starts after) and ZH_FUNCTION (the characters a body's name may not contain), which names.yaml's
// Chinese patterns spelt out each anew. Own sentences.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findBodies } from '../../ingest/recognize/bodies.ts';
import { expandPieces, type MemberPiece, patternWithClasses } from '../../ingest/word-classes.ts';

const PIECES: ReadonlyMap<string, MemberPiece> = new Map<string, MemberPiece>([
  ['OPEN', { 'any-of': ['^', '，', '向', '由', '经'] }],
  ['FUNCTION', { characters: '的了和-' }],
]);
const expand = (source: string) => expandPieces(source, PIECES);

describe('an alternation piece', () => {
  it('is its members as one group, and a pattern may name more after it', () => {
    expect(expand('(?<=<OPEN>|到)部').source).toBe('(?<=(?:^|，|向|由|经)|到)部');
  });
  it('drops the members a pattern names with -, one to each', () => {
    expect(expand('(?<=<OPEN -经 -由>|经(?!济))部').source).toBe('(?<=(?:^|，|向)|经(?!济))部');
    const re = new RegExp(expand('(?<=<OPEN -经>|经(?!济))\\p{Script=Han}{2}部').source, 'u');
    expect(re.exec('经济发展部')).toBeNull();
    expect(re.exec('经商务部')?.[0]).toBe('商务部');
  });
});

describe('a characters piece', () => {
  it('is written into the class that names it, each character escaped where a class needs it', () => {
    expect(expand('[^\\P{Script=Han}<FUNCTION>]').source).toBe('[^\\P{Script=Han}的了和\\-]');
  });
  it('drops each character after a -, and the class may list more after it', () => {
    const { source } = expand('[^\\P{Script=Han}<FUNCTION -和>局署]+');
    expect(source).toBe('[^\\P{Script=Han}的了\\-局署]+');
    expect(new RegExp(source, 'u').exec('局工业和信息化的')?.[0]).toBe('工业和信息化');
  });
});

describe('a problem of the pattern', () => {
  it('is a drop of no member, a piece named where its kind cannot stand, or drops after a name that is no piece', () => {
    expect(expand('<OPEN -到>').problems).toHaveLength(1);
    expect(expand('[<FUNCTION -部>]').problems).toHaveLength(1);
    expect(expand('<FUNCTION>').problems).toHaveLength(1);
    expect(expand('[<OPEN>]').problems).toHaveLength(1);
    expect(expand('<ZH_ITEM -一是>').problems).toHaveLength(1);
    expect(expand('(?<=<OPEN -经>)[^<FUNCTION -的>]<ZH_ITEM>').problems).toEqual([]);
  });
  it('fails the data file', () => {
    const pattern = patternWithClasses(() => ({ sources: new Map(), problems: [] }), () => PIECES)('u');
    expect(pattern.safeParse('(?<=<OPEN -到>)部').success).toBe(false);
    expect(pattern.parse('(?<=<OPEN -经>)部').test('向部')).toBe(true);
  });
});

describe("names.yaml's Chinese patterns", () => {
  const names = readFileSync(path.join(import.meta.dirname, '../../ingest/recognize/grammar/names.yaml'), 'utf8');
  it('spell the shared boundary and function characters no more, but name the pieces', () => {
    expect(names).not.toContain('|向|由|');
    expect(names).not.toContain('向由经对');
    expect(names.match(/<ZH_NAME_START[ ->]/g)?.length).toBeGreaterThan(15);
    expect(names.match(/<ZH_FUNCTION[ ->]/g)?.length).toBeGreaterThan(15);
  });
  const authorities = (text: string): string[] => findBodies(text).filter((f) => f.label === 'Authority').map((f) => f.surface);
  it('read names as before, a variation where a pattern drops a member', () => {
    // A ministry after 经 (ZH_NAME_START), none of its characters a function word (ZH_FUNCTION).
    expect(authorities('该事项经农业农村部批准后实施。')).toEqual(['农业农村部']);
    // The ministry pattern drops 经 for 经(?!济): the 经 of 经济 is no preposition a name starts after.
    expect(authorities('他曾在经济发展部任职。')).not.toContain('济发展部');
    // A province's department after a referral verb the pattern adds after the piece.
    expect(authorities('本案已移送江北省交通运输厅处理。')).toEqual(['江北省交通运输厅']);
  });
});
