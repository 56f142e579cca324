// A catalog thing named in lower-case words right before a head of things modifies that head: the phrase is the name,
// where the grammar read none (things.ts thingAfterCatalogName; index.ts draft). Own sentences, invented measures.
import { describe, expect, it } from 'vitest';
import { recogniseMarkdown } from './helpers.ts';
import { surfacesOf } from '../one-sentence.ts';

const things = (md: string): string[] => surfacesOf(recogniseMarkdown(md), ['Product', 'Technology']);

describe('a catalog thing before a head of things', () => {
  it('is the phrase with the head, after a coordinator where a past form would read as a verb', () => {
    expect(things('# T\n\nThe agency barred imports of trucks that carry telematics hardware or automated driving software made abroad.')).toEqual([
      'trucks',
      'telematics hardware',
      'automated driving software',
    ]);
  });
  it('runs on over heads in a row, to the last (as the grammar reads them too: a guard)', () => {
    expect(things('# T\n\nThe board reviewed buses with telematics hardware or automated driving system software last year.')).toContain('automated driving system software');
  });
  it('stays the catalog name before a noun that is no head of things', () => {
    expect(things('# T\n\nThe ministry drafted telematics hardware or automated driving rules last year.')).toContain('automated driving');
  });
});
