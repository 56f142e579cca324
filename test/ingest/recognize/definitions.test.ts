// Names a document defines for itself: acronyms, defined terms, "means" definitions, appositions.
import { describe, expect, it } from 'vitest';
import { bindTerms, findDefinitions, type Named } from '../../../ingest/recognize/definitions.ts';
import type { Ambiguity } from '../../../ingest/recognize/entities.ts';

const at = (text: string, surface: string, id: string, label = 'Authority'): Named => {
  const start = text.indexOf(surface);
  return { id, label, start, end: start + surface.length, surface };
};

describe('definitions', () => {
  it('binds an acronym whose letters are the name\'s initials, not a stray parenthesis', () => {
    const text = 'The Cybersecurity and Infrastructure Security Agency (CISA) met the Ministry of Trade (Beijing).';
    const defs = findDefinitions(text, 's1', [at(text, 'Cybersecurity and Infrastructure Security Agency', 'a:cisa'), at(text, 'Ministry of Trade', 'a:mot')], new Map());
    expect(defs).toEqual([{ term: 'CISA', id: 'a:cisa', locator: 's1', acronym: true }]);
  });
  it('binds quoted and "hereinafter" terms, and words of the name', () => {
    const text = 'The Valdmark Department of Commerce (the "Department") and the Norland Committee for Trade (hereinafter “Committee”) and the Office of Cables (Office).';
    const defs = findDefinitions(text, 's1', [at(text, 'Valdmark Department of Commerce', 'a:d'), at(text, 'Norland Committee for Trade', 'a:c'), at(text, 'Office of Cables', 'a:o')], new Map());
    expect(defs.map((d) => [d.term, d.id])).toEqual([['Department', 'a:d'], ['Committee', 'a:c'], ['Office', 'a:o']]);
  });
  it('reads "the term X means Y"', () => {
    const text = 'In this section, the term “Commission” means the Federal Communications Commission.';
    expect(findDefinitions(text, 's1', [at(text, 'Federal Communications Commission', 'a:fcc')], new Map())).toMatchObject([{ term: 'Commission', id: 'a:fcc' }]);
  });
  it('takes a citation in apposition for the act, and the acronym after it for the act too', () => {
    const text = 'the International Emergency Economic Powers Act (50 U.S.C. 1701 et seq.) (IEEPA), and';
    const apposed = new Map<string, string>();
    const defs = findDefinitions(text, 's1', [at(text, 'International Emergency Economic Powers Act', 'law:ieepa', 'Law'), at(text, '50 U.S.C. 1701', 'law:usc', 'Law')], apposed);
    expect([...apposed]).toEqual([['law:usc', 'law:ieepa']]);
    expect(defs).toMatchObject([{ term: 'IEEPA', id: 'law:ieepa', acronym: true }]);
  });
  it('reports a term defined for two entities and binds it to neither', () => {
    const ambiguities: Ambiguity[] = [];
    const terms = bindTerms(
      [
        { term: 'Secretary', id: 'a:x', locator: 's1', acronym: false },
        { term: 'Secretary', id: 'a:y', locator: 's2', acronym: false },
        { term: 'CISA', id: 'a:cisa', locator: 's1', acronym: true },
      ],
      ambiguities,
    );
    expect([...terms.keys()]).toEqual(['CISA']);
    expect(ambiguities).toMatchObject([{ surface: 'Secretary', candidates: ['a:x', 'a:y'] }]);
  });
});
