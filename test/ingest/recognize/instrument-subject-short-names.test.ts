// A name of capitalised words and an EU act's type that spells the first words of the subject of an act the document
// cites by its number ("Regulation (EU) 2029/1234 on harbour cranes operated remotely" ... "the Harbour Cranes Regulation")
// is that act, one Law (instrument-references.ts subjectShortNames). helper-412 (issue 15: duplicate Law nodes). Own
// sentences, invented acts.
import { describe, expect, it } from 'vitest';
import { analysed } from '../one-sentence.ts';

const laws = (md: string) =>
  analysed(`# T\n\n${md}`)
    .rec.entities.filter((e) => e.label === 'Law' && (e.surfaces ?? []).length > 0)
    .map((e) => [...(e.surfaces ?? [])].sort().join(' | '))
    .sort();

describe("a short name spelled by an EU act's subject", () => {
  it('is the act cited by its number', () => {
    expect(laws('– having regard to Regulation (EU) 2029/1234 on harbour cranes operated remotely,\n\nA. whereas the Commission opened an investigation under the Harbour Cranes Regulation into Lumora Ltd;')).toEqual([
      'Harbour Cranes Regulation | Regulation (EU) 2029/1234',
    ]);
  });
  it('is not an act of another type, nor one whose subject it does not open', () => {
    expect(laws('– having regard to Regulation (EU) 2029/1234 on harbour cranes operated remotely,\n\nA. whereas the Harbour Cranes Directive and the Remote Cranes Regulation apply;')).toEqual([
      'Harbour Cranes Directive',
      'Regulation (EU) 2029/1234',
      'Remote Cranes Regulation',
    ]);
  });
});
