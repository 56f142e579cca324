// A section cited by its sign alone ("§ 412.7"), as a rule's own text cites its sections, is a section of the CFR part of
// that number the document names ("12 CFR Part 412"): one instrument with the part (instrument-references.ts
// instrumentAliases), as a section cited with its act's name is a surface of the act. Own sentences.
import { describe, expect, it } from 'vitest';
import { analyseText } from '../reports/helpers.ts';
import { surfaceIdsOf } from '../one-sentence.ts';

const laws = (text: string): string[] => {
  const rec = analyseText(text).rec;
  return [...new Set(surfaceIdsOf(rec, 'Law'))];
};

describe('a section cited by its sign in a document that names its part', () => {
  it('is the part', () => {
    const got = laws('The Agency amends 12 CFR Part 412 as follows.\n\nImporters must keep the records that § 412.7 lists, and the limits in § 412.9 apply from June.');
    expect(got).toContain('§ 412.7=law:~12-cfr-part-412');
    expect(got).toContain('§ 412.9=law:~12-cfr-part-412');
  });
  it('stays a section of its own where no part of that number is named, or two are', () => {
    expect(laws('Importers must keep the records that § 412.7 lists.')).toEqual(['§ 412.7=law:~412-7']);
    expect(laws('The Agency amends 12 CFR part 412 as follows.\n\nImporters must keep the records that § 413.2 lists.')).toContain('§ 413.2=law:~413-2');
    const two = laws('The Agency amends 12 CFR part 412 and 14 CFR part 412.\n\nImporters must keep the records that § 412.7 lists.');
    expect(two).toContain('§ 412.7=law:~412-7');
  });
});
