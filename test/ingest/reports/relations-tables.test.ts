// Acts a document states by a table: a lead-in ("... the following entries:") and a table whose column of members is
// named by its header, each row's member read as an item of the lead-in (ingest/reports/tables.ts). Own fixtures
// (test/fixtures/reports/tables: a rule's amendatory instruction with a pipe table, a press release's HTML <table>, a
// Chinese announcement's table, one whose table is its 附件) and own sentences; fictional companies, real bodies and instruments by their names.
import { describe, expect, it } from 'vitest';
import { analyseReport } from '../../../ingest/reports/records.ts';
import { parseReport } from '../../../ingest/reports/index.ts';
import type { Relation } from '../../../ingest/reports/relations.ts';
import { analyseMarkdown, fixtureSource, statedRelations, testCatalog, textSource } from './helpers.ts';
import { BIS, KESTREL, MARROWBY, OFAC, VELDRY } from './ids.ts';

const STATED = /RESTRICTS|ADDS_TO_LIST|DESIGNATES|INVESTIGATES|REGULATES/;
const stated = (relations: Relation[]): string[] => relations.filter((r) => STATED.test(r.type)).map((r) => `${r.start} ${r.type} ${r.end}`).sort();

function fixtureRelations(rel: string, format: string, language = 'en'): Relation[] {
  const source = fixtureSource(`reports/tables/${rel}`, { id: `tables-${rel}`, format, language });
  return analyseReport(parseReport(source), testCatalog()).relations;
}

const RULE = 'law:~additions-to-the-entity-list';
const EO = 'law:~executive-order-14024';
const MECHANISM = 'authority:~不可靠实体清单工作机制';

describe('a rule that adds entries by its amendatory instruction and a pipe table', () => {
  const relations = fixtureRelations('entity-list-additions-table.md', 'markdown');

  it('adds the entity of each row, the rule itself acting (its regulatory text), nothing of the other columns', () => {
    expect(stated(relations)).toEqual([`${RULE} ADDS_TO_LIST ${MARROWBY}`, `${RULE} ADDS_TO_LIST ${VELDRY}`]);
  });

  it('quotes the introducing sentence with the whole row, and names the lead-in', () => {
    const r = relations.find((x) => x.end === VELDRY && x.type === 'ADDS_TO_LIST');
    expect(r?.quote).toBe(
      "Supplement No. 4 to part 744 is amended by adding, in alphabetical order under CHINA, PEOPLE'S REPUBLIC OF and HONG KONG, the following entries: HONG KONG | Veldry Trawl Ltd. Unit 7, 33 Canton Road, Kowloon. | For all items subject to the EAR. | Presumption of denial.",
    );
    expect(r?.leadIn).toHaveLength(1);
    expect(r?.rule).toBe('list-amendment');
  });
});

describe('an EU implementing act whose annex adds the rows of tables under captions', () => {
  const relations = fixtureRelations('eu-annex-listings-captions.md', 'markdown');
  const SELF = 'law:~regulation-eu-2031-77';

  it('reads "The following persons and entities are added to the list ... :" over a caption and a table to the next table\'s rows', () => {
    expect(stated(relations).filter((r) => r.includes('ADDS_TO_LIST'))).toEqual([`${SELF} ADDS_TO_LIST ${MARROWBY}`, `${SELF} ADDS_TO_LIST ${VELDRY}`]);
  });

  it('not past a line of running text: the table after it is no item of the lead-in', () => {
    expect(stated(relations).filter((r) => r.endsWith(KESTREL))).toEqual([]);
  });
});

