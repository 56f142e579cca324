// A department's title before the body it heads named in full ("the Secretary of the Department of Home Affairs",
// "the Minister of the Ministry of Fisheries") names that body, written with the title: one body, never a "Department
// of the Department of ..." (bodies.ts title). Own sentences; bodies fictional or by their public names.
import { describe, expect, it } from 'vitest';
import { Catalog } from '../../../ingest/catalog/index.ts';
import { findBodies } from '../../../ingest/recognize/bodies.ts';
import { Matcher } from '../../../ingest/recognize/matcher.ts';
import { recogniseMarkdown } from './helpers.ts';
import { surfaceIdsOf } from '../one-sentence.ts';

// The mention spans the title (it is the sentence's actor), its surface the body's own name, as "Director of the ...".
const bodies = (text: string): string[] => findBodies(text).map((f) => `${text.slice(f.start, f.end)} (${f.surface}) => ${f.name} [${f.rule}${f.pending ? ' pending' : ''}]`);
const bare = Matcher.fromCatalog(new Catalog([], 'none').entries);
const authorities = (md: string): string[] => surfaceIdsOf(recogniseMarkdown(`# T\n\n${md}`, bare), 'Authority');

describe('a title before the body it heads named in full', () => {
  it('is that body', () => {
    expect(bodies('The Secretary of the Department of Harbour Affairs has issued a direction.')).toEqual([
      'Secretary of the Department of Harbour Affairs (Department of Harbour Affairs) => Department of Harbour Affairs [title:of]',
    ]);
    expect(bodies('Yesterday the Minister of the Ministry of Coastal Fisheries signed the order.')).toEqual([
      'Minister of the Ministry of Coastal Fisheries (Ministry of Coastal Fisheries) => Ministry of Coastal Fisheries [title:of]',
    ]);
  });
  it('is one entity with the body the document names alone', () => {
    expect(authorities('The Department of Harbour Affairs reviewed its sites. The Secretary of the Department of Harbour Affairs has issued a direction.')).toEqual([
      'Department of Harbour Affairs=authority:~harbour-affairs-department',
      'Department of Harbour Affairs=authority:~harbour-affairs-department',
    ]);
  });
  it('while a title before a domain still names the department of that domain', () => {
    expect(bodies('The Secretary of the Treasury shall issue guidance.')).toEqual(['Secretary of the Treasury (Secretary of the Treasury) => Department of the Treasury [title:of]']);
    expect(bodies('The Secretary of Harbour Affairs shall issue guidance.')).toEqual(['Secretary of Harbour Affairs (Secretary of Harbour Affairs) => Department of Harbour Affairs [title:of]']);
  });
});
