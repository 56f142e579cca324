// A letterhead's lines joined into one run: a body's name, then its state's name on the next line ("Ministry of Harbours,
// Fisheries and Energy" / "Republic of Korea"). A state's name of two words or more right after the domain's last
// capitalised word, with no link or article between, ends the body's name (bodies.ts body). helper-389 (dev108). Own
// sentences.
import { describe, expect, it } from 'vitest';
import { Catalog } from '../../../ingest/catalog/index.ts';
import { Matcher } from '../../../ingest/recognize/matcher.ts';
import { recogniseMarkdown } from './helpers.ts';
import { mentionsOf } from '../one-sentence.ts';

const bare = Matcher.fromCatalog(new Catalog([], 'none').entries);
const named = (md: string): string[] => mentionsOf(recogniseMarkdown(`# T\n\n${md}`, bare), ['Authority', 'Jurisdiction']).map((m) => `${m.label}:${m.surface}`);

describe("a body's name run on into its state's name", () => {
  it('ends before the state', () => {
    expect(named('Ministry of Harbours, Fisheries and Energy Republic of Korea')).toEqual(['Authority:Ministry of Harbours, Fisheries and Energy', 'Jurisdiction:Republic of Korea']);
    expect(named('Ministry of Ocean Affairs United Kingdom')).toEqual(['Authority:Ministry of Ocean Affairs', 'Jurisdiction:United Kingdom']);
  });
  it('keeps a state named after a link or an article', () => {
    expect(named('The Ministry of Ocean Affairs of the Republic of Korea issued a statement.')).toEqual(['Authority:Ministry of Ocean Affairs', 'Jurisdiction:Republic of Korea']);
    expect(named('The Office of the United States Trade Representative opened a review.')).toEqual(['Authority:Office of the United States Trade Representative']);
  });
});
