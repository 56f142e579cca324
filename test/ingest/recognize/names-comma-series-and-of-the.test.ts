// Name runs (names.ts) and the thing finder (things.ts) on forms of press releases: a comma after a body's name before a
// company's name or after a domain already coordinated is no series of the body's domain; a run opened by a weekday
// keeps no comma; "X of the Y" with no head after "the" is one name; a verb's base form after "did" or a pseudo-cleft's
// "did was" is no word of the thing after it. helper-396. Own sentences, invented names.
import { describe, expect, it } from 'vitest';
import { Catalog } from '../../../ingest/catalog/index.ts';
import { Matcher } from '../../../ingest/recognize/matcher.ts';
import { nameRuns } from '../../../ingest/recognize/names.ts';
import { recogniseMarkdown } from './helpers.ts';
import { mentionsOf } from '../one-sentence.ts';

const bare = Matcher.fromCatalog(new Catalog([], 'none').entries);
const found = (md: string): string[] => mentionsOf(recogniseMarkdown(`# T\n\n${md}`, bare)).map((m) => `${m.label}:${m.surface}`);
const runs = (text: string): string[] => nameRuns(text).map((r) => text.slice(r[0].start, r[r.length - 1].end));

describe('a comma after a body name', () => {
  it('before a company with its legal form ends the body name', () => {
    const f = found('As stated in a notice issued by the Ministry of Ports, Velloran Hoists Ltd. and Marrick Dredging Co. were placed on the Entity List.');
    expect(f).toContain('Authority:Ministry of Ports');
    expect(f).toContain('Company:Velloran Hoists Ltd.');
    expect(f).toContain('Company:Marrick Dredging Co.');
  });
  it('after a domain coordinated with "and" ends the body name', () => {
    expect(runs('Under a rule of the Office of Shipping and Ports, Velloran Hoists and Marrick Dredging were listed.')).toEqual(['Office of Shipping and Ports', 'Velloran Hoists and Marrick Dredging']);
  });
  it('keeps a series of domains ("Ministry of Roads, Rail and Ports")', () => {
    expect(runs('The Ministry of Roads, Rail and Ports met on Friday.')).toEqual(['Ministry of Roads, Rail and Ports']);
    expect(runs('The Board of Roads, Rail, and Harbour Affairs met.')).toEqual(['Board of Roads, Rail, and Harbour Affairs']);
  });
  it('after a weekday leaves no comma on the company after it', () => {
    const f = found('According to a notice published by the Ministry of Ports on Friday, Velloran Hoists Ltd. and Marrick Dredging Co. were placed on the Entity List.');
    expect(f).toContain('Company:Velloran Hoists Ltd.');
    expect(f.some((x) => x.includes(':,'))).toBe(false);
  });
});

describe('"X of the Y" with no head after "the"', () => {
  it('is one name', () => {
    expect(runs('Keepers of the Moorland wrote to the Ministry of Ports.')).toEqual(['Keepers of the Moorland', 'Ministry of Ports']);
    expect(found('The Ministry of Ports fined Lantern of the Fells Ltd. on Monday.')).toContain('Company:Lantern of the Fells Ltd.');
  });
  it('is two where a head, a country or a list follows "the"', () => {
    expect(runs('Velloran Hoists of the Netherlands wrote.')).not.toContain('Velloran Hoists of the Netherlands');
    expect(runs('Marrick Dredging of the Harbour Agency wrote.')).not.toContain('Marrick Dredging of the Harbour Agency');
  });
});

describe('a verb after "did" or a pseudo-cleft\'s "did was"', () => {
  it('is no word of the thing', () => {
    expect(found('What the Ministry did was prohibit container cranes.')).toContain('Product:container cranes');
    expect(found('The Ministry did prohibit container cranes.')).toContain('Product:container cranes');
    expect(found('What the Ministry did was prohibit container cranes.').some((x) => x.includes('prohibit'))).toBe(false);
  });
});
