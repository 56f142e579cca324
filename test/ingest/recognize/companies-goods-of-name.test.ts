// A plural head of products or a noun of trade alone before "of" and a company's name, written with a capital ("banned
// Routers of Hexlink Ltd.", "Sales of Hexlink Ltd. were restricted"): the goods or the trade of the company, no first word
// of its name (names.ts nameRuns: goodsOf). A body's or an organisation's "of" keeps its name whole. Own sentences,
// invented names (helper-390, issue 15).
import { describe, expect, it } from 'vitest';
import { nameRuns } from '../../../ingest/recognize/names.ts';
import { analyseText, statedRelations } from '../reports/helpers.ts';

const companies = (text: string): string[] => analyseText(text).rec.entities.filter((e) => e.label === 'Company').map((e) => e.name);
const runs = (text: string): string[] => nameRuns(text).map((r) => r.map((t) => t.t).join(' '));

describe('goods or a trade before "of" and a company', () => {
  it('are no part of the company\'s name', () => {
    expect(companies('The ministry banned Routers of Hexlink Ltd. in May.')).toEqual(['Hexlink Ltd.']);
    expect(companies('The Norland Trade Council added Cameras of Hexlink Technology Co., Ltd. to the list.')).toEqual(['Hexlink Technology Co., Ltd.']);
    expect(companies('Sales of Hexlink Ltd. were restricted by the Norland Trade Council.')).toEqual(['Hexlink Ltd.']);
  });
  it('so the act reaches the company by its own name', () => {
    expect(statedRelations('The Norland Trade Council restricted Exports of Hexlink Ltd.')).toEqual(['authority:~norland-trade-council RESTRICTS company:~hexlink-ltd']);
  });
});

describe('a name whose "of" is its own', () => {
  it('a body\'s head, an organisation, a word that is no head of products', () => {
    expect(runs('The Bank of Norland restricted the loans.')).toContain('Bank of Norland');
    expect(runs('The fund sold its stake in Partners of Norland Ltd. last year.')).toContain('Partners of Norland Ltd.');
    expect(runs('A grant from Knights of Columbus was announced.')).toContain('Knights of Columbus');
  });
});
