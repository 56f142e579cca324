// A table's rows as the items of the sentence that introduces the table. Rules, notices and reports often state their
// acts by a table: "Supplement No. 4 to part 744 is amended by adding ... the following entries:" + a table of country,
// entity, licence requirement and review policy; "OFAC is designating the following persons pursuant to E.O. 14024:" + a
// table of names; "决定将下列实体列入不可靠实体清单：" + a table of 序号, 实体名称, 国家. The adapters keep each cell's table,
// row and column (Paragraph.cell); here the column whose header names the parties or goods the rows list is found by its
// header's words (relation-rules.yaml `tableColumns`, never by position), and each row's cell in it is one item of the
// lead-in open before the table (relations.ts readWithLeadIns), read as a list item is: "the following entries:" + the
// row's name. The quote is the lead-in with the whole row (its cells joined by " | ", as the table writes them).
import type { ParsedReport } from '../model.ts';

export interface RowCell {
  /** Which cell it is (its table, row and column): the paragraphs of one cell share it. */
  key: string;
  /** The cell names the row's member: the row is read in it, with the lead-in before the table. */
  member: boolean;
  /** The row's cells' text, in column order, joined as the table writes them. */
  row: string;
  /** The cell names the row's member's country (a column headed "Country", "国家": `seatColumns`). */
  seat?: boolean;
}

/** Per paragraph locator of a table's cell: whether it names its row's member, and its row's text. A table with no
 *  header row, or whose header names no column of members, has no members: its cells are read as they stand. */
export function tableCells(report: ParsedReport, columns: RegExp | undefined, seatColumns?: RegExp): Map<string, RowCell> {
  const cells = report.sections.flatMap((s) => s.paragraphs).filter((p) => p.cell !== undefined);
  const out = new Map<string, RowCell>();
  if (cells.length === 0) return out;
  const tables = new Map<number, typeof cells>();
  for (const p of cells) {
    const n = p.cell?.table ?? 0;
    tables.set(n, [...(tables.get(n) ?? []), p]);
  }
  for (const table of tables.values()) {
    const rows = new Map<number, typeof cells>();
    for (const p of table) rows.set(p.cell?.row ?? 0, [...(rows.get(p.cell?.row ?? 0) ?? []), p]);
    // The header row: the first row whose every cell heads its column.
    const headerRow = [...rows.entries()].find(([, r]) => r.every((p) => p.cell?.header))?.[0];
    const header = headerRow === undefined ? [] : (rows.get(headerRow) ?? []);
    // The first column whose header names members ("Entity", "Name", "实体名称"): one per table, so that a row names its
    // member once (a table with "中文名称" and "英文名称" reads the first).
    const column = header.find((p) => columns?.test(headerWords(p.text)))?.cell?.column;
    const seatColumn = header.find((p) => seatColumns?.test(headerWords(p.text)))?.cell?.column;
    for (const [n, r] of rows) {
      const row = [...r].sort((a, b) => (a.cell?.column ?? 0) - (b.cell?.column ?? 0)).map((p) => p.text).join(' | ');
      const body = headerRow !== undefined && n > headerRow;
      for (const p of r) {
        const cell = { key: `${p.cell?.table}:${n}:${p.cell?.column}`, member: column !== undefined && body && !p.cell?.header && p.cell?.column === column, row };
        out.set(p.locator, seatColumn !== undefined && body && !p.cell?.header && p.cell?.column === seatColumn ? { ...cell, seat: true } : cell);
      }
    }
  }
  return out;
}

/** A header cell's words: no closing colon, footnote star or bracketed note ("Entity*", "Name (a.k.a.)", "实体名称："). */
const headerWords = (text: string): string => text.replace(/\s*[(（][^)）]*[)）]\s*/g, ' ').replace(/[\s*:：†‡]+$/u, '').trim();
