// helper-155: a named list written in quotes after a verb of listing (dev31 at first sight: 纳入“涵盖清单” missed). Own
// sentences, fictional companies.
import { describe, expect, it } from 'vitest';
import { findInstruments } from '../../../ingest/recognize/instruments.ts';

const lists = (text: string): string[] => findInstruments(text).filter((f) => f.kind === 'list').map((f) => `${f.surface} => ${f.name}`);

describe('a Chinese list named in quotes after a verb of listing', () => {
  it('reads the whole quoted name, without its quotes, right after the verb or after a few words of its own', () => {
    expect(lists('该委员会将甲岭公司生产的摄像头纳入“涵盖清单”。')).toEqual(['涵盖清单 => 涵盖清单']);
    expect(lists('该局将乙峰公司列入出口管制“实体清单”。')).toEqual(['实体清单 => 实体清单']);
  });
  it('still reads a list of what the quotes name, and a bare name', () => {
    expect(lists('该部将丙川公司列入“军事企业”清单。')).toEqual(['“军事企业”清单 => 军事企业清单']);
    expect(lists('该部将丙川公司列入管控名单。')).toEqual(['管控名单 => 管控名单']);
  });
  it('reads no name in a class of lists that a determiner opens', () => {
    expect(lists('一些议员要求将更多企业列入各类清单。')).toEqual([]);
    expect(lists('该部将丙川公司纳入相关名单，并列入其他清单。')).toEqual([]);
    expect(lists('该部将丙川公司列入相关企业管控名单。')).toEqual([]);
  });
  it('reads no list in quotes without a verb of listing', () => {
    expect(lists('所谓“黑名单”制度损害各方利益。')).toEqual([]);
  });
});
