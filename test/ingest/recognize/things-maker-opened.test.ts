// A company's one-word short name opening a table cell or a sentence ("Weylink routers" after "Shenzhen Weylink Networks
// Co., Ltd.") is capitalised as any first word is: it names whose goods the rest are, no kind of them, and the name is the
// company's, the rest the goods' phrase (index.ts makerOpened; things.ts goodsAfterName reads a name the sentence itself
// knows). Own sentences, invented companies and bodies (helper-251, dev68's advisory).
import { describe, expect, it } from 'vitest';
import { analyseMarkdown } from '../reports/helpers.ts';
import { entityNamesOf, surfacesOf } from '../one-sentence.ts';

const read = (md: string) => {
  const { rec } = analyseMarkdown(md);
  const things = surfacesOf(rec, ['Product', 'Technology']);
  const companies = surfacesOf(rec, 'Company');
  return { things, companies };
};

describe("a company's short name before a head of things", () => {
  const text = '# T\n\nThe Varn Agency warned about flaws in routers made by Shenzhen Weylink Networks Co., Ltd.\n\n| CVE | Product |\n|---|---|\n| X-1 | Weylink routers |\n| X-2 | Weylink routers |\n\nWeylink routers are old.\n';
  it('names no class of the maker\'s name and the head', () => {
    const { things } = read(text);
    expect(things.some((t) => /weylink/i.test(t))).toBe(false);
    expect(things).toContain('routers'); // the maker's goods, named again: kept (thing:goods, as goodsAfterName's)
  });
  it('is a mention of the company', () => {
    expect(read(text).companies.filter((c) => c === 'Weylink').length).toBe(3);
  });
  it('leaves a capitalised first word no company of the document is named by', () => {
    const { things } = read('# T\n\nThe Varn Agency regulates thermal cameras made by Shenzhen Weylink Networks Co., Ltd.\n\nThermal cameras are covered.\n');
    expect(things).toContain('Thermal cameras');
  });
});

describe("a company's short name before a head the document names a class on", () => {
  it('names no second class on the bare head beside that class', () => {
    const { rec } = analyseMarkdown('# T\n\nThe Varn Agency warned about SOHO routers made by Shenzhen Weylink Networks Co., Ltd.\n\n| CVE | Product |\n|---|---|\n| X-1 | Weylink routers |\n| X-2 | Weylink routers |\n\nSOHO routers are old.\n');
    const names = entityNamesOf(rec, ['Product', 'Technology']);
    expect(names).not.toContain('routers');
    expect(names.some((n) => /weylink/i.test(n))).toBe(false);
  });
});
