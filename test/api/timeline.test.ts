// timeline on the real corpus: events read from law versions, each quoting its date line.
import { describe, expect, it } from 'vitest';
import { type Any, useApi } from './client.ts';

const t = useApi();

describe('timeline', () => {
  it('cn: the Counter-Espionage Law revised on 2023-04-26, in force 2023-07-01, each quoting its date line', async () => {
    const r = await t.gql('{ timeline(jurisdiction: "cn", from: "2023-01-01", to: "2023-12-31") { date kind law { id } version { id } evidence { quote } } }');
    const events = r.body.data!.timeline as Any[];
    const cel = events.filter((e) => e.law.id === 'law:cn:counter-espionage-law');
    expect(cel.map((e) => [e.date, e.kind])).toEqual([['2023-04-26', 'REVISED'], ['2023-07-01', 'IN_FORCE']]);
    for (const e of cel) {
      expect(e.version.id).toBe('lawv:cn-counter-espionage-law-2023');
      expect(e.evidence[0].quote).toMatch(/2023年/);
    }
    const all = await t.gql('{ timeline(jurisdiction: "cn") { date } }');
    const dates = (all.body.data!.timeline as Any[]).map((e) => e.date);
    expect(dates).toEqual([...dates].sort());
    expect(dates.length).toBeGreaterThan(20);
  });
});
