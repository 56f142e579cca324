// A document with no jurisdiction of its own is read as the one whose catalog bodies and acts it names most: its bare
// "the Commission" is that jurisdiction's. Own sentences.
import { describe, expect, it } from 'vitest';
import { matcher, recogniseMarkdown } from './helpers.ts';

const commission = (md: string, jurisdiction?: string): string[] =>
  recogniseMarkdown(md, matcher, { jurisdiction }).sentences.flatMap((s) => s.mentions.filter((m) => m.surface === 'Commission').map((m) => m.id));

describe('a document read in the jurisdiction it names', () => {
  const eu = 'The Commission welcomes the agreement on harbour cranes. ENISA will run the reporting platform, and the European Union Agency for Cybersecurity will publish guidance.';
  it('reads "the Commission" of a text naming EU bodies as the European Commission', () => {
    expect(commission(eu)).toEqual(['authority:european-commission']);
    expect(commission(eu, 'intl')).toEqual(['authority:european-commission']);
  });
  it('reads it as a US text\'s commission where the text names US bodies', () => {
    expect(commission('The Commission banned new approvals of harbour cranes. The Department of Commerce and the Bureau of Industry and Security agreed.')).toEqual(['authority:fcc']);
  });
  it('leaves it unread where no jurisdiction leads, and keeps a declared one', () => {
    expect(commission('The Commission spoke. ENISA and the Department of Commerce agreed.')).toEqual([]);
    expect(commission(eu, 'us')).not.toEqual(['authority:european-commission']);
  });
});
