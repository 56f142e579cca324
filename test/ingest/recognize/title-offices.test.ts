// Officials' titles and the bodies they name: a title with a state's prefix and the office the document names after it,
// one body (bodies.ts officeOfTitle, read in index.ts).
import { describe, expect, it } from 'vitest';
import { Catalog } from '../../../ingest/catalog/index.ts';
import { officeOfTitle } from '../../../ingest/recognize/bodies.ts';
import { Matcher } from '../../../ingest/recognize/matcher.ts';
import { recogniseMarkdown } from './helpers.ts';
import { surfaceIdsOf } from '../one-sentence.ts';

// No catalog names: the document's own bodies only.
const bare = Matcher.fromCatalog(new Catalog([], 'none').entries);
const authorities = (md: string): string[] =>
  surfaceIdsOf(recogniseMarkdown(`# T\n\n${md}`, bare), 'Authority');
const stateTitle = (name: string) => ({ start: 0, end: name.length, surface: name, label: 'Authority', name, rule: 'body:state-prefix', score: 0.5 });

describe('a title with a state\'s prefix and its office', () => {
  it('is the one office the document names as "Office of the [<prefix>] <title>"', () => {
    const offices = new Set(['Office of the United States Harbour Representative', 'Department of Harbours']);
    expect(officeOfTitle(stateTitle('United States Harbour Representative'), offices)?.name).toBe('Office of the United States Harbour Representative');
    expect(officeOfTitle(stateTitle('U.S. Harbour Representative'), offices)?.name).toBe('Office of the United States Harbour Representative');
    // No such office named, or a name that is no title: nothing.
    expect(officeOfTitle(stateTitle('U.S. Harbour Representative'), new Set(['Department of Harbours']))).toBeUndefined();
    expect(officeOfTitle(stateTitle('U.S. Harbour Patrol'), new Set(['Office of the U.S. Harbour Patrol']))).toBeUndefined();
  });
  it('reads the title, the office, the bare title and the acronym as one body', () => {
    const found = authorities(
      'The United States Harbour Representative opened an inquiry. The Office of the United States Harbour Representative published a notice. The Harbour Representative will decide, and USHR said so. The U.S. Harbour Representative agreed.',
    );
    expect(new Set(found.map((f) => f.split('=')[1]))).toEqual(new Set(['authority:~office-of-the-united-states-harbour-representative']));
    expect(found.map((f) => f.split('=')[0])).toEqual(
      expect.arrayContaining(['United States Harbour Representative', 'Office of the United States Harbour Representative', 'Harbour Representative', 'U.S. Harbour Representative']),
    );
  });
  it('stays an office of its own where the document names none', () => {
    expect(authorities('The U.S. Harbour Representative opened an inquiry.')).toEqual(['U.S. Harbour Representative=authority:~us-harbour-representative']);
  });
});

describe('a title "of" a term the document defines', () => {
  it('is the act of the body the term names, ranked or not', () => {
    const found = authorities('The Harbour Tides Agency (HTA) met. The Commissioner of HTA shall issue instructions. The Deputy Administrator of the HTA agreed.');
    expect(found).toEqual([
      'Harbour Tides Agency=authority:~harbour-tides-agency',
      'HTA=authority:~harbour-tides-agency',
      'HTA=authority:~harbour-tides-agency',
      'HTA=authority:~harbour-tides-agency',
    ]);
  });
  it('leaves a term inside a longer name that is no title alone', () => {
    const found = authorities('The Harbour Tides Agency (HTA) met. The Friends of HTA Society agreed.');
    expect(found.filter((f) => f.startsWith('HTA='))).toEqual(['HTA=authority:~harbour-tides-agency']);
  });
});

describe('a name right before the acronym it spells in brackets', () => {
  it('is a public body when one of its words is a body\'s head, and the acronym names it', () => {
    // "Customs" is a body's head; "Kelp and Dredging Enforcement" holds none.
    const found = authorities('Customs and Harbour Protection (CHP) seized the kelp. CHP said so. Kelp and Dredging Enforcement (KDE) agreed.');
    expect(found).toEqual([
      'Customs and Harbour Protection=authority:~customs-and-harbour-protection',
      'CHP=authority:~customs-and-harbour-protection',
      'CHP=authority:~customs-and-harbour-protection',
    ]);
  });
  it('is nothing when the letters are not its initials', () => {
    expect(authorities('Customs and Harbour Protection (XYZ) seized the kelp.')).toEqual([]);
  });
});

describe('a defined term before an office-holder\'s title and name', () => {
  it('is the body the title heads ("HTA Chairman Ole Berg said")', () => {
    const found = authorities('The Harbour Tides Agency (HTA) met. HTA Chairman Ole Berg said so. HTA Deputy Director Mara Lind agreed.');
    expect(found.filter((f) => f.startsWith('HTA='))).toEqual(['HTA=authority:~harbour-tides-agency', 'HTA=authority:~harbour-tides-agency', 'HTA=authority:~harbour-tides-agency']);
  });
  it('is not read inside another name that opens with it', () => {
    const found = authorities('The Harbour Tides Agency (HTA) met. The HTA Kelp Fund agreed.');
    expect(found.filter((f) => f.startsWith('HTA='))).toEqual(['HTA=authority:~harbour-tides-agency']);
  });
});


// helper-294 (dev78: "the U.S. Attorney's Office for the Southern District of Florida" was cut at its possessive into a
// false "U.S. Attorney" and an "Office for ..." of no one). Own sentences, invented districts.
describe('an office-holder named by a noun of persons in the possessive before a body\'s head', () => {
  it('is one body with the office, as a title\'s possessive is', () => {
    expect(authorities('The U.S. Attorney\'s Office for the Eastern District of Harbourland announced the charges.')).toEqual([
      'U.S. Attorney\'s Office for the Eastern District of Harbourland=authority:~us-attorney-s-office-for-the-eastern-district-of-harbourland',
    ]);
  });
  it('stays cut where the possessive is no person\'s (a body owning its unit)', () => {
    const found = authorities('The Harbour Department\'s Office of Tide Records published a notice.');
    expect(found.map((f) => f.split('=')[0])).toContain('Office of Tide Records');
  });
});
