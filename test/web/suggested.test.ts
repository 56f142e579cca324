// The entity page's suggested links (web/pages/entity.ts suggestedLinks): apart from the relations, collapsed, each
// with the model's probability and the sentence it read, escaped; nothing at all where there is no suggestion.
import { describe, expect, it } from 'vitest';
import { type Suggested, suggestedLinks } from '../../web/pages/entity.ts';

const one: Suggested = {
  predicate: 'RESTRICTS',
  confidence: 0.4217,
  direction: 'INCOMING',
  node: { __typename: 'Authority', id: 'authority:~norland-trade-council', displayName: 'Norland Trade Council' },
  quote: 'The Council has restrictions in place that reach <Harrow>.',
  locator: 'sec_1.p_2.s_1',
  documentId: 'report-x',
};

describe('suggested links on an entity page', () => {
  it('are a collapsed section saying they are a machine reading, unchecked, with probability, quote and source', () => {
    const out = suggestedLinks([one]).toString();
    expect(out).toMatch(/^<details class="suggested"><summary>Suggested links \(machine reading, unchecked\) \(1\)<\/summary>/);
    expect(out).not.toContain('<details open');
    expect(out).toContain('suggested: ← restricts');
    expect(out).toContain('/entity/authority:~norland-trade-council');
    expect(out).toContain('(model probability 0.42)');
    expect(out).toContain('reach &lt;Harrow&gt;.');
    expect(out).toContain('report-x sec_1.p_2.s_1');
  });

  it('are nothing where the entity has none', () => {
    expect(suggestedLinks([]).toString()).toBe('');
  });
});
