// A head written with a spaced postmodifier before its link ("Directorate General of ..."), read as the hyphenated
// "Directorate-General of ..." is (bodies.ts, grammar/names.yaml head-postmodifiers). Own invented names.
import { describe, expect, it } from 'vitest';
import { findBodies } from '../../../ingest/recognize/bodies.ts';

const bodies = (text: string): string[] => findBodies(text).map((f) => `${f.surface} ${f.label} [${f.rule}]`);

describe('a head with a spaced postmodifier', () => {
  it('heads "<head> General of <domain>" as it heads "<head>-General of <domain>"', () => {
    expect(bodies('In May the Directorate General of Harbour Licensing refused the permit.')).toEqual(['Directorate General of Harbour Licensing Authority [body:head-of]']);
    expect(bodies('In May the Inspectorate General for Tide Gauges refused the permit.')).toEqual(['Inspectorate General for Tide Gauges Authority [body:head-of]']);
  });

  it('makes no head of the postmodifier alone', () => {
    expect(bodies('In May the General of Harbour Licensing refused the permit.')).toEqual([]);
  });
});