describe('a press release that designates the persons of an HTML table', () => {
  const relations = fixtureRelations('ofac-designations-table.html', 'html');

  it('reads each row\'s name with the lead-in, as a list item under it is read (the agency\'s and the order\'s act)', () => {
    expect(stated(relations)).toEqual([`${OFAC} DESIGNATES ${MARROWBY}`, `${OFAC} DESIGNATES ${VELDRY}`, `${EO} DESIGNATES ${MARROWBY}`, `${EO} DESIGNATES ${VELDRY}`].sort());
  });

  it('not a table with no header, after a sentence that introduces nothing', () => {
    expect(stated(relations).filter((r) => r.endsWith(KESTREL))).toEqual([]);
  });
});

describe("an HTML table's caption (helper-249)", () => {
  const relations = fixtureRelations('entity-list-captions.html', 'html');
  const html = (body: string) => parseReport(textSource(`<h1>Listings</h1><p>A digest.</p>${body}`, 'html'));
  const rows = '<thead><tr><th>Country</th><th>Entity</th></tr></thead><tr><td>NORLAND</td><td>Kestrel Cranes Ltd.</td></tr>';
  const read = (body: string): string[] => stated(analyseReport(html(body), testCatalog()).relations);

  it("reads a caption that names the rows' class and what was done to them as the rows' lead-in, the caption's actor acting", () => {
    expect(stated(relations).filter((r) => r.includes('ADDS_TO_LIST'))).toEqual([`${BIS} ADDS_TO_LIST ${KESTREL}`, `${BIS} ADDS_TO_LIST ${MARROWBY}`]);
    const r = relations.find((x) => x.end === MARROWBY && x.type === 'ADDS_TO_LIST');
    expect(r?.quote).toBe('Entities added to the Entity List by the Bureau of Industry and Security on 3 March CHINA | Marrowby Cable Co., Ltd. | For all items subject to the EAR.');
    expect(r?.leadIn).toEqual(['sec_1.table_1.caption.s_1']);
    // A caption ending as a lead-in is read as one.
    expect(read(`<table><caption>The Bureau of Industry and Security is adding the following entities to the Entity List:</caption>${rows}</table>`)).toEqual([`${BIS} ADDS_TO_LIST ${KESTREL}`]);
  });

  it('keeps the lead-in sentence before a table open past its caption', () => {
    expect(stated(relations).filter((r) => r.endsWith(VELDRY))).toEqual([`${OFAC} DESIGNATES ${VELDRY}`, `${EO} DESIGNATES ${VELDRY}`]);
    expect(relations.find((x) => x.end === VELDRY && x.start === OFAC)?.leadIn).toEqual(['sec_1.p_11.s_1']);
  });

  it('reads nothing into the rows by a caption that states no act', () => {
    expect(stated(relations).filter((r) => r.endsWith(KESTREL))).toEqual([`${BIS} ADDS_TO_LIST ${KESTREL}`]);
    expect(read(`<table><caption>Entities and their addresses</caption>${rows}</table>`)).toEqual([]);
    expect(read(`<table><caption>Table 3. Entities reviewed</caption><tr><td>NORLAND</td><td>Kestrel Cranes Ltd.</td></tr></table>`)).toEqual([]);
  });

  it("after another table: a caption that states an act reads its own table's rows, a short one keeps the lead-in before", () => {
    const lead = '<p>The Office of Foreign Assets Control is designating the following entities pursuant to E.O. 14024:</p>';
    const first = '<table><thead><tr><th>Name</th></tr></thead><tr><td>Veldry Trawl Ltd.</td></tr></table>';
    const designated = [`${OFAC} DESIGNATES ${VELDRY}`, `${EO} DESIGNATES ${VELDRY}`];
    expect(read(`${lead}${first}<table><caption>Entities added to the Entity List by the Bureau of Industry and Security</caption>${rows}</table>`)).toEqual(
      [...designated, `${BIS} ADDS_TO_LIST ${KESTREL}`].sort(),
    );
    expect(read(`${lead}${first}<table><caption>Legal persons</caption>${rows}</table>`)).toEqual([...designated, `${OFAC} DESIGNATES ${KESTREL}`, `${EO} DESIGNATES ${KESTREL}`].sort());
  });

  it("keeps the caption's text as the table's own passage, numbering no paragraph", () => {
    const paragraphs = html('<table><caption>Entities added to the Entity List</caption><tr><td>A Ltd.</td></tr></table><p>After.</p>').sections[0].paragraphs;
    expect(paragraphs.map((p) => [p.locator, p.text, p.caption])).toEqual([
      ['sec_1.p_1', 'A digest.', undefined],
      ['sec_1.table_1.caption', 'Entities added to the Entity List', 1],
      ['sec_1.p_2', 'A Ltd.', undefined],
      ['sec_1.p_3', 'After.', undefined],
    ]);
    expect(paragraphs[1].sentences.map((x) => x.locator)).toEqual(['sec_1.table_1.caption.s_1']);
  });
});

