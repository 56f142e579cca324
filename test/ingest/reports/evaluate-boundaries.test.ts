import { describe, expect, it } from 'vitest';
import { errorClasses, type Extracted, type GoldDocument, nearNames, scoreDocument } from '../../../ingest/reports/evaluate.ts';

// An untuned set's false entities are shown only by class: whether each lies inside or around a gold name (an error at a
// name's boundary, which counts as a false positive and, when that name is missed, a miss too) or near none (a thing the
// gold does not have) says which mechanism to look at without showing the text.
const gold: GoldDocument = {
  entities: [
    { name: 'consumer IoT device baseline', kind: 'instrument', core: true, surfaces: ['consumer IoT device baseline'] },
    { name: 'Harlow Radio Ltd', kind: 'company', core: true, surfaces: ['Harlow Radio Ltd', 'Harlow Radio'] },
    { name: 'lidar', kind: 'technology', core: true, surfaces: ['lidar'] },
  ],
  relations: [],
};
const entity = (name: string, label: string, rules: string[] = ['thing:noun-phrase']): Extracted => ({ id: name, label, name, surfaces: [name], rules });

describe('false entities placed against the gold names', () => {
  it('tells a fragment of a missed name, an extension of a found one and a name the gold lacks apart', () => {
    const entities = [entity('IoT device', 'Technology'), entity('Harlow Radio', 'Company', ['company:suffix']), entity('Harlow Radio modules', 'Product'), entity('gimbal', 'Product')];
    const errors = scoreDocument('d', gold, entities, []).errors.map((e) => `d: ${e}`);
    expect(errors).toContain('d: false positive: Technology "IoT device" (IoT device) {inside a missed name "consumer IoT device baseline"} [thing:noun-phrase]');
    expect(errorClasses(errors)).toEqual([
      'false positive, Technology, by thing, inside a missed name: 1',
      'false positive, Product, by thing, around a found name: 1',
      'false positive, Product, by thing, near no gold name: 1',
      'missed, instrument, overlapped by an extracted name: 1',
      'missed, technology: 1',
    ]);
  });

  it('compares whole words after the matcher\'s normalisation, never parts of words or equal names', () => {
    const near = nearNames(gold);
    expect(near(['The Harlow Radio Ltd.'])).toEqual([]);
    expect(near(['IoT'])).toEqual([{ record: 0, inside: true }]);
    expect(near(['lid'])).toEqual([]);
    expect(near(['lidar-based sensing'])).toEqual([{ record: 2, inside: false }]);
  });
});
