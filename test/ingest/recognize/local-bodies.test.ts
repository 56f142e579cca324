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
  it('is an Authority the relation rules take as actor', () => {
    expect(entities('The Harlan Unified School District removed its Dahua cameras.')).toContain('Authority Harlan Unified School District');
  });
});
