// An unknown one-word name listed between two bodies is a body (listed-bodies.ts): a list joins like with like. Own
// sentences, invented names.
import { describe, expect, it } from 'vitest';
import { Catalog } from '../../../ingest/catalog/index.ts';
import { Matcher } from '../../../ingest/recognize/matcher.ts';
import { recogniseMarkdown } from './helpers.ts';
import { surfacesOf } from '../one-sentence.ts';

const bare = Matcher.fromCatalog(new Catalog([], 'none').entries);
const authorities = (md: string): string[] =>
  surfacesOf(recogniseMarkdown(`# T\n\n${md}`, bare), 'Authority');

describe('a one-word name listed between bodies', () => {
  it('is a body', () => {
    expect(authorities('The board may invite the Norland Ports Authority, Portwatch, the Valdmark Data Protection Board and others.')).toContain('Portwatch');
    expect(authorities('The board may invite the Norland Ports Authority, Portwatch and the Valdmark Data Protection Board.')).toContain('Portwatch');
  });
  it('is none with a body on one side only, or where the word is a known one', () => {
    expect(authorities('The board may invite the Norland Ports Authority, Portwatch, and several firms.')).not.toContain('Portwatch');
    expect(authorities('The board may invite Portwatch, the Valdmark Data Protection Board and others.')).not.toContain('Portwatch');
    expect(authorities('The board may invite the Norland Ports Authority, Germany, the Valdmark Data Protection Board and others.')).not.toContain('Germany');
  });
});
