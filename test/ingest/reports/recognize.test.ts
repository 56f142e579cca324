import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../ingest/catalog/index.ts';
import { learnAcronyms } from '../../../ingest/recognize/acronyms.ts';
import { findCandidates } from '../../../ingest/recognize/candidates.ts';
import { findCitations } from '../../../ingest/recognize/citations.ts';
import { parseChineseNumber as chineseNumber } from '../../../ingest/text/numerals.ts';
import { Matcher } from '../../../ingest/recognize/matcher.ts';

const catalog = loadCatalog();
const matcher = Matcher.fromCatalog(catalog.entries);
const ids = (text: string, m = matcher): string[] => m.find(text).map((x) => `${x.surface}=${x.id}`);

describe('matcher', () => {
  it('respects word boundaries and allows a plural s', () => {
    expect(ids('ZTEX and Huaweiish are not companies')).toEqual([]);
    expect(ids('new DJI UAVs and drones')).toEqual(['DJI=company:dji', 'UAVs=product:drones', 'drones=product:drones']);
  });
  it('matches short acronyms case-sensitively only', () => {
    expect(ids('the cac and ai said')).toEqual([]);
    expect(ids('the CAC and AI said')).toEqual(['CAC=authority:cac', 'AI=technology:ai']);
    expect(ids('fine china and the CHINA market')).toEqual(['CHINA=jur:cn']);
  });
  it('matches Chinese names as substrings', () => {
    expect(ids('深圳市大疆创新科技有限公司是一家公司，受《数据安全法》约束')).toEqual([
      '深圳市大疆创新科技有限公司=company:dji',
      '数据安全法=law:cn:data-security-law',
    ]);
  });
  it('lets the longest match win', () => {
    expect(ids('China Mobile and the Chinese government in China')).toEqual([
      'China Mobile=company:china-mobile',
      'Chinese government=authority:cn-government',
      'China=jur:cn',
    ]);
    expect(ids('the U.S. government')).toEqual(['U.S. government=authority:us-government']);
  });
  it('ignores names inside e-mail addresses and URLs', () => {
    expect(ids('write to someone@huawei.com or https://www.dji.com')).toEqual([]);
  });
  it('learns acronyms a document defines for a catalog entity', () => {
    const sentences = [
      { text: 'The Bureau of Industry and Security (BoIS) keeps a list.', locator: 'sec_1.p_1.s_1' },
      { text: 'The Lantern Standards Institute (LSI) met.', locator: 'sec_1.p_1.s_2' },
    ];
    const { learned, candidates } = learnAcronyms(sentences, matcher);
    expect(learned.map((l) => [l.acronym, l.entity.id])).toEqual([['BoIS', 'authority:bis']]);
    expect(candidates).toMatchObject([{ name: 'Lantern Standards Institute', acronym: 'LSI' }]);
    expect(ids('BoIS acted.', matcher.withAcronyms(learned))).toEqual(['BoIS=authority:bis']);
  });
});

describe('candidates', () => {
  it('proposes unknown organisation-like names and swallows place names inside them', () => {
    const text = 'Officials of the Valdmark Ministry of Energy Transition met Hexian Smart Energy Technology Co., Ltd. and the China Academy of Metering Sciences.';
    const found = findCandidates(text, 'x', matcher.find(text));
    expect(found.map((c) => c.name)).toEqual([
      'Valdmark Ministry of Energy Transition',
      'Hexian Smart Energy Technology Co., Ltd.',
      'China Academy of Metering Sciences',
    ]);
    expect(found[2].swallows?.map((m) => m.id)).toEqual(['jur:cn']);
  });
  it('does not propose names the catalog covers', () => {
    const text = 'The Mercator Institute for China Studies and the Cyberspace Administration of China.';
    expect(findCandidates(text, 'x', matcher.find(text))).toEqual([]);
  });
});

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
