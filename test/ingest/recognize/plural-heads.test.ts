// A plural head of bodies or of their heads' titles before coordinated domains names one body per domain. Own sentences.
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../ingest/catalog/index.ts';
import { Matcher } from '../../../ingest/recognize/matcher.ts';
import { findPluralHeads } from '../../../ingest/recognize/plural-heads.ts';
import { recogniseMarkdown } from './helpers.ts';
import { surfaceIdsOf } from '../one-sentence.ts';

const names = (t: string): string[] => findPluralHeads(t).map((f) => `${f.surface}=${f.name}`);

describe('a plural head before coordinated domains', () => {
  it('names a department per domain, with or without a comma before the last', () => {
    expect(names('The Secretaries of State, the Treasury, Defense, Commerce, and Homeland Security shall consult.')).toEqual([
      'State=Department of State',
      'the Treasury=Department of the Treasury',
      'Defense=Department of Defense',
      'Commerce=Department of Commerce',
      'Homeland Security=Department of Homeland Security',
    ]);
    expect(names('It is composed of the Departments of Commerce (Chair), State, Defense and Energy.')).toEqual([
      'Commerce=Department of Commerce',
      'State=Department of State',
      'Defense=Department of Defense',
      'Energy=Department of Energy',
    ]);
    expect(names('the Ministers of Trade and Transport')).toEqual(['Trade=Ministry of Trade', 'Transport=Ministry of Transport']);
  });
  it('keeps a domain\'s own "and" where commas split the list, and stops at words in lower case', () => {
    expect(names('the Secretaries of Health and Human Services, Labor, and Education')).toEqual([
      'Health and Human Services=Department of Health and Human Services',
      'Labor=Department of Labor',
      'Education=Department of Education',
    ]);
    expect(names('the Departments of Commerce, State and, where appropriate, the Treasury')).toEqual(['Commerce=Department of Commerce', 'State=Department of State']);
    // One domain is no list: the singular grammar reads "the Department of State".
    expect(names('the Departments of State officials')).toEqual([]);
  });
  it('resolves each body as its singular name would, to the catalog where it knows it', () => {
    const matcher = Matcher.fromCatalog(loadCatalog().entries);
    const found = surfaceIdsOf(recogniseMarkdown('The Secretaries of Commerce and Homeland Security shall consult.', matcher));
    expect(found).toEqual(['Commerce=authority:us-commerce', 'Homeland Security=authority:dhs']);
  });
});
