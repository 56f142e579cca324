// Whom a duty is owed to and who holds a power, read by grammar (issue 12): Member States as the state
// parties that receive information and hold powers over parties; consulting someone owes them nothing.
// The sentences are the team's own, not corpus text.
import { describe, expect, it } from 'vitest';
import type { NormFinding } from '../../../ingest/norms/extract.ts';
import { authorityTerms, readArticle } from './read.ts';

const en = (text: string): NormFinding[] => readArticle(text, 'en', 'eu');

describe('Member States', () => {
  it('informing the Commission and the other Member States is owed to both', () => {
    const [f] = en('The inspection authority shall inform the Commission and the other Member States of the measures it has taken.');
    expect(authorityTerms(f, 'OWED_TO')).toEqual(['the Commission', 'Member States']);
  });
  it('a Member State power over parties empowers it; its discretion over its own institutions only binds it', () => {
    const [power] = en('Each Member State may impose periodic penalty payments on the providers concerned.');
    expect(authorityTerms(power, 'EMPOWERS')).toEqual(['Each Member State']);
    const [discretion] = en('Member States may entrust the tasks of the registry to an existing body.');
    expect(authorityTerms(discretion, 'EMPOWERS')).toEqual([]);
    expect(authorityTerms(discretion, 'BOUND')).toEqual(['Member States']);
  });
});

describe('consulting', () => {
  it('shall consult X names whom the bearer asks, not an authority the duty is owed to', () => {
    const [f] = en('The Commission shall consult the Data Board and the manufacturers concerned before adopting the measure.');
    expect(authorityTerms(f, 'OWED_TO')).toEqual([]);
  });
  it('shall inform X is still owed to X', () => {
    const [f] = en('The Commission shall inform the Data Board of the measure.');
    expect(authorityTerms(f, 'OWED_TO')).toEqual(['Data Board']);
  });
});
