// A technology or product the title of a cited EU act names is what the act is about: the title supports it as a scope
// statement does (index.ts titledSubjects); a phrase naming a sector there ("the satellite communications sector") gets no
// support from it. Own sentences.
import { describe, expect, it } from 'vitest';
import { Catalog } from '../../../ingest/catalog/index.ts';
import { Matcher } from '../../../ingest/recognize/matcher.ts';
import { recogniseMarkdown } from './helpers.ts';

const bare = Matcher.fromCatalog(new Catalog([], 'none').entries);
/** Each technology or product recognised, with whether it still waits for support. */
const things = (md: string): string[] =>
  recogniseMarkdown(`# T\n\n${md}`, bare)
    .entities.filter((e) => e.label === 'Technology' || e.label === 'Product')
    .map((e) => `${e.name}${e.tentative ? ' (tentative)' : ''}`);

describe('a thing named in a cited EU act\'s title', () => {
  it('is supported by the title', () => {
    expect(things('Regulation (EU) 2030/5 of the European Parliament and of the Council of 2 May 2030 on harbour crane telemetry services and repealing Directive 2001/77/EC (OJ L 3, 4.5.2030, p. 1).')).toEqual([
      'harbour crane telemetry services',
    ]);
  });
  it('is not, where the words name a sector', () => {
    expect(things('Directive 2031/5/EU of the European Parliament and of the Council of 4 June 2031 concerning safety in the satellite communications sector (OJ L 9, 5.6.2031, p. 3).')).toEqual([
      'satellite communications (tentative)',
    ]);
  });
  it('is not, outside a cited title', () => {
    expect(things('The operators of harbour crane telemetry services met in May.')).toEqual(['harbour crane telemetry services (tentative)']);
  });
});
