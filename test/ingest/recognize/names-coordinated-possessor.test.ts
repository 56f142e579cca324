// A country's possessive after "and" or "or" at the end of a run of capitalised words owns the noun after it, the
// sentence's second conjunct, no word of the name before it (names.ts beforeCoordinatedPossessor). Own sentences.
import { describe, expect, it } from 'vitest';
import { recogniseMarkdown } from './helpers.ts';
import { surfaceIdsOf } from '../one-sentence.ts';

const bodies = (text: string): string[] =>
  surfaceIdsOf(recogniseMarkdown(`# T\n\n${text}\n`), 'Authority');

describe("a country's possessive after \"and\" at a name's end", () => {
  it('owns the noun after it, no word of the name before', () => {
    expect(bodies("The Ministry of Fisheries and Peru's navy inspected the port.")).toEqual(['Ministry of Fisheries=authority:~fisheries-ministry']);
    expect(bodies("The Harbour Safety Agency or the United Kingdom's coastguard inspected the port.")).toEqual(['Harbour Safety Agency=authority:~harbour-safety-agency']);
  });
  it('leaves a name whose last conjunct is no country whole', () => {
    expect(bodies("The Department of Fisheries and Oceans's report was published.")).toEqual(["Department of Fisheries and Oceans=authority:~department-of-fisheries-and-oceans"]);
  });
});
