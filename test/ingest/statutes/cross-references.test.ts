import { describe, expect, it } from 'vitest';
import type { Provision } from '../../../ingest/model.ts';
import { findCrossReferences } from '../../../ingest/statutes/cross-references.ts';
import { parseStatute } from '../../../ingest/statutes/index.ts';
import { fixtureSource } from './helpers.ts';

const doc = parseStatute(fixtureSource('cn-inserted.md', 'markdown'));
const cn = (locator: string): Provision => {
  const p = doc.provisions.find((x) => x.locator === locator);
  if (!p) throw new Error(locator);
  return p;
};
const en = (text: string, locator = 'art_32', paragraphs: Provision['paragraphs'] = []) => ({ locator, text, paragraphs });
const targets = (refs: { targetLocator: string; external?: boolean }[]) => refs.filter((r) => !r.external).map((r) => r.targetLocator);

describe('Chinese cross-references', () => {
  it('finds 本法第一条 with offsets into the provision text', () => {
    const p = cn('art_2');
    const refs = findCrossReferences(p, 'zh');
    const first = refs[0];
    expect(first).toMatchObject({ targetLocator: 'art_1', text: '本法第一条' });
    expect(p.text.slice(first.start, first.end)).toBe('本法第一条');
  });

  it('resolves 前款 to the previous paragraph and 前两款 to both', () => {
    const refs = findCrossReferences(cn('art_2'), 'zh');
    expect(refs.filter((r) => r.text === '前款').map((r) => r.targetLocator)).toEqual(['art_2__para_1']);
    expect(refs.filter((r) => r.text === '前两款').map((r) => r.targetLocator)).toEqual(['art_2__para_1', 'art_2__para_2']);
  });

  it('marks articles of another act as external, including those listed after it', () => {
    const refs = findCrossReferences(cn('art_3_1'), 'zh');
    expect(refs.filter((r) => r.external)).toEqual([
      expect.objectContaining({ targetLocator: 'art_3', act: '《中华人民共和国测试法》' }),
      expect.objectContaining({ targetLocator: 'art_4', act: '《中华人民共和国测试法》', text: '第四条' }),
    ]);
    expect(targets(refs)).toEqual(['art_2__para_2']);
  });

  it('expands 第一条至第三条 to each article', () => {
    expect(targets(findCrossReferences(cn('art_4'), 'zh'))).toEqual(['art_1', 'art_2', 'art_3']);
  });

  it('reads 本条第一款, 第二十一条第二款 and 第十条之一', () => {
    const p = { locator: 'art_30', text: '违反本条第一款或者第二十一条第二款、第十条之一规定的，依照前条处罚。', paragraphs: [] };
    expect(targets(findCrossReferences(p))).toEqual(['art_30__para_1', 'art_21__para_2', 'art_10_1', 'art_29']);
  });
});

describe('English cross-references', () => {
  it('reads Article 6(1), Article 6(1)(a) and referred to in Article 28', () => {
    const refs = findCrossReferences(en('as referred to in Article 28, under Article 6(1) or Article 6(1)(a),'), 'en');
    expect(targets(refs)).toEqual(['art_28', 'art_6__para_1', 'art_6__para_1__pt_a']);
  });

  it('expands Articles 12 to 22 and Articles 15 and 16', () => {
    const refs = findCrossReferences(en('pursuant to Articles 12 to 15 and Articles 20 and 21'), 'en');
    expect(targets(refs)).toEqual(['art_12', 'art_13', 'art_14', 'art_15', 'art_20', 'art_21']);
  });

  it('resolves paragraph 1 of this Article and points (a) and (b)', () => {
    const text = '1. The controller shall:\n(a) act;\n(b) record.\n2. Points (a) and (b) apply; see paragraph 1 of this Article and points (c) and (d) of Article 6(1).';
    const p1 = text.indexOf('The controller');
    const p2 = text.indexOf('Points');
    const paragraphs = [
      { locator: 'art_32__para_1', number: '1', text: '', start: p1, end: text.indexOf('\n2.') },
      { locator: 'art_32__para_2', number: '2', text: '', start: p2, end: text.length },
    ];
    const refs = findCrossReferences(en(text, 'art_32', paragraphs), 'en');
    expect(targets(refs)).toEqual(['art_32__para_1', 'art_6__para_1__pt_c', 'art_6__para_1__pt_d']);
    // "Points" with a capital is a sentence start, not matched; lower-case points resolve in the current paragraph.
    const refs2 = findCrossReferences(en('see points (a) and (b)', 'art_32', [{ locator: 'art_32__para_2', number: '2', text: '', start: 0, end: 22 }]), 'en');
    expect(targets(refs2)).toEqual(['art_32__para_2__pt_a', 'art_32__para_2__pt_b']);
  });

  it('marks references to other acts as external', () => {
    const refs = findCrossReferences(en('in accordance with Article 42(1) of Regulation (EU) 2018/1725 and Article 16 TFEU and Article 5 of this Regulation'), 'en');
    expect(refs.filter((r) => r.external).map((r) => [r.targetLocator, r.act])).toEqual([
      ['art_42__para_1', 'Regulation (EU) 2018/1725'],
      ['art_16', 'TFEU'],
    ]);
    expect(targets(refs)).toEqual(['art_5']);
  });
});
