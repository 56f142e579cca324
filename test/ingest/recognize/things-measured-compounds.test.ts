// Where a measure's or a trade's noun names goods ("an investigation into", "imports of", "controls on"), a head of things
// right before a plural noun it modifies names no thing there: the noun phrase on that plural does, of the head's kind
// (things.ts thingAt). Own sentences, invented goods.
import { describe, expect, it } from 'vitest';
import { findThings } from '../../../ingest/recognize/things.ts';

const found = (t: string): string[] => findThings(t).map((f) => `${f.surface} [${f.rule} ${f.label}]`);

describe('a compound on a plural noun after a head of things', () => {
  it('is the goods an inquiry, a trade or a control names', () => {
    expect(found('The bureau opened an investigation into scooter battery packs last week.')).toEqual(['scooter battery packs [thing:regulated Product]']);
    expect(found('Imports of scooter battery packs fell.')).toEqual(['scooter battery packs [thing:traded Product]']);
    expect(found('The ministry announced controls on drone camera gimbals.')).toEqual(['drone camera gimbals [thing:traded Product]']);
    expect(found('It opened an investigation into battery packs.')).toEqual(['battery packs [thing:regulated Product]']);
  });
  it('is no thing on a plural noun of people or of companies', () => {
    expect(found('The bureau opened an investigation into drone operators.')).toEqual([]);
    expect(found('The bureau opened an investigation into drone makers.')).toEqual([]);
  });
});
