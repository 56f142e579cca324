// A catalog thing that modifies the noun after it is no mention of that thing. Own sentences, invented companies.
import { describe, expect, it } from 'vitest';
import { recognise } from '../../../ingest/recognize/index.ts';
import { parseReport } from '../../../ingest/reports/index.ts';
import { textSource } from '../reports/helpers.ts';
import { matcher } from './helpers.ts';

const things = (md: string): string[] =>
  recognise(parseReport(textSource(`# T\n\n${md}`, 'markdown')), matcher).sentences.flatMap((s) => s.mentions.filter((m) => m.label === 'Product' || m.label === 'Technology').map((m) => `${m.surface}=${m.id}`));

describe('a catalog thing before a company noun', () => {
  it('names the companies, not the thing', () => {
    expect(things('The ministry fined two drone makers from Valdmark in May.')).toEqual([]);
    expect(things('Harlow Systems Inc. sold parts to Norland drone suppliers.')).toEqual([]);
  });
  it('is the thing elsewhere', () => {
    expect(things('The ministry barred drones made by Harlow Systems Inc. in May.')).toEqual(['drones=product:drones']);
    expect(things('The makers of drones must register them.')).toEqual(['drones=product:drones']);
  });
});
