// Companies named with no legal form and no company noun, read by where they stand: the employer of people who work for a
// business ("analysts at X", names.yaml company-staff: companies.ts company:employer), and a coined name on a line of
// business as the subject of a relative clause after it ("X, which integrates ...": companies.ts asParty). Own
// sentences, invented names (helper-347).
import { describe, expect, it } from 'vitest';
import { Catalog } from '../../../ingest/catalog/index.ts';
import { Matcher } from '../../../ingest/recognize/matcher.ts';
import { recogniseMarkdown } from './helpers.ts';
import { surfaceIdsOf } from '../one-sentence.ts';

const bare = Matcher.fromCatalog(new Catalog([], 'none').entries);
const of = (label: string, md: string): string[] => surfaceIdsOf(recogniseMarkdown(`# T\n\n${md}`, bare), label).map((s) => s.split('=')[0]);

describe('the employer of analysts, engineers, executives', () => {
  it('reads a name of two words or more after "<staff> at" as a company', () => {
    expect(of('Company', 'Analysts at Corvane Ridge Research said the duties would lift prices.')).toEqual(['Corvane Ridge Research']);
    expect(of('Company', 'Two engineers at Tallow Creek Signal told the committee the radios were safe.')).toEqual(['Tallow Creek Signal']);
    expect(of('Company', 'executives at Brenmoor Capital declined to comment.')).toEqual(['Brenmoor Capital']);
  });
  it('leaves a public body, a university and a place after "at" to their own rules', () => {
    expect(of('Company', 'Analysts at the Norland Trade Commission said the duties would lift prices.')).toEqual([]);
    expect(of('Company', 'Engineers at Kestrel Valley University built the radio.')).toEqual([]);
    expect(of('Company', 'Analysts at New Orleans said so.')).toEqual([]);
    // People a public body employs as much: no cue.
    expect(of('Company', 'Officials at Tallow Creek Signal said so.')).toEqual([]);
  });
});

describe('a coined name on a line of business before a relative clause', () => {
  it('reads it as the relative verb\'s subject, a company', () => {
    expect(of('Company', 'Quarrow Radio, which integrates sensors into buses, was named in the order.')).toEqual(['Quarrow Radio']);
    expect(of('Company', 'The order named Brellium Systems, which also sells thermal cameras.')).toEqual(['Brellium Systems']);
  });
});
