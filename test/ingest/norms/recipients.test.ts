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

const zh = (text: string): NormFinding[] => readArticle(text, 'zh', 'cn');

describe('组织 as a verb', () => {
  it('组织开展… after a modal clause is its coordinated predicate, not a new subject 组织', () => {
    const fs = zh('市级监管机构应当建立联络机制，组织开展监测工作，对重大情况，应当及时向上级监管机构报告。');
    expect(fs.map((f) => f.bearer?.term)).toEqual(['市级监管机构']);
    expect(authorityTerms(fs[0], 'OWED_TO')).toEqual(['上级监管机构']);
  });
  it('有关组织开展… keeps its noun subject', () => {
    const [f] = zh('有关组织开展培训活动，应当向所在地主管部门备案。');
    expect(f?.bearer?.term).toBe('有关组织');
  });
});