describe('a Chinese announcement that lists the entities of a table', () => {
  const relations = fixtureRelations('unreliable-entities-table.zh.md', 'markdown', 'zh');

  it('reads 将下列实体列入…： with each row\'s 实体名称 as its object, not 序号 or 国家', () => {
    expect(stated(relations)).toEqual([`${MECHANISM} ADDS_TO_LIST company:~甲岭科技公司`, `${MECHANISM} ADDS_TO_LIST company:~乙峰光电公司`].sort());
  });
});

describe('a Chinese announcement whose members stand in its annex\'s table', () => {
  const relations = fixtureRelations('countermeasures-annex-table.zh.md', 'markdown', 'zh');
  const annex = '\n\n## 附件：出口管制管控名单\n\n| 序号 | 企业名称 |\n|---|---|\n| 1 | 甲岭科技公司 |';
  const zh = (text: string): string[] => stated(analyseMarkdown(`# 商务部公告2030年第7号\n\n${text}`, { language: 'zh' }).relations);

  it('reads the sentence that refers to the annex with each row of the table under the annex\'s heading', () => {
    expect(stated(relations)).toEqual(['authority:mofcom ADDS_TO_LIST company:~甲岭科技公司', 'authority:mofcom ADDS_TO_LIST company:~乙峰光电公司'].sort());
    expect(zh(`商务部决定将下列实体列入出口管制管控名单（名单见附件）。${annex}`)).toEqual(['authority:mofcom ADDS_TO_LIST company:~甲岭科技公司']);
  });

  it('not without a sentence that refers to the annex, nor under a heading that names no annex', () => {
    expect(zh(`商务部决定加强出口管制。${annex}`)).toEqual([]);
    expect(zh(`商务部决定将附件所列实体列入出口管制管控名单。\n\n## 说明\n\n| 序号 | 企业名称 |\n|---|---|\n| 1 | 甲岭科技公司 |`)).toEqual([]);
    expect(zh(`商务部拟将附件所列实体列入出口管制管控名单。${annex}`)).toEqual([]);
  });
});

