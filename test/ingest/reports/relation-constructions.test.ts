// The construction matrix (relation-constructions.data.ts): per row, both ends are recognised (the row tests relation
// reading, not recognition), and the reader reads the relations the row wants, or, where the row records a gap, exactly
// what it reads today instead; a row whose reading changes either way fails, until the table is brought up to date.
import { describe, expect, it } from 'vitest';
import { ROWS, type Row } from './relation-constructions.data.ts';
import { expectMatrixRow, readSentence } from './helpers.ts';

const STATED = /^\S+ (?:RESTRICTS|ADDS_TO_LIST|DESIGNATES|INVESTIGATES|REGULATES) \S+$/;

const ends = (row: Row): string[] => [...new Set([...row.want.flatMap((w) => [w.split(' ')[0] as string, w.split(' ')[2] as string]), ...(row.ends ?? [])])].sort();

describe.each([...new Set(ROWS.map((r) => r.predicate))])('%s', (predicate) => {
  it.each(ROWS.filter((r) => r.predicate === predicate).map((r) => [r.construction, r.text, r] as const))('%s: %s', (_c, _t, row) => {
    const { entities, relations } = readSentence(row.text, { language: row.language });
    expect(ends(row).filter((id) => !entities.includes(id)), 'ends not recognised').toEqual([]);
    const got = [...new Set(relations.filter((r) => STATED.test(r)))].sort();
    expectMatrixRow(got, row);
  });
});

describe('the matrix', () => {
  it('covers every predicate with the common constructions and rows that state nothing', () => {
    const shapes = (p: Row['predicate']) => new Set(ROWS.filter((r) => r.predicate === p).map((r) => r.construction));
    for (const p of ['restricts', 'bans', 'tariffs', 'adds-to-list', 'designates', 'investigates', 'regulates'] as const) {
      for (const c of ['active', 'passive-by', 'coordinated-objects', 'coordinated-actors', 'relative', 'initial-pp'] as const) expect(shapes(p), `${p} ${c}`).toContain(c);
    }
    expect(ROWS.filter((r) => r.want.length === 0).length).toBeGreaterThanOrEqual(10);
    expect(ROWS.filter((r) => r.language === 'zh').length).toBeGreaterThanOrEqual(10);
  });
});
