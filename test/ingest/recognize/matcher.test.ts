// Catalog names found in running text: boundaries, acronyms, Chinese substrings, longest match.
import { describe, expect, it } from 'vitest';
import { Matcher } from '../../../ingest/recognize/matcher.ts';
import { ids, matcher } from './helpers.ts';

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
  it('reads a statute\'s name with its capitals only: the same words in lower case are a common noun phrase', () => {
    expect(ids('Importers answer to EU cybersecurity law, and suppliers in China to the Cybersecurity Law.')).toEqual([
      'EU=jur:eu',
      'China=jur:cn',
      'Cybersecurity Law=law:cn:cybersecurity-law',
    ]);
    expect(ids('UNDER THE CYBERSECURITY LAW')).toEqual(['CYBERSECURITY LAW=law:cn:cybersecurity-law']);
    // Names of other kinds keep matching in lower case ("drones", "the chinese government" in a careless text).
    expect(ids('drones bought by the chinese government')).toEqual(['drones=product:drones', 'chinese government=authority:cn-government']);
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
  it('reads no name inside an identifier a slash joins to a number, but names a slash joins to each other', () => {
    expect(ids('Directives 2011/93/EU and 2013/40/EU apply')).toEqual([]);
    expect(ids('trade between the EU/China and US/China')).toEqual(['EU=jur:eu', 'China=jur:cn', 'US=jur:us', 'China=jur:cn']);
  });
  it('reads quotes, dashes and spaces as their plain forms, with or without a character outside the BMP', () => {
    // Two paths: per code unit through tables, and (with a surrogate pair) on normalised copies of the text.
    const text = 'the\u00a0Chinese\u00a0government\u2019s drones — China Mobile';
    const found = ['Chinese\u00a0government=authority:cn-government', 'drones=product:drones', 'China Mobile=company:china-mobile'];
    expect(ids(text)).toEqual(found);
    expect(ids(`\u{1F4F1} ${text}`)).toEqual(found);
    const offsets = (t: string) => matcher.find(t).map((m) => m.start);
    expect(offsets(`\u{1F4F1} ${text}`)).toEqual(offsets(text).map((o) => o + 3));
  });
  it('also finds the acronyms a document defines, through a matcher of learned terms', () => {
    const entity = matcher.entities.find((e) => e.id === 'authority:bis');
    if (!entity) throw new Error('catalog has no authority:bis');
    expect(ids('BoIS acted.', matcher.withAcronyms([{ acronym: 'BoIS', entity }]))).toEqual(['BoIS=authority:bis']);
    expect(ids('bois acted.', matcher.withAcronyms([{ acronym: 'BoIS', entity }]))).toEqual([]);
  });
  it('pre-tests a text with mayFind: never false where find finds a name, false where no name of the matcher occurs', () => {
    // Every surface of the catalog, as written, upper- and lower-cased, with its spaces and apostrophes in other forms.
    const texts = matcher.entities.flatMap((e) => e.surfaces.map((s) => s.text)).flatMap((s) => [s, s.toUpperCase(), s.toLowerCase(), s.replaceAll(' ', '\u00a0').replaceAll("'", '\u2019')]);
    let found = 0;
    for (const t of texts) {
      const text = `Then ${t}'s staff met.`;
      if (matcher.find(text).length === 0) continue;
      found++;
      expect(matcher.mayFind(text), text).toBe(true);
    }
    expect(found).toBeGreaterThan(500);
    expect(matcher.mayFind('The operator shall keep the records for five years.')).toBe(false);
    // A matcher of the companies alone (statutes/named.ts) passes over a text that names only other things.
    const companies = new Matcher(matcher.entities.filter((e) => e.label === 'Company'));
    const other = 'the Chinese government and the CAC reviewed the drones';
    expect(matcher.find(other).length).toBeGreaterThan(0);
    expect(companies.mayFind(other)).toBe(false);
    expect(companies.mayFind('Then china mobile said so.')).toBe(true);
    // A name right after a letter or digit is none (find rejects it first).
    expect(companies.mayFind('Then DJI said so.')).toBe(true);
    expect(companies.mayFind('the XDJI and 3DJI said so')).toBe(false);
    expect(companies.mayFind(`\u{1F4F1} ${other}`)).toBe(true); // a surrogate pair: not pre-tested
  });
});


describe('matcher: a state prefix spelled three ways', () => {
  it('finds a catalog body named "U.S. X" where the text writes "United States X" or "US X", the prefix inside the mention', () => {
    expect(ids('The United States Department of Homeland Security and the US Department of Commerce met.')).toEqual([
      'United States Department of Homeland Security=authority:dhs',
      'US Department of Commerce=authority:us-commerce',
    ]);
    expect(ids('It may rely on the list kept by the United States Department of Defense.')).toEqual(['United States Department of Defense=authority:dod']);
  });
});

describe('matcher: a section the catalog names with its act, cited with its subsections', () => {
  it('is one mention of the section through the act\'s name, not the section\'s alias beside the act', () => {
    expect(ids('Section 889(a)(1)(A) of the John S. McCain National Defense Authorization Act for Fiscal Year 2019 applies.')).toEqual([
      'Section 889(a)(1)(A) of the John S. McCain National Defense Authorization Act for Fiscal Year 2019=law:us:ndaa-fy2019-sec-889',
    ]);
    // Without the act's name after them the subsections stay outside the mention.
    expect(ids('Section 889(b) applies.')).toEqual(['Section 889=law:us:ndaa-fy2019-sec-889']);
  });
});

describe('matcher: a statute\'s name with a number in it', () => {
  it('is read in lower case as US texts write a section, while a name of words alone needs its capitals', () => {
    expect(ids('63 cameras covered by section 889 were found.')).toEqual(['section 889=law:us:ndaa-fy2019-sec-889']);
    expect(ids('under the cybersecurity law of a state')).toEqual([]);
  });
});
