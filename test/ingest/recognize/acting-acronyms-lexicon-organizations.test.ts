// An acronym compromise's lexicon lists as an organisation ("FBI", "NSA", "DEA", beside "NATO" and "IBM") is read by the
// fallback as an Organization, a guess; where the text shows it acting as a public body (a verb of public power with its
// object, the agent of a public act: acting-acronyms.ts), it is a public body, in every sentence of the document
// (entities.ts retyped). Own sentences (helper-258, issue 15).
import { describe, expect, it } from 'vitest';
import { Catalog } from '../../../ingest/catalog/index.ts';
import { Matcher } from '../../../ingest/recognize/matcher.ts';
import { recogniseMarkdown } from './helpers.ts';
import { surfaceIdsOf } from '../one-sentence.ts';

const bare = Matcher.fromCatalog(new Catalog([], 'none').entries);
const parties = (md: string): string[] =>
  surfaceIdsOf(recogniseMarkdown(`# T\n\n${md}`, bare), ['Authority', 'Organization']);

describe('an acronym the lexicon calls an organisation', () => {
  it('is a public body where it acts with a verb of public power and its object', () => {
    expect(parties('The FBI seized the drones made by Kestrel Robotics.')).toEqual(['FBI=authority:~fbi']);
    expect(parties('The DEA raided a warehouse of Hawkline Optics in May.')).toEqual(['DEA=authority:~dea']);
    expect(parties('Last year the NSA banned the routers from its networks.')).toEqual(['NSA=authority:~nsa']);
  });
  it('is a public body as the agent of a public act', () => {
    expect(parties('An investigation by the FBI found that the routers were compromised.')).toEqual(['FBI=authority:~fbi']);
  });
  it('is a public body as the possessor of an instrument the sentence names (helper-342)', () => {
    expect(parties("Vendors must follow the CIA's Vendor Data Handling Policy when they host files.")).toEqual(['CIA=authority:~cia']);
    // A possessor of no instrument stays the lexicon's guess.
    expect(parties("The CIA's new office opened in May.")).toEqual(['CIA=organization:~cia']);
  });
  it('is that public body in every sentence of the document, not an organisation beside it', () => {
    expect(parties('The CIA warned that the cameras leak video. In March the CIA seized two of the cameras.')).toEqual(['CIA=authority:~cia', 'CIA=authority:~cia']);
  });
  it('stays the lexicon\'s organisation where the text shows no act of public power', () => {
    expect(parties('The FBI warned that the routers were compromised.')).toEqual(['FBI=organization:~fbi']);
    // A verb of public power as a participle, with no object: no act.
    expect(parties('The FBI designated as lead agency met on Monday.')).not.toContain('FBI=authority:~fbi');
  });
});
