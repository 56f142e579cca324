// A public body named by the apposition after its name ("Ofcom, the communications regulator,"), and the titles that name
// a body "for the <body>" ("Secretary of State for the Cabinet Office"). Own sentences, fictional bodies.
import { describe, expect, it } from 'vitest';
import { findApposedBodies } from '../../../ingest/recognize/apposed-bodies.ts';
import { findBodies } from '../../../ingest/recognize/bodies.ts';
import { nameRuns } from '../../../ingest/recognize/names.ts';

const apposed = (text: string): string[] => findApposedBodies(text, nameRuns(text)).map((f) => `${f.surface} [${f.rule}]`);

describe('a body by its apposition', () => {
  it('reads a name followed by ", the <field> regulator|watchdog|authority ..." that ends there', () => {
    expect(apposed('Harbcom, the harbour communications regulator, fined two operators.')).toEqual(['Harbcom [body:apposition]']);
    expect(apposed("Datavakt, Norland's data protection watchdog, opened an inquiry.")).toEqual(['Datavakt [body:apposition]']);
    expect(apposed('Harbcom, the regulator for ports, fined two operators.')).toEqual(['Harbcom [body:apposition]']);
  });
  it('reads none where the noun modifies another (a person\'s title) or another noun heads the apposition', () => {
    expect(apposed('Jane Holt, the agency director, resigned.')).toEqual([]);
    expect(apposed('Kestrel, a drone maker, replied.')).toEqual([]);
  });
});

describe('a title "for the <body>"', () => {
  const bodies = (text: string): string[] => findBodies(text).map((f) => `${f.name} [${f.rule}]`);
  it('names that body, as "Director of the <body>" does', () => {
    expect(bodies('The Secretary of State for the Harbour Office told MPs.')).toEqual(['Harbour Office [title:of]']);
    expect(bodies('The Minister for the Harbour Office can add a supplier.')).toEqual(['Harbour Office [title:of]']);
    // A domain of words only is the department "for" it, as before.
    expect(bodies('The Secretary of State for Harbours and Trade said so.')).toEqual(['Department for Harbours and Trade [title:of]']);
  });
});
