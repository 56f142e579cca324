// A title whose capitalised words hold a qualifier in brackets before its instrument head, as Commonwealth drafting names
// regulations and orders ("the Special Economic Measures (Belarus) Regulations", "the Export Control (Amendment) (No. 2)
// Order 2024"; instruments.ts qualifiedNames, instrument:qualified-name). helper-389 (issue 15 first-sight misses). Own
// sentences, invented titles.
import { describe, expect, it } from 'vitest';
import { Catalog } from '../../../ingest/catalog/index.ts';
import { Matcher } from '../../../ingest/recognize/matcher.ts';
import { recogniseMarkdown } from './helpers.ts';
import { mentionsOf } from '../one-sentence.ts';

const bare = Matcher.fromCatalog(new Catalog([], 'none').entries);
const laws = (md: string): string[] => mentionsOf(recogniseMarkdown(`# T\n\n${md}`, bare), ['Law']).map((m) => m.surface);

describe('a title with a bracketed qualifier before its head', () => {
  it('is one instrument, the brackets and a year after the head included', () => {
    expect(laws('Norland imposed the measures under the Harbour Security Measures (Valdmark) Regulations in 2022.')).toEqual(['Harbour Security Measures (Valdmark) Regulations']);
    expect(laws('The Drone Export Control (Amendment) (No. 2) Order 2024 added flight controllers to the schedule.')).toEqual(['Drone Export Control (Amendment) (No. 2) Order 2024']);
    expect(laws('The Valdmark (Sanctions) Regulations 2021 froze the assets of three firms.')).toEqual(['Valdmark (Sanctions) Regulations 2021']);
  });
  it('is not a body named before its acronym and a rule', () => {
    expect(laws('The Harbour Security Agency (Valdmark) Order was withdrawn.')).not.toContain('Harbour Security Agency (Valdmark) Order');
  });
});
