// A title whose capitalised words hold a qualifier in brackets before its instrument head, as Commonwealth drafting names
// regulations and orders ("the Special Economic Measures (Belarus) Regulations"; instruments.ts qualifiedNames,
// instrument:qualified-name, after "the"; with a year after the head, "the Export Control (Amendment) (No. 2) Order 2024", the UK
// citation reads it). helper-389 (issue 15 first-sight misses). Own
// sentences, invented titles.
import { describe, expect, it } from 'vitest';
import { Catalog } from '../../../ingest/catalog/index.ts';
import { Matcher } from '../../../ingest/recognize/matcher.ts';
import { recogniseMarkdown } from './helpers.ts';
import { mentionsOf } from '../one-sentence.ts';

const bare = Matcher.fromCatalog(new Catalog([], 'none').entries);
const laws = (md: string): string[] => mentionsOf(recogniseMarkdown(`# T\n\n${md}`, bare), ['Law']).map((m) => m.surface);

describe('a title with a bracketed qualifier before its head', () => {
  it('is one instrument, the brackets included (a year after the head too, where the UK citation reads it)', () => {
    expect(laws('Norland imposed the measures under the Harbour Security Measures (Valdmark) Regulations in 2022.')).toEqual(['Harbour Security Measures (Valdmark) Regulations']);
    expect(laws('The Drone Export Control (Amendment) Order applies to flight controllers.')).toEqual(['Drone Export Control (Amendment) Order']);
    expect(laws('Exports need a licence under the Import and Export (Strategic Goods) Regulations of Valdmark.')).toContain('Import and Export (Strategic Goods) Regulations');
  });
  it('is not read with no "the" before it, nor on a body\'s words', () => {
    expect(laws('In the port, Valdmark (Harbour) Rules apply.')).toEqual([]);
    expect(laws('The Harbour Security Agency (Valdmark) Order was withdrawn.')).not.toContain('Harbour Security Agency (Valdmark) Order');
  });
});
