// Titles whose "of" part is the bare domain of the body they head (grammar/names.yaml domain-titles): "the Administrator
// of General Services" heads the General Services Administration (bodies.ts title). A title whose "of" part names a body
// in full still names that body ("Director of the Office of Management and Budget": the Office, the title not cut
// inside it). Own sentences; real bodies by their public names, fictional ones invented.
import { describe, expect, it } from 'vitest';
import { Catalog } from '../../../ingest/catalog/index.ts';
import { findBodies } from '../../../ingest/recognize/bodies.ts';
import { Matcher } from '../../../ingest/recognize/matcher.ts';
import { recogniseMarkdown } from './helpers.ts';
import { statedRelations } from '../reports/helpers.ts';
import { surfaceIdsOf } from '../one-sentence.ts';

const bodies = (text: string): string[] => findBodies(text).map((f) => `${f.surface} => ${f.name} [${f.rule}${f.pending ? ' pending' : ''}]`);
const bare = Matcher.fromCatalog(new Catalog([], 'none').entries);
const authorities = (md: string): string[] =>
  surfaceIdsOf(recogniseMarkdown(`# T\n\n${md}`, bare), 'Authority');

describe('a title before the bare domain of its body', () => {
  it('names the body its domain and the title\'s noun of office name', () => {
    expect(bodies('The Administrator of General Services shall issue guidance.')).toEqual(['Administrator of General Services => General Services Administration [title:of]']);
    expect(bodies('The Administrator of Harbour Works and Dredging shall issue guidance.')).toEqual([
      'Administrator of Harbour Works and Dredging => Harbour Works and Dredging Administration [title:of]',
    ]);
  });
  it('is the body the document names in full, one entity', () => {
    expect(authorities('The General Services Administration issued guidance. The Administrator of General Services shall review it.')).toEqual([
      'General Services Administration=authority:~general-services-administration',
      'Administrator of General Services=authority:~general-services-administration',
    ]);
  });
  it('acts as the body', () => {
    expect(statedRelations('The Administrator of General Services shall prohibit agencies from buying harbour cranes.')).toEqual(['authority:~general-services-administration RESTRICTS product:~harbour-crane']);
  });
  it('but not a domain of one word, one after an indefinite determiner, nor a title the grammar keeps an office', () => {
    // Left to the document as before: a title kept only where it names an "Office of the <title>" (index.ts).
    expect(bodies('The Administrator of Records shall issue guidance.')).toEqual(['Administrator of Records => Administrator of Records [title:of pending]']);
    expect(bodies('An Administrator of General Services shall be appointed.')).toEqual(['Administrator of General Services => Administrator of General Services [title:of pending]']);
    expect(bodies('The Director of National Intelligence shall review it.')).toEqual(['Director of National Intelligence => Director of National Intelligence [title:of pending]']);
  });
});

describe('a title before a body named in full', () => {
  it('names that body, whole', () => {
    expect(bodies('The Director of the Office of Management and Budget shall review the plans.')).toEqual(['Office of Management and Budget => Office of Management and Budget [title:of]']);
    expect(bodies('The Administrator of the General Services Administration shall review the plans.')).toEqual(['General Services Administration => General Services Administration [title:of]']);
  });
});
