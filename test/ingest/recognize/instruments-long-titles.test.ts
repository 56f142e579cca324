// An act's long title cited mid-sentence with its capital "An Act" and a lower-case link of subject-matter, as
// Commonwealth long titles are written ("as amended by An Act respecting ..., amending the ... Act and making
// consequential amendments to other Acts (formerly Bill C-9)"; instruments.ts longTitles, instrument:long-title).
// helper-389 (dev104's long title missed). Own sentences, invented titles.
import { describe, expect, it } from 'vitest';
import { Catalog } from '../../../ingest/catalog/index.ts';
import { Matcher } from '../../../ingest/recognize/matcher.ts';
import { recogniseMarkdown } from './helpers.ts';
import { mentionsOf } from '../one-sentence.ts';

const bare = Matcher.fromCatalog(new Catalog([], 'none').entries);
const laws = (md: string): string[] => mentionsOf(recogniseMarkdown(`# T\n\n${md}`, bare), ['Law']).map((m) => m.surface);

describe("an act's long title cited mid-sentence", () => {
  it('runs to a bracket, a relative clause, a date or a finite verb', () => {
    expect(
      laws('The powers come from the Harbours Act, as amended by An Act respecting harbour security, amending the Customs Act and making consequential amendments to other Acts (formerly Bill C-9), which received Royal Assent in 2025.'),
    ).toEqual(['Harbours Act', 'An Act respecting harbour security, amending the Customs Act and making consequential amendments to other Acts']);
    expect(laws('Parliament passed An Act to amend the Customs Act in 2024.')).toEqual(['An Act to amend the Customs Act']);
    expect(laws('The minister said that An Act respecting ports was debated.')).toEqual(['An Act respecting ports']);
  });
  it('is not read at a sentence start', () => {
    expect(laws('An Act to amend the Customs Act was tabled in May.')).toEqual(['Customs Act']);
  });
});