describe('what a table states nothing by', () => {
  const lead = "Supplement No. 4 to part 744 is amended by adding, in alphabetical order under CHINA, PEOPLE'S REPUBLIC OF, the following entries:";
  const rule = (body: string): string[] => stated(analyseMarkdown(`# Additions to the Entity List\n\n**ACTION:** Final rule.\n\nIn this rule, BIS adds entries to the Entity List.\n\n${body}`).relations);
  const row = "| CHINA, PEOPLE'S REPUBLIC OF | Marrowby Cable Co., Ltd. | For all items subject to the EAR. |";

  it('a column is a member\'s by its header\'s words, never by its position', () => {
    expect(rule(`${lead}\n\n| Country | Entity | License requirement |\n|---|---|---|\n${row}`)).toEqual([`${RULE} ADDS_TO_LIST ${MARROWBY}`]);
    expect(rule(`${lead}\n\n| Country | Column 2 | License requirement |\n|---|---|---|\n${row}`)).toEqual([]);
    expect(rule(`${lead}\n\n${row}\n${row}`)).toEqual([]);
  });

  it('a table after a paragraph that introduces nothing, or after a plain paragraph between', () => {
    expect(rule(`Supplement No. 4 to part 744 lists entities.\n\n| Country | Entity |\n|---|---|\n| CHINA | Marrowby Cable Co., Ltd. |`)).toEqual([]);
    expect(rule(`${lead}\n\nThe entries are set out by country.\n\n| Country | Entity |\n|---|---|\n| CHINA | Marrowby Cable Co., Ltd. |`)).toEqual([]);
  });

  it('not in a document that is no instrument: a report quoting the instruction adds nothing itself', () => {
    const report = `# Notes on export controls\n\nThe notice reads:\n\n${lead}\n\n| Country | Entity |\n|---|---|\n| CHINA | Marrowby Cable Co., Ltd. |`;
    expect(stated(analyseMarkdown(report).relations)).toEqual([]);
  });

  it('a list item after the table is no item of the lead-in before it', () => {
    expect(rule(`${lead}\n\n| Country | Entity |\n|---|---|\n| CHINA | Marrowby Cable Co., Ltd. |\n\n- Veldry Trawl Ltd.`)).toEqual([`${RULE} ADDS_TO_LIST ${MARROWBY}`]);
  });
});

describe('a list inside one cell', () => {
  it('is read with its own lead-in in the cell, as outside a table', () => {
    const html = '<h1>T</h1><p>Intro.</p><table><tr><th>Measure</th><th>Note</th></tr><tr><td><p>The Bureau of Industry and Security designated the following entities pursuant to E.O. 14024:</p><ul><li>Kestrel Cranes Ltd.</li><li>Veldry Trawl Ltd.</li></ul></td><td>In force.</td></tr></table>';
    expect(stated(analyseReport(parseReport(textSource(html, 'html')), testCatalog()).relations)).toEqual(
      [`${BIS} DESIGNATES ${KESTREL}`, `${BIS} DESIGNATES ${VELDRY}`, `${EO} DESIGNATES ${KESTREL}`, `${EO} DESIGNATES ${VELDRY}`].sort(),
    );
  });
});

describe('the adapters keep where each cell stands', () => {
  const cells = (text: string, format: string) =>
    parseReport(textSource(text, format))
      .sections.flatMap((s) => s.paragraphs)
      .filter((p) => p.cell)
      .map((p) => [p.text, p.cell?.table, p.cell?.row, p.cell?.column, p.cell?.header]);

  it('a pipe table: the row above the delimiter heads the columns; an empty cell still counts as a column', () => {
    expect(cells('# T\n\n| Country | Entity |\n|---|---|\n| CHINA | A Ltd. |\n| | B Ltd. |\n\nText.\n\n| X | Y |\n| 1 | 2 |', 'markdown')).toEqual([
      ['Country', 1, 0, 0, true],
      ['Entity', 1, 0, 1, true],
      ['CHINA', 1, 1, 0, false],
      ['A Ltd.', 1, 1, 1, false],
      ['B Ltd.', 1, 2, 1, false],
      ['X', 2, 0, 0, false],
      ['Y', 2, 0, 1, false],
      ['1', 2, 1, 0, false],
      ['2', 2, 1, 1, false],
    ]);
  });

  it('an HTML table: <th> and <thead> cells head, a colspan widens its cell, a block inside a cell is the cell\'s', () => {
    const html = '<h1>T</h1><table><thead><tr><td>Name</td><td>Address</td></tr></thead><tr><td colspan="2"><p>A Ltd.</p></td></tr><tr><th>B</th><td>C</td></tr></table><p>After.</p>';
    expect(cells(html, 'html')).toEqual([
      ['Name', 1, 0, 0, true],
      ['Address', 1, 0, 1, true],
      ['A Ltd.', 1, 1, 0, false],
      ['B', 1, 2, 0, true],
      ['C', 1, 2, 1, false],
    ]);
  });
});

