// A state's government named after an abbreviation of the state that the catalog holds and countries.ts does not read
// ("the Government of the PRC"): governments.ts withCatalogCountries, read in index.ts's draft.
import { describe, expect, it } from 'vitest';
import { withCatalogCountries } from '../../../ingest/recognize/governments.ts';
import { recogniseMarkdown } from './helpers.ts';
import { surfaceIdsOf } from '../one-sentence.ts';

const mentions = (md: string): string[] => surfaceIdsOf(recogniseMarkdown(`# T\n\n${md}`));

describe('a government named after a catalog abbreviation of its state', () => {
  it('adds the catalog\'s countries a sentence names to its country hits, none twice', () => {
    const hit = { start: 0, end: 5, surface: 'China', codes: ['CN'], rule: 'country:name', name: 'China' };
    const catalog = [
      { start: 0, end: 5, surface: 'China', label: 'Jurisdiction', id: 'jur:cn' },
      { start: 10, end: 13, surface: 'PRC', label: 'Jurisdiction', id: 'jur:cn' },
      { start: 20, end: 25, surface: 'Kelpy', label: 'Company', id: 'company:kelpy' },
    ];
    expect(withCatalogCountries([hit], catalog).map((h) => `${h.surface}:${h.codes.join()}`)).toEqual(['China:CN', 'PRC:CN']);
  });
  it('reads "the Government of the PRC" as the catalog\'s government of China', () => {
    expect(mentions('The Government of the PRC can compel those producers to share their data.')).toEqual(['Government of the PRC=authority:cn-government']);
  });
});
