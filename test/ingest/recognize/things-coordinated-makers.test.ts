// "an importer and integrator of telecommunications equipment": a maker noun coordinated with another noun before one "of"
// shares that "of" (things.ts madeAt), so the phrase after it is the maker's goods, as after "importer of". Own sentences.
import { describe, expect, it } from 'vitest';
import { findThings } from '../../../ingest/recognize/things.ts';

const found = (t: string): string[] => findThings(t).map((f) => `${f.surface} [${f.rule}]`);

describe('a maker noun coordinated before "of"', () => {
  it('names the goods after the shared "of"', () => {
    expect(found('Norvik is an importer and integrator of telecommunications equipment.')).toEqual(['telecommunications equipment [thing:made]']);
    expect(found('Norvik, a distributor or installer of marine radar units, was fined.')).toContain('marine radar units [thing:made]');
  });
  it('reads nothing where the phrase after "of" names no goods', () => {
    expect(found('Brightfjord is a supplier and member of the harbour association.')).toEqual([]);
    expect(found('The firm is a vendor and partner of the ministry.')).toEqual([]);
  });
});
