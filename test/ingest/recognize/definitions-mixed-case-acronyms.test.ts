// A government body's short name in mixed case after its name ("Ministry of Electronics and Information Technology
// (MeitY)", "Department of Telecommunications (DoT)"): its letters the initials of the name's words in order, a small
// word's used or passed over, the last letters from the last word; then the short name alone is that body
// (definitions.ts mixedCaseFit). A word that does not fit is no short name. Own sentences, invented bodies.
import { describe, expect, it } from 'vitest';
import { recogniseMarkdown } from './helpers.ts';
import { surfaceIdsOf } from '../one-sentence.ts';

const authorities = (md: string): string[] => surfaceIdsOf(recogniseMarkdown(`# T\n\n${md}`), ['Authority']);

describe('a short name in mixed case', () => {
  it('is the body it abbreviates', () => {
    expect(authorities('The Ministry of Harbour Electronics and Information Technology (MheitY) has acted. Later MheitY banned cranes.')).toEqual([
      'Ministry of Harbour Electronics and Information Technology=authority:~ministry-of-harbour-electronics-and-information-technology',
      'MheitY=authority:~ministry-of-harbour-electronics-and-information-technology',
      'MheitY=authority:~ministry-of-harbour-electronics-and-information-technology',
    ]);
    expect(authorities('The Department of Coastal Telecommunications (DoCT) has acted. Later DoCT banned cranes.').map((x) => x.split('=')[0])).toEqual([
      'Department of Coastal Telecommunications',
      'DoCT',
      'DoCT',
    ]);
  });
  it('but not a word whose letters do not fit the name', () => {
    expect(authorities('The Department of Coastal Telecommunications (DeXa) has acted.').map((x) => x.split('=')[0])).toEqual(['Department of Coastal Telecommunications']);
  });
});
