// Article citations in reports, English and Chinese, tied to the law the sentence names.
import { describe, expect, it } from 'vitest';
import { findCitations } from '../../../ingest/recognize/citations.ts';
import { parseChineseNumber as chineseNumber } from '../../../ingest/text/numerals.ts';
import { matcher } from './helpers.ts';

describe('citations', () => {
  const cite = (text: string) => findCitations(text, matcher.find(text));
  it('reads English and Chinese article citations', () => {
    expect(cite('Article 7 of the National Intelligence Law obliges support.').citations).toMatchObject([
      { lawId: 'law:cn:national-intelligence-law', article: '7' },
    ]);
    expect(cite('Articles 7 and 14 of China’s National Intelligence Law').citations.map((c) => c.article)).toEqual(['7', '14']);
    expect(cite('see Cybersecurity Law Art. 37').citations).toMatchObject([{ lawId: 'law:cn:cybersecurity-law', article: '37' }]);
    expect(cite('依据《数据安全法》第三十六条').citations).toMatchObject([{ lawId: 'law:cn:data-security-law', article: '36' }]);
    expect(cite('Section 1709 of the Countering CCP Drones Act').citations).toMatchObject([
      { lawId: 'law:us:countering-ccp-drones-act', article: '1709' },
    ]);
  });
  it('reads a point after a paragraph as part of the article\'s number', () => {
    expect(cite('Article 37(2)(b) of the Cybersecurity Law applies.').citations).toMatchObject([{ lawId: 'law:cn:cybersecurity-law', article: '37' }]);
    expect(cite('Articles 7(1)(a) and 14(ii) of the National Intelligence Law').citations.map((c) => c.article)).toEqual(['7', '14']);
  });
  it('returns designators without a law as unmatched', () => {
    expect(cite('Article 12 requires it, as does Public Law 113-291.').unmatched.map((u) => u.surface)).toEqual([
      'Article 12',
      'Public Law 113-291',
    ]);
  });
  it('converts Chinese numerals', () => {
    expect([chineseNumber('七'), chineseNumber('十'), chineseNumber('三十六'), chineseNumber('一百零五'), chineseNumber('37')]).toEqual([7, 10, 36, 105, 37]);
  });
});
