// A state's body named by its country and its domain in lower case, as news reports write it ("China's commerce
// ministry"), and its resolution to the catalog's body of that state and name. Own sentences.
import { describe, expect, it } from 'vitest';
import { findCountries } from '../../../ingest/recognize/countries.ts';
import { countryBodyNames, findCountryBodies } from '../../../ingest/recognize/country-bodies.ts';
import { recogniseMarkdown } from './helpers.ts';
import { surfaceIdsOf } from '../one-sentence.ts';

const bodies = (text: string): string[] => findCountryBodies(text, findCountries(text)).map((f) => `${f.surface} => ${f.name} (${f.jurisdiction})`);

describe('a body by its country and its domain', () => {
  it("reads a country's name with \"'s\", or a demonym, then lower-case domain words and a head", () => {
    expect(bodies("Norway's fisheries ministry and the Danish harbour safety agency met.")).toEqual([
      "Norway's fisheries ministry => Ministry of Fisheries (no)",
      'Danish harbour safety agency => Agency of Harbour Safety (dk)',
    ]);
  });
  it('spells an elided domain as the title does (grammar/names.yaml elided-domains)', () => {
    expect(bodies('The Norwegian foreign ministry replied.')).toEqual(['Norwegian foreign ministry => Ministry of Foreign Affairs (no)']);
  });
  it('reads none where a word grades or picks out the body, or the words run past a noun phrase', () => {
    expect(bodies("Norway's top planning agency replied.")).toEqual([]);
    expect(bodies('Norwegian crane makers and the agency replied.')).toEqual([]);
    expect(bodies("Norway's ministry replied.")).toEqual([]);
  });
  it('gives the name the surface goes by', () => {
    expect(countryBodyNames("Norway's fisheries ministry")).toEqual(['Ministry of Fisheries']);
    expect(countryBodyNames('the ministry')).toEqual([]);
  });
  it("is the catalog's body of that state and name, and so is the same name written after it", () => {
    const ids = surfaceIdsOf(recogniseMarkdown("# T\n\nChina's commerce ministry placed Kestrel Cranes Ltd on its list. The Ministry of Commerce (MOFCOM) cited the Export Control Law.\n"), 'Authority');
    expect(ids).toEqual(["China's commerce ministry=authority:mofcom", 'Ministry of Commerce=authority:mofcom', 'MOFCOM=authority:mofcom']);
  });
});