describe('a lead-in whose members go to a list it names after them (a table\'s rows or a list\'s items)', () => {
  const adding = 'The Bureau of Industry and Security is adding the following entities to the Entity List:';
  const table = (lead: string): string => `${lead}\n\n| Country | Entity |\n|---|---|\n| CHINA | Marrowby Cable Co., Ltd., a.k.a. Marrowby. No. 3 Binhai Road, Ningbo. |\n| HONG KONG | Veldry Trawl Ltd. |`;
  const bis = [`${BIS} ADDS_TO_LIST ${MARROWBY}`, `${BIS} ADDS_TO_LIST ${VELDRY}`];

  it('each member is added to the list, read in the place of "the following entities"', () => {
    expect(statedRelations(table(adding))).toEqual(bis);
    expect(statedRelations(`${adding}\n\n- Marrowby Cable Co., Ltd.\n- Veldry Trawl Ltd.`)).toEqual(bis);
    // An item that says more of its member: the member alone is added, what the item says is no act of the lead-in.
    expect(statedRelations(`${adding}\n\n- Marrowby Cable Co., Ltd., a maker of cable, of Ningbo.\n- Veldry Trawl Ltd. is a Kowloon trader.`)).toEqual(bis);
  });

  it('none negated, supposed, or removed from the list', () => {
    expect(statedRelations(table('The Bureau of Industry and Security is not adding the following entities to the Entity List:'))).toEqual([]);
    expect(statedRelations(table('If the Bureau of Industry and Security adds the following entities to the Entity List:'))).toEqual([]);
    expect(statedRelations(table('The Bureau of Industry and Security removed the following entities from the Entity List:'))).toEqual([]);
    expect(statedRelations('The Bureau of Industry and Security removed the following entities from the Entity List:\n\n- Marrowby Cable Co., Ltd.')).toEqual([]);
  });
});

describe("a table's column of countries", () => {
  const seats = (relations: Relation[]): string[] => relations.filter((r) => r.type === 'HEADQUARTERED_IN').map((r) => `${r.start} -> ${r.end} [${r.rule}]`).sort();
  const table = (header: string, rows: string[]) =>
    analyseMarkdown(['# Designations', '', 'OFAC today designated the following entities:', '', header, '| --- | --- |', ...rows, ''].join('\n')).relations;

  it("places each row's company in its country cell's jurisdiction, the row as the quote", () => {
    const relations = table('| Entity | Country |', ['| Norrsken Trading FZE | United Arab Emirates |', '| Kestrel Trawl Ltd. | Malaysia |']);
    expect(seats(relations)).toEqual(['company:~kestrel-trawl-ltd -> jur:my [table-seat]', 'company:~norrsken-trading-fze -> jur:ae [table-seat]']);
    expect(relations.find((r) => r.rule === 'table-seat' && r.end === 'jur:my')?.quote).toBe('Kestrel Trawl Ltd. | Malaysia');
  });

  it("gives a row's company the goods its role cell names it a maker of, not a trader's", () => {
    const relations = table('| Entity | Role |', ['| Kestrel Trawl Ltd. | Norland manufacturer of thermal cameras |', '| Norrsken Trading FZE | distributor of thermal cameras |']);
    const makes = relations.filter((r) => r.type === 'MAKES').map((r) => `${r.start} -> ${r.end} [${r.rule}] ${r.quote}`);
    expect(makes).toEqual(['company:~kestrel-trawl-ltd -> product:~thermal-camera [table-maker] Kestrel Trawl Ltd. | Norland manufacturer of thermal cameras']);
  });

  it('places no one by a column that names no country, nor by a cell naming two', () => {
    expect(seats(table('| Entity | Address |', ['| Norrsken Trading FZE | Dubai, United Arab Emirates |']))).toEqual([]);
    expect(seats(table('| Entity | Country |', ['| Norrsken Trading FZE | United Arab Emirates; Malaysia |']))).toEqual([]);
  });
});
