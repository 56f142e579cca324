import { describe, expect, it } from 'vitest';
import { matchersFor } from '../../../ingest/norms/matchers.ts';
import { substitute, unseenNames } from '../../../ingest/norms/rename.ts';
import { defaultVocabulary } from '../../../ingest/vocab/index.ts';

describe('organ renaming', () => {
  it('keeps the printed determiner and adds an article where there was none', () => {
    expect(substitute('The regulator shall inform the regulator of another State.', 'regulator', 'Coastal Lighthouse Board', 'en')).toBe('The Coastal Lighthouse Board shall inform the Coastal Lighthouse Board of another State.');
    expect(substitute('Requests go to WIDGETCO. WIDGETCO may refuse.', 'WIDGETCO', 'Northern Fisheries Office', 'en')).toBe('Requests go to the Northern Fisheries Office. The Northern Fisheries Office may refuse.');
    expect(substitute('向港务部门报告', '港务部门', '省级人民政府林草局', 'zh')).toBe('向省级人民政府林草局报告');
  });

  it('generates names no vocabulary entry covers, one per head', () => {
    for (const lang of ['en', 'zh'] as const) {
      const m = matchersFor(defaultVocabulary(), lang);
      const names = unseenNames(lang, 1);
      expect(new Set(names).size).toBe(names.length);
      for (const name of names) expect(m.mentions(name).filter((x) => x.kind !== 'data' && x.end - x.start === name.length)).toEqual([]);
    }
  });
});
