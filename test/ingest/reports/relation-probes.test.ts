// helper-254's probes of the relation reader's precision (relation-probes.data.ts): each trap and its close variant is read
// as the data says, the relations it states or, where the reader falls short, exactly what it reads today; a probe whose
// reading changes either way fails until the data is brought up to date. The set's precision and recall are printed in
// docs/recognition-evaluation-first-sight.md ("Probes of false relations").
import { describe, expect, it } from 'vitest';
import { PROBES, type Probe } from './relation-probes.data.ts';
import { expectMatrixRow } from './helpers.ts';
import { probeScores, statedIn } from './relation-probe-kit.ts';

describe.each([...new Set(PROBES.map((p) => p.cause))])('%s', (cause) => {
  it.each(PROBES.filter((p) => p.cause === cause).map((p) => [p.trap ? 'trap' : 'stated', p.text, p] as const))('%s: %s', (_k, _t, probe: Probe) => {
    expectMatrixRow(statedIn(probe), probe);
  });
});

describe('the probe set', () => {
  // helper-254's figures (docs/recognition-evaluation-first-sight.md): 160/177 precision, 160/173 recall with the
  // unpassed-direction guard; 160/179 at main 06eeae2; 158/199 and 158/173 at 7a3c74a.
  it('is read with no fewer right relations and no more false ones than recorded', () => {
    const { right, read, wanted } = probeScores(PROBES);
    expect(right, `right ${right}, read ${read}, wanted ${wanted}`).toBeGreaterThanOrEqual(160);
    expect(read - right, `right ${right}, read ${read}, wanted ${wanted}`).toBeLessThanOrEqual(17);
    expect(wanted).toBe(173);
  });

  it('pairs each trap with a close variant that states a relation, in every genre', () => {
    expect(PROBES.filter((p) => p.trap).length).toBeGreaterThanOrEqual(100);
    expect(PROBES.filter((p) => p.trap).length).toBe(PROBES.filter((p) => !p.trap).length);
    for (let i = 0; i < PROBES.length; i += 2) {
      expect([PROBES[i]?.trap, PROBES[i + 1]?.trap]).toEqual([true, false]);
      expect(PROBES[i + 1]?.want.length, PROBES[i + 1]?.text).toBeGreaterThan(0);
    }
    expect(new Set(PROBES.map((p) => p.genre)).size).toBe(8);
  });
});
