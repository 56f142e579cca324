// After a count and a company noun ("two ... makers,", "both suppliers,", "three firms such as"), the names listed are that
// many companies' names: a name run the names grammar joined at "and" (or at a comma) before a corporate head is split
// there (companies.ts countedParts; helper-237). Own sentences, fictional companies.
import { describe, expect, it } from 'vitest';
import { recogniseMarkdown } from './helpers.ts';

/** Each sentence's Company and Authority mentions' surfaces (the heading, read last, left out). */
const names = (md: string): string[][] =>
  recogniseMarkdown(`# T\n\n${md}`)
    .sentences.filter((s) => s.sentence.text !== 'T')
    .map((s) => s.mentions.filter((m) => m.label === 'Company' || m.label === 'Authority').map((m) => m.surface));

describe('names counted after a company noun', () => {
  it('are as many companies as counted, split at the coordinator', () => {
    expect(names('Two Chinese wind turbine makers, Mingxu Wind Power and Dongtai Turbine Group, for offshore projects were listed.')[0]).toEqual(['Mingxu Wind Power', 'Dongtai Turbine Group']);
    expect(names('Both suppliers, Harbin Crane Works and Qilu Marine Group, were fined.')[0]).toEqual(['Harbin Crane Works', 'Qilu Marine Group']);
    expect(names('Three firms such as Lanxi Rail, Tongda Motors and Beiming Power Group bid for the work.')[0]).toEqual(['Lanxi Rail', 'Tongda Motors', 'Beiming Power Group']);
  });
  it("keeps a name's own \"and\" where the count and the parts differ, or no count is given", () => {
    expect(names('The maker Marks and Spencer Group won the tender.')[0]).toEqual(['Marks and Spencer Group']);
    expect(names('Three firms, Kestrel Lift and Spencer Group, bid for the work.')[0]).toEqual(['Kestrel Lift and Spencer Group']);
  });
  it("never splits a public body's name", () => {
    expect(names('Two agencies, the Bureau of Industry and Security and the Federal Communications Commission, acted.')[0]).toEqual(['Bureau of Industry and Security', 'Federal Communications Commission']);
  });
});
