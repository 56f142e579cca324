// A bill's long title, an infinitive of purpose alone under a heading that is the bill's own name ("A BILL", "H. R.
// 9120"), states the bill's act (relation-rules.yaml longTitle; relations.ts). Own sentences.
import { describe, expect, it } from 'vitest';
import { analyseMarkdown } from './helpers.ts';

const stated = (markdown: string): string[] =>
  analyseMarkdown(markdown).relations.filter((r) => /RESTRICTS|ADDS_TO_LIST|DESIGNATES|INVESTIGATES|REGULATES/.test(r.type)).map((r) => `${r.start} ${r.type} ${r.end}`);

const bill = (heading: string): string =>
  `# H. R. 9120\n\n## ${heading}\n\nTo prohibit federal agencies from buying drones made by certain foreign companies, and for other purposes.\n\n*Be it enacted by the Senate and House of Representatives of the United States of America in Congress assembled,*\n\n### SECTION 1. SHORT TITLE.\n\nThis Act may be cited as the "Clean Skies Procurement Act of 2026".\n`;

describe("a bill's long title", () => {
  it('is the bill\'s act under the heading that names the bill', () => {
    expect(stated(bill('A BILL'))).toContain('law:~clean-skies-procurement-act RESTRICTS product:drones');
  });
  it('is no one\'s act under another heading', () => {
    expect(stated(bill('Purpose'))).toEqual([]);
  });
});
