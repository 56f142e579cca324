// A catalog body's full name, then capitalised words that end in a body's head, names two bodies: the catalog's and its
// unit (recognize/index.ts unitAfterCatalogBody); so does a body's name the document uses alone (unitsAfterNamedBodies).
// Own sentences; the units are invented or generic.
import { describe, expect, it } from 'vitest';
import { recogniseMarkdown } from './helpers.ts';

const bodies = (md: string): string[] =>
  recogniseMarkdown(`# T\n\n${md}`).sentences.flatMap((s) => s.mentions.filter((m) => m.label === 'Authority').map((m) => `${m.surface} (${m.id.startsWith('authority:~') ? 'new' : m.id})`));

describe('a unit named right after a catalog body', () => {
  it('is a body of its own, and the catalog body stays named', () => {
    expect(bodies('The Department of Homeland Security Harbour Screening Directorate will test the drones.')).toEqual([
      'Department of Homeland Security (authority:dhs)',
      'Harbour Screening Directorate (new)',
    ]);
    expect(bodies('The Department of Defense Rapid Fielding Unit bought the radios.')).toEqual(['Department of Defense (authority:dod)', 'Rapid Fielding Unit (new)']);
    expect(bodies('The Department of Defense Science Board met.')).toEqual(['Department of Defense (authority:dod)', 'Science Board (new)']);
  });
  it('leaves one name where the words after the catalog name end in no head, or name a country', () => {
    expect(bodies('The Department of Homeland Security Secretary spoke.').some((b) => b.includes('Secretary (new)'))).toBe(false);
    expect(bodies('The Valdmark Department of Commerce met.')).toEqual(['Valdmark Department of Commerce (new)']);
  });
  it('is one name where the catalog body is a government as a whole, whose name the body opens with', () => {
    expect(bodies('The United States Government Accountability Office audited the radios of three departments.')).toEqual(['United States Government Accountability Office (new)']);
    expect(bodies('Each year the U.S. Government Publishing Office prints the rules on drones.')).toEqual(['U.S. Government Publishing Office (new)']);
    // The government itself, named alone, stays the catalog's.
    expect(bodies('The United States Government bought no drones from the firm.')).toEqual(['United States Government (authority:us-government)']);
  });
  it('is a body of its own after a name the document uses alone too, and one name where it does not', () => {
    expect(bodies('The Norland Ministry of Ports will enforce the rule. The Norland Ministry of Ports Harbour Licensing Division shall administer it.')).toEqual([
      'Norland Ministry of Ports (new)',
      'Norland Ministry of Ports (new)',
      'Harbour Licensing Division (new)',
    ]);
    expect(bodies('The Norland Ministry of Ports Harbour Licensing Division shall administer it.')).toEqual(['Norland Ministry of Ports Harbour Licensing Division (new)']);
  });
});
