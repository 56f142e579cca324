// Classes of public bodies named by their function ("market surveillance authorities", "customs authorities") and the
// capitalised plural of a body the document names ("Approval Authorities"): a node where the class acts, none where it is
// only mentioned. Own sentences, fictional bodies and companies (helper-146).
import { describe, expect, it } from 'vitest';
import { findBodyClasses } from '../../../ingest/recognize/body-classes.ts';
import { analyseText } from '../reports/helpers.ts';
import { surfaceIdsOf } from '../one-sentence.ts';


/** The public bodies a markdown text keeps (`surface=id`) and the relations it states (`start TYPE end`). */
function read(text: string): { bodies: string[]; relations: string[] } {
  const { rec, relations } = analyseText(text);
  return {
    bodies: surfaceIdsOf(rec, 'Authority'),
    relations: relations.filter((r) => r.type !== 'MAKES').map((r) => `${r.start} ${r.type} ${r.end}`),
  };
}

describe('findBodyClasses', () => {
  it('reads a class by its last function and the noun in the singular', () => {
    const names = (text: string): string[] => findBodyClasses(text).map((f) => `${f.surface}=${f.name}`);
    expect(names('Each lead supervisory authority may fine a harbour operator.')).toEqual(['lead supervisory authority=supervisory authority']);
    expect(names('National regulatory authorities and customs authorities inspect cranes.')).toEqual(['National regulatory authorities=regulatory authority', 'customs authorities=customs authority']);
  });

  it('reads no class from a level or scope alone, nor a named body or a description of one', () => {
    expect(findBodyClasses('National authorities and federal agencies may buy public cranes.')).toEqual([]);
    expect(findBodyClasses('The Harbour Surveillance Agency fined a crane maker.')).toEqual([]);
    expect(findBodyClasses('Halvard Port Office is the market surveillance authority for cranes.')).toEqual([]);
    expect(findBodyClasses('The order came from Halvard Port Office, the competent authority, in May.')).toEqual([]);
  });

  it('reads no class from bodies counted: a tally of what so many did, no class given a power', () => {
    expect(findBodyClasses('More than 40 customs authorities and 12 market surveillance authorities replied to the survey.')).toEqual([]);
    expect(findBodyClasses('Nearly two hundred regulators met; at least nine customs authorities replaced their cranes.')).toEqual([]);
    expect(read('In 2025 more than 30 market surveillance authorities replaced cranes made by Kestrel Marine Systems Ltd.').relations.filter((r) => r.includes('RESTRICTS'))).toEqual([]);
  });
});

describe('a class of public bodies', () => {
  it('acting is a node with its relation', () => {
    expect(read('Customs authorities in Norland restricted imports of drones made by Kestrel Batteries.')).toEqual({
      bodies: ['Customs authorities=authority:~customs-authority'],
      relations: ['authority:~customs-authority RESTRICTS product:drones', 'authority:~customs-authority RESTRICTS company:~kestrel-batteries'],
    });
    expect(read('Market surveillance authorities may ban drones that present a risk.').relations).toEqual(['authority:~market-surveillance-authority RESTRICTS product:drones']);
  });

  it('taking measures against goods restricts them, not measures against what goods pose or have', () => {
    expect(read('National regulatory authorities took measures against video surveillance cameras.').relations).toEqual(['authority:~regulatory-authority RESTRICTS product:~video-surveillance-camera']);
    expect(read('The Harbour Surveillance Agency took measures against risks posed by drones.').relations).toEqual([]);
    expect(read('Customs authorities ask makers to take measures against flaws of drones.').relations).toEqual([]);
  });

  it('only mentioned is no node', () => {
    expect(read('The supervisory authority should keep its own staff and budget. Drones are sold in Norland.').bodies).toEqual([]);
  });

  it('capitalised in the plural is the body the document names in the singular, which grants type approval', () => {
    expect(read('The Approval Authority tests every drone model. Approval Authorities shall grant type approval only to drones that meet these rules.')).toEqual({
      bodies: ['Approval Authority=authority:~approval-authority', 'Approval Authorities=authority:~approval-authority'],
      relations: ['authority:~approval-authority REGULATES product:drones'],
    });
    // Not named in the singular: no body.
    expect(read('Technical Services shall test drones.').bodies).toEqual([]);
  });
});
