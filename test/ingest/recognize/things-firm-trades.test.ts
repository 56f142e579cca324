// A thing phrase right before a company noun that names firms by their trade ("the drone service firm", "a lidar repair
// company") names the trade, no class of things (things.ts firmNoun, singularBeforeNoun, modifiesNoun); before a maker's
// noun the phrase is their products ("drone software vendors": things.yaml maker-compounds), and before "providers" the
// service the development golds take as a class ("DNS service providers"). Own sentences, invented firms.
import { describe, expect, it } from 'vitest';
import { findThings } from '../../../ingest/recognize/things.ts';
import { analysed, entityNamesOf } from '../one-sentence.ts';

const found = (t: string): string[] => findThings(t).map((f) => f.surface);
const things = (md: string): string[] => entityNamesOf(analysed(md, { asEntry: true }).rec, ['Product', 'Technology']);

describe('a thing phrase before a company noun of a trade', () => {
  it('names no class before "firm" or "company"', () => {
    expect(found('The applicant, the harbour crane service firm Tollan Ltd, appealed.')).not.toContain('harbour crane service');
    expect(things('The applicant, the drone service firm Tollan Ltd, appealed against the ban on drones.\n')).not.toContain('drone service');
  });
  it('still names the products before a maker noun', () => {
    expect(found('The council met sonar software vendors and farms.')).toContain('sonar software');
  });
});
