// A list's name introduced with "a"/"an" whose capitals run on before a catalog list's name ("MOFCOM keeps an Unreliable
// Entity List") names that one list, not the catalog's list inside it (index.ts ownsCatalogName); "a UN Regulation" still
// names a class, and a name the catalog knows whole stays the catalog's. Own sentences, invented companies.
import { describe, expect, it } from 'vitest';
import { recogniseMarkdown } from './helpers.ts';
import { surfaceIdsOf } from '../one-sentence.ts';

const found = (sentence: string): string[] => surfaceIdsOf(recogniseMarkdown(`# T\n\n${sentence}`));
const ENTITY_LIST = 'law:us:entity-list';

describe('an indefinite name holding a catalog list', () => {
  it.each([
    ['The commerce ministry keeps an Unreliable Entity List of foreign firms.', 'Unreliable Entity List'],
    ['Halvern Optics Ltd. appears on a Consolidated Entity List that the ministry publishes.', 'Consolidated Entity List'],
  ])('names the longer list, not the catalog one inside it: %s', (sentence, name) => {
    const ids = found(sentence);
    expect(ids.some((x) => x.startsWith(`${name}=law:`))).toBe(true);
    expect(ids).not.toContain(`Entity List=${ENTITY_LIST}`);
  });

  it('leaves the catalog list where the name is the catalog entry or its alias', () => {
    expect(found('Halvern Optics Ltd. screens buyers against an Entity List and a Commerce Entity List.')).toEqual([
      'Halvern Optics Ltd.=company:~halvern-optics-ltd',
      `Entity List=${ENTITY_LIST}`,
      `Commerce Entity List=${ENTITY_LIST}`,
    ]);
  });

  it('still reads a class after an indefinite determiner where no catalog name is inside', () => {
    expect(found('The agency may adopt a UN Regulation on cybersecurity.').filter((x) => x.includes('=law:'))).toEqual([]);
  });
});
