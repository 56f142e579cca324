// A measure in force widened to more goods by an infinitive of reach ("expands the existing restriction on X to cover Y",
// "extends the ban to include Y"): the widening instrument restricts Y (relation-rules.yaml extends-measure-to). Own
// sentences, fictional bills and statutes.
import { describe, expect, it } from 'vitest';
import { statedRelations as stated } from './helpers.ts';

describe('a measure widened to cover more goods', () => {
  it('restricts each of the goods it is made to cover', () => {
    const got = stated('House Bill 212 expands the existing restriction on drones in s. 14.20, T.S., to cover routers, network cameras, and data loggers.');
    expect(got).toEqual(expect.arrayContaining(['law:~house-bill-212-in-inline RESTRICTS product:~router', 'law:~house-bill-212-in-inline RESTRICTS product:~data-logger']));
  });
  it('by "to include" after "extends the ban"', () => {
    expect(stated('The Harbour Safety Order of 2026 extends the ban to include network cameras.')).toContain('law:~harbour-safety-order RESTRICTS product:ip-cameras');
  });
  it('but a programme widened to cover goods restricts nothing', () => {
    expect(stated('The Harbour Safety Order of 2026 expands the grant program to cover network cameras.').filter((r) => r.includes('RESTRICTS'))).toEqual([]);
  });
});
