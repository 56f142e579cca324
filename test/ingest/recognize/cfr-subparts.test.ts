// "15 C.F.R. part 791, subpart D": a subpart of a CFR part is that subpart (grammar/instruments.yaml cfr-subpart), the
// name the catalog gives a rule that fills it, not the part other rules fill too. Own sentences.
import { describe, expect, it } from 'vitest';
import { recogniseMarkdown } from './helpers.ts';
import { surfaceIdsOf } from '../one-sentence.ts';

const laws = (md: string): string[] => [...new Set(surfaceIdsOf(recogniseMarkdown(`# T\n\n${md}`), 'Law'))];

describe('a CFR part with its subpart', () => {
  it('is the subpart, one instrument with the rule the catalog names by it', () => {
    expect(laws('The import ban on vehicle hardware is codified at 15 C.F.R. part 791, subpart D, since March.')).toEqual(['15 C.F.R. part 791, subpart D=law:us:bis-connected-vehicles-rule']);
  });
  it('names a subpart the catalog does not know by its own citation', () => {
    expect(laws('The requirements are set out in 33 CFR part 105 subpart C and applies from May.')).toEqual(['33 CFR part 105 subpart C=law:~33-cfr-part-105-subpart-c']);
  });
  it('leaves a part cited alone the part', () => {
    expect(laws('The requirements are set out in 33 CFR part 105 and applies from May.')).toEqual(['33 CFR part 105=law:~33-cfr-part-105']);
  });
});
