// Local governments named where they act (grammar/names.yaml local-government-heads, local-bodies.ts body:local): the
// subject of a verb right after a name on a local head, or opening with one before "of". Elsewhere a county or a city
// is a place or nothing. Own sentences, invented places.
import { describe, expect, it } from 'vitest';
import { findLocalBodies } from '../../../ingest/recognize/local-bodies.ts';
import { nameRuns } from '../../../ingest/recognize/names.ts';
import { analyseText } from '../reports/helpers.ts';
import { entityNamesOf } from '../one-sentence.ts';

const local = (text: string): string[] => findLocalBodies(text, nameRuns(text)).map((f) => f.surface);
const entities = (text: string): string[] => analyseText(text).rec.entities.map((e) => `${e.label} ${e.name}`);

describe('a local government', () => {
  it('is named where it acts', () => {
    expect(local('Westmoor County issued a tender for body-worn cameras in May.')).toEqual(['Westmoor County']);
    expect(local('The City of Calder has banned drones made in China.')).toEqual(['City of Calder']);
    expect(local('The Harlan Unified School District later removed its cameras.')).toEqual(['Harlan Unified School District']);
  });
  it('is none where the name is a place or acts on nothing', () => {
    expect(local('The firm is headquartered in Westmoor County.')).toEqual([]);
    expect(local('Westmoor County officials met the vendor.')).toEqual([]);
    expect(local('The County issued a tender.')).toEqual([]);
  });
  it('is taken up by its head alone after "the" where the document names it', () => {
    const found = analyseText('Westmoor County issued a tender in May. The County excluded equipment made by Hikvision.');
    expect(entityNamesOf(found.rec, 'Authority')).toEqual(['Westmoor County']);
    expect(analyseText('The County excluded equipment made by Hikvision.').rec.entities.filter((e) => e.label === 'Authority')).toEqual([]);
  });
  it('is the local government named once, even in a heading, that "the County" acting takes up', () => {
    // A tender's annex: the county is named in full only in its heading, then "the County" alone.
    const found = analyseText('The County prohibits drones made by Autel Robotics. Bidders may ask questions in writing.', { title: 'Harwick County, Office of Procurement' });
    expect(entityNamesOf(found.rec, 'Authority')).toContain('Harwick County');
    expect(found.relations.map((r) => `${r.start} ${r.type} ${r.end}`)).toContain('authority:~harwick-county RESTRICTS company:autel-robotics');
    // In the text, in a sentence that states no act of it; "Orlen City Hall" names a building, no second city.
    const city = analyseText('Tenders are opened in public at Orlen City Hall for the City of Orlen. The City banned cameras made by Dahua Technology in 2026.');
    expect(entityNamesOf(city.rec, 'Authority')).toContain('City of Orlen');
  });
  it('is none where the document names two of that head, or never writes the head acting', () => {
    const two = analyseText('A radio network links Harwick County with Belmoor County. The County will not purchase drones made by Autel Robotics.');
    expect(entityNamesOf(two.rec, 'Authority').filter((n) => n.endsWith('County'))).toEqual([]);
    // Two counties, one of them named only at the head of a body's name.
    const prefixed = analyseText('The Belmoor County Sheriff\'s Office tested the cameras for Harwick County. The County will not purchase drones made by Autel Robotics.');
    expect(entityNamesOf(prefixed.rec, 'Authority')).not.toContain('Harwick County');
    // "the County" only as the place of a thing, acting nowhere: the county stays a place.
    const place = analyseText('Most farms of Harwick County grow grain. Drones are flown over the County for surveys.', { title: 'Harwick County, Office of Procurement' });
    expect(entityNamesOf(place.rec, 'Authority')).not.toContain('Harwick County');
  });
  it('is an Authority the relation rules take as actor', () => {
    expect(entities('The Harlan Unified School District removed its Dahua cameras.')).toContain('Authority Harlan Unified School District');
  });
});
