// A capitalised word with a lower-case part after its hyphen inside a company's name ("... High-tech", "... Hi-tech Drone
// Co., Ltd."): a word of the name where the part is a noun and a word of the name stands before it; a modifier
// ("State-owned", "China-based", "Government-related") stays out of names (names.ts hyphenatedNameWord). Own sentences,
// invented names (helper-347).
import { describe, expect, it } from 'vitest';
import { Catalog } from '../../../ingest/catalog/index.ts';
import { Matcher } from '../../../ingest/recognize/matcher.ts';
import { nameRuns, spanText } from '../../../ingest/recognize/names.ts';
import { recogniseMarkdown } from './helpers.ts';
import { surfaceIdsOf } from '../one-sentence.ts';

const bare = Matcher.fromCatalog(new Catalog([], 'none').entries);
const of = (label: string, md: string): string[] => surfaceIdsOf(recogniseMarkdown(`# T\n\n${md}`, bare), label).map((s) => s.split('=')[0]);
const runs = (text: string): string[] => nameRuns(text).map((r) => spanText(text, r));

describe('a hyphenated word with a lower-case part inside a name', () => {
  it('keeps it in the name, before a legal form and at the end of a name', () => {
    expect(of('Company', 'Regulators fined Qingzhou Larkspur Hi-tech Drone Co., Ltd. on Tuesday.')).toEqual(['Qingzhou Larkspur Hi-tech Drone Co., Ltd.']);
    expect(of('Company', 'The rule bars cells made by Harlow Cell Co., Ltd., Quistar Energy, Brenmoor High-tech and Pellith from 2027.')).toEqual([
      'Harlow Cell Co., Ltd.',
      'Quistar Energy',
      'Brenmoor High-tech',
      'Pellith',
    ]);
  });
  it('leaves a modifier with a participle or an adjective after its hyphen out, and one after a country', () => {
    expect(runs('Buyers named Tarrow Mining State-owned in May.')).toEqual(['Buyers', 'Tarrow Mining', 'May']);
    expect(runs('Harlow Cell China-based units grew.')).toEqual(['Harlow Cell']);
    expect(runs('The list holds Chinese Government-related Pellith Radio.')).toEqual(['Chinese', 'Pellith Radio']);
    expect(runs('He said Chinese Hi-tech Pellith Radio grew.')).toEqual(['Chinese', 'Pellith Radio']);
  });
});
