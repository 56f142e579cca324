// timeline over canned rows of queries/timeline.cypher (law versions with their law): events read
// from each version's dates (api/timeline.ts), each quoting the header line that states it.
import { describe, expect, it } from 'vitest';
import { law, node, version2020, version2022 } from './rows.ts';
import { stubApi } from './stub.ts';

const Q = 'query T($from: Date, $to: Date, $j: String) { timeline(jurisdiction: $j, from: $from, to: $to) { date kind law { id } version { id } evidence { documentId locator quote method } } }';
const rows = [{ law, version: version2020 }, { law, version: version2022 }];
const header = (documentId: string, quote: string, locator = 'header') => [{ documentId, locator, quote, method: 'structure' }];

describe('timeline over canned rows', () => {
  it('reads adoption, amendment (修正), revision (修订) and entry into force, each kept once, by date', async () => {
    const t = stubApi({ timeline: rows });
    const r = await t.gql(Q);
    expect(r.body.errors).toBeUndefined();
    expect(r.body.data!.timeline).toEqual([
      // Both versions' headers list the adoption; it is kept on the version whose own date it is.
      { date: '2020-01-01', kind: 'ADOPTED', law: { id: law.id }, version: { id: version2020.id }, evidence: header('cn-test-law-2020', '2020年1月1日 第一次测试会议通过') },
      { date: '2020-03-01', kind: 'IN_FORCE', law: { id: law.id }, version: { id: version2020.id }, evidence: header('cn-test-law-2020', '本法自2020年3月1日起施行', 'commencement') },
      { date: '2021-03-04', kind: 'AMENDED', law: { id: law.id }, version: { id: version2022.id }, evidence: header('cn-test-law-2022', '2021年3月4日 第二次测试会议《关于修改测试法的决定》修正') },
      { date: '2022-05-06', kind: 'REVISED', law: { id: law.id }, version: { id: version2022.id }, evidence: header('cn-test-law-2022', '（2022年5月6日 第三次测试会议修订）') },
      { date: '2022-07-01', kind: 'IN_FORCE', law: { id: law.id }, version: { id: version2022.id }, evidence: header('cn-test-law-2022', '本法自2022年7月1日起施行', 'commencement') },
    ]);
  });

  it('keeps the events between from and to, both inclusive', async () => {
    const t = stubApi({ timeline: rows });
    const r = await t.gql(Q, { from: '2020-03-01', to: '2022-05-06' });
    expect(r.body.data!.timeline.map((e: { date: string; kind: string }) => `${e.date} ${e.kind}`)).toEqual(['2020-03-01 IN_FORCE', '2021-03-04 AMENDED', '2022-05-06 REVISED']);
  });

  it('an event the header states no line for has no evidence', async () => {
    const bare = node('LawVersion', 'lawv:test-bare', { title: 'Bare', documentId: 'test-bare', adopted: '2019-05-05', date: '2019-05-05', dateLines: [] });
    const t = stubApi({ timeline: [{ law, version: bare }] });
    const r = await t.gql(Q);
    expect(r.body.data!.timeline).toEqual([{ date: '2019-05-05', kind: 'ADOPTED', law: { id: law.id }, version: { id: 'lawv:test-bare' }, evidence: [] }]);
  });

  it('passes the jurisdiction as a bare lower-case code, or null for all', async () => {
    const t = stubApi({ timeline: [] });
    await t.gql(Q, { j: 'jur:CN' });
    await t.gql(Q);
    expect(t.calls.map((c) => c.params)).toEqual([{ jurisdiction: 'cn' }, { jurisdiction: null }]);
  });
});
