// A bare head a document's named bodies share ("the Commission" in a text that names the Federal Communications
// Commission and the European Commission) is the one its paragraph named last before it (helper-263, issue 15; dev69's
// essay): recognize/index.ts latestNamed. Ambiguous still where none precedes it, or where the nearest sentence naming
// one names two, or where its own sentence names another (relations-ambiguous-body.test.ts). Own sentences, real public bodies.
import { describe, expect, it } from 'vitest';
import { analyseMarkdown } from '../reports/helpers.ts';

const FCC = 'authority:fcc';

function commission(markdown: string): { ids: string[]; ambiguous: number } {
  const { rec } = analyseMarkdown(markdown);
  const ids = rec.sentences.flatMap((s) => s.mentions.filter((m) => /^Commission$/.test(m.surface)).map((m) => m.id));
  return { ids, ambiguous: rec.ambiguities.filter((a) => /Commission/.test(a.surface)).length };
}

describe('a bare head two named bodies share', () => {
  it('is the body its paragraph named last before it', () => {
    const eu = '# Drones\n\nThe Federal Communications Commission added DJI to the Covered List in 2022. The European Commission has taken no such step. In 2024 the Commission opened a consultation on drones instead.\n';
    const r = commission(eu);
    expect(r.ids).toHaveLength(1);
    expect(r.ids[0]).not.toBe(FCC);
    expect(r.ids[0]).toMatch(/commission/);
    expect(r.ambiguous).toBe(0);
    const us = '# Drones\n\nThe European Commission has taken no such step. The Federal Communications Commission added DJI to the Covered List in 2022, and in 2024 the Commission banned new models.\n';
    expect(commission(us)).toEqual({ ids: [FCC], ambiguous: 0 });
  });
  it('stays ambiguous where none precedes it, or where the nearest sentence names two', () => {
    const none = '# Drones\n\nThe Commission acted first.\n\n# Elsewhere\n\nThe Federal Communications Commission and the European Commission differ.\n';
    expect(commission(none).ambiguous).toBe(1);
    const two = '# Drones\n\nThe Federal Communications Commission and the European Commission differ. The Commission acted first.\n';
    expect(commission(two).ambiguous).toBe(1);
  });
});
