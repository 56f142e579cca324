import { describe, expect, it } from 'vitest';
import { codeCitation } from '../../../ingest/recognize/code-citation.ts';
import { grammar } from '../../../ingest/recognize/grammar.ts';
import { fillName, nameReader } from '../../../ingest/recognize/name-templates.ts';

describe('citation name templates', () => {
  it('fills each slot with its group, an empty one with nothing', () => {
    expect(fillName('{t1}{t2} U.S.C. {s1}{s2}', { t2: '50', s2: '1705' })).toBe('50 U.S.C. 1705');
    expect(fillName('Public Law {congress}-{num}', undefined)).toBe('Public Law -');
  });

  it('reads a name back into its runs of slots, only a name the pattern matches whole and the template builds so', () => {
    const read = nameReader('{a}{b} items of {c}', /(?:(?<a>\d+) items|(?<b>[ivx]+) items) of (?<c>[A-Z]\w*)/gu);
    expect(read('12 items of Norland')).toEqual(['12', 'Norland']);
    expect(read('iv items of Norland')).toEqual(['iv', 'Norland']);
    expect(read('12iv items of Norland')).toBeUndefined();
    expect(read('12 items of norland')).toBeUndefined();
    expect(read('12 items of Norland and more')).toBeUndefined();
    expect(nameReader('{n} items', /(?<n>\d+)\s+items/u)('12  items')).toBeUndefined();
  });
});

describe("a US Code citation read from its canonical name (the us-code citation's template)", () => {
  it.each([
    ['50 U.S.C. 1705', { title: 50, section: '1705' }],
    ['47 U.S.C. 1601', { title: 47, section: '1601' }],
    ['19 U.S.C. 1862a', { title: 19, section: '1862a' }],
    ['50 U.S.C. 1701-1707', { title: 50, section: '1701-1707' }],
  ])('%s', (name, cited) => {
    expect(codeCitation(name)).toEqual(cited);
  });

  it.each(['100 U.S.C. 5', '50 U.S.C. 1705(a)', '50 USC 1705', '15 CFR part 791', 'Public Law 115-232', 'the Act'])('not %s', (name) => {
    expect(codeCitation(name)).toBeUndefined();
  });

  it('reads every name the grammar builds from a code citation', () => {
    const c = grammar().citations.find((x) => x.id === 'us-code');
    const text = 'Under 50 U.S.C. 1705, 19 U.S. Code § 1862a, 15 USC 4801-4852 and section 1607 of title 47, United States Code.';
    const names = [...text.matchAll(c?.pattern ?? /$^/g)].map((m) => fillName(c?.name ?? '', m.groups));
    expect(names).toEqual(['50 U.S.C. 1705', '19 U.S.C. 1862a', '15 U.S.C. 4801-4852', '47 U.S.C. 1607']);
    expect(names.map(codeCitation)).toEqual([
      { title: 50, section: '1705' },
      { title: 19, section: '1862a' },
      { title: 15, section: '4801-4852' },
      { title: 47, section: '1607' },
    ]);
  });
});
