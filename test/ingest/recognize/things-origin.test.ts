// Where goods come from: a thing phrase named once is kept where the sentence says it is sourced from, came from or is
// bought from a company or a country (index.ts suppliedBy; grammar/names.yaml supply-participles, origin-verbs,
// buying-verbs). Own sentences, invented firms; the catalog reduced to its jurisdictions, so the grammar alone reads them.
import { describe, expect, it } from 'vitest';
import { Catalog, loadCatalog } from '../../../ingest/catalog/index.ts';
import { analysed, entityNamesOf } from '../one-sentence.ts';

const places = new Catalog(
  loadCatalog().entries.filter((e) => e.label === 'Jurisdiction'),
  'jurisdictions',
);
/** The thing entities a one-sentence document keeps. */
const kept = (text: string): string[] => entityNamesOf(analysed(text, { heading: 'T', catalog: places, asEntry: true }).rec, ['Technology', 'Product']);

describe('goods and where they come from', () => {
  it('is kept after a verb of supply or origin and "from" a company or a country', () => {
    expect(kept('Most of its marine radar units are sourced from Brenholt Marine AB.')).toContain('marine radar units');
    expect(kept('The thermal imaging modules came from Norway.')).toContain('thermal imaging modules');
  });
  it('is kept as the object of a verb of buying, before "from" a country', () => {
    expect(kept('Sever-Port imports harbour radar units and satellite terminals from China and fits them to tugs.')).toContain('satellite terminals');
    expect(kept('Brenholt buys thermal imaging modules from Japan.')).toContain('thermal imaging modules');
  });
  it('is not kept on "from" a country alone, nor across a clause', () => {
    expect(kept('The marine radar units from China were inspected.')).toEqual([]);
    expect(kept('Brenholt buys steel, and the marine radar units from Japan arrive later.')).toEqual([]);
  });
});

describe('the origin of a part named before', () => {
  it('is not the origin of the goods a preposition names', () => {
    expect(kept('Harrow found that the radio module in its harbour survey drones came from Brenholt Marine AB.')).toEqual([]);
  });
});
