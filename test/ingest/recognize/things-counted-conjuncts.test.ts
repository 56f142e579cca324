// A count in figures opening a conjunct ("63 cameras and 4 network video recorders made by X") does not break the list:
// each conjunct is one of the things the sentence names (things.ts conjunctHeads). Own sentences, invented companies.
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../ingest/catalog/index.ts';
import { withheldCatalog } from '../../../ingest/reports/evaluate.ts';
import { analysed, surfacesOf } from '../one-sentence.ts';

// The catalog's companies and products withheld, so that only the grammar names the things.
const catalog = withheldCatalog(loadCatalog());
const things = (text: string): string[] =>
  surfacesOf(analysed(text, { heading: 'T', catalog }).rec, ['Product', 'Technology']);

describe('counted conjuncts', () => {
  it('joins a count before the first conjunct and before the last', () => {
    expect(things('Inspectors found 63 routers and 4 tide recorders made by Tollan Ltd.')).toEqual(['routers', 'tide recorders']);
    expect(things('Inspectors found 4 tide recorders and 63 routers made by Tollan Ltd.')).toEqual(['tide recorders', 'routers']);
    expect(things('Inspectors found 1,200 routers, 30 tide recorders and 4 harbour radars made by Tollan Ltd.')).toEqual(['routers', 'tide recorders', 'harbour radars']);
  });
  it('names nothing where the list has no support', () => {
    expect(things('The notice counted 1,200 routers and 30 buildings.')).toEqual([]);
  });
});
