// "China's export controls reach drone parts", "Schedule 2 would also catch collaborative robots": the object of a verb of
// reaching whose subject is a measure (a control noun or an instrument's head) is a class the measure deals with, its
// support (things.ts measureSubject; grammar/things.yaml measure-verbs). Own sentences, invented places and firms.
import { describe, expect, it } from 'vitest';
import { findThings } from '../../../ingest/recognize/things.ts';

const found = (t: string): string[] => findThings(t).map((f) => `${f.surface} [${f.rule}]`);

describe('what a measure reaches', () => {
  it('is regulated after a control noun or an instrument as the subject', () => {
    expect(found('Valdmark\'s new export controls reach harbour radar units as well.')).toContain('harbour radar units [thing:regulated]');
    expect(found('Schedule 3 would also catch marine survey drones, which Norvik sells to ports.')).toContain('marine survey drones [thing:regulated]');
    expect(found('The new tariffs hit tide sensors and harbour cranes.')).toEqual(['tide sensors [thing:regulated]', 'harbour cranes [thing:regulated]']);
  });
  it('is not regulated after another subject, nor as a head alone', () => {
    expect(found('Sales of the firm reached harbour radar units.').filter((f) => f.endsWith('[thing:regulated]'))).toEqual([]);
    expect(found('The crews catch tide sensors in their nets.').filter((f) => f.endsWith('[thing:regulated]'))).toEqual([]);
    expect(found('The rule reaches trucks and buses.')).toEqual([]);
  });
});
