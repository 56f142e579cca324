// exposure(company:) on the real corpus: the provisions that could compel DJI, each with a
// verbatim quote of the statute and the premises of its claim, in the promised order.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCorpus } from '../corpus.ts';
import { startApi, type TestApi } from './client.ts';

let t: TestApi;
beforeAll(async () => {
  t = await startApi();
});
afterAll(async () => {
  await t.close();
});

const EXPOSURE = /* GraphQL */ `
  query Exposure($company: String!, $asOf: Date) {
    exposure(company: $company, asOf: $asOf) {
      company { id name }
      asOf
      items {
        kind
        statement
        law { id name }
        version { id inForceFrom inForceTo }
        provision { id documentId number locator text }
        norm { modality action actionLabel bearers { __typename ... on ActorClass { id } ... on Authority { id } } authorities { id } }
        restrictedBy { id displayName }
        basis { rule statement premises { id type statement evidence { documentId locator quote method url } } }
        evidence { documentId locator quote method url }
      }
    }
  }
`;

/** The article as printed in the corpus file: from its heading line to the next article's. */
function articleInCorpus(file: string, number: string): string {
  const text = readCorpus(file);
  const start = text.search(new RegExp(`^${number}[\\s　]`, 'm'));
  expect(start, `${number} in ${file}`).toBeGreaterThanOrEqual(0);
  const rest = text.slice(start + number.length);
  const next = rest.search(/^第[一二三四五六七八九十百零]+条[\s　]/m);
  return next < 0 ? rest : rest.slice(0, next);
}

const EXPECTED = [
  { provision: 'prov:cn-national-intelligence-law:art_7', file: 'statutes/cn/national-intelligence-law-2018.zh.md', number: '第七条' },
  { provision: 'prov:cn-counter-espionage-law-2023:art_8', file: 'statutes/cn/counter-espionage-law-2023.zh.md', number: '第八条' },
  { provision: 'prov:cn-data-security-law:art_35', file: 'statutes/cn/data-security-law-2021.zh.md', number: '第三十五条' },
];

// biome-ignore lint/suspicious/noExplicitAny: answers are checked by assertions, not by types
type Item = Record<string, any>;

describe('exposure', () => {
  it('lists NIL art 7, CEL (2023) art 8 and DSL art 35 for DJI, each quoted verbatim with premises', async () => {
    const r = await t.gql(EXPOSURE, { company: 'DJI', asOf: '2025-06-01' });
    expect(r.body.errors).toBeUndefined();
    const exposure = r.body.data!.exposure;
    expect(exposure.company.id).toBe('company:dji');
    const items: Item[] = exposure.items;
    for (const want of EXPECTED) {
      const item = items.find((i) => i.provision?.id === want.provision);
      expect(item, `${want.provision} in DJI's exposure`).toBeDefined();
      const corpusText = articleInCorpus(want.file, want.number);
      expect(item!.evidence.length).toBeGreaterThan(0);
      for (const e of item!.evidence) {
        expect(e.quote.length).toBeGreaterThan(10);
        expect(item!.provision.text).toContain(e.quote);
        expect(corpusText).toContain(e.quote);
      }
      expect(['DUTY', 'DUTY_TO_STATE', 'POWER']).toContain(item!.kind);
      expect(item!.basis.premises.length).toBeGreaterThanOrEqual(4);
      const types = item!.basis.premises.map((p: Item) => p.type);
      expect(types).toEqual(expect.arrayContaining(['HEADQUARTERED_IN', 'APPLIES_IN', 'HAS_PROVISION', 'EXPRESSES']));
      for (const p of item!.basis.premises) expect(p.evidence.length, p.id).toBeGreaterThan(0);
      // The headquarters premise cites a public source; the norm premises quote the statute.
      const hq = item!.basis.premises.find((p: Item) => p.type === 'HEADQUARTERED_IN');
      expect(hq.evidence[0].url).toMatch(/^https?:\/\//);
    }
  });

  it('orders powers, duties owed to the state, other duties and prohibitions, then restrictions abroad', async () => {
    const r = await t.gql(EXPOSURE, { company: 'company:dji' });
    const rank: Record<string, number> = { POWER: 0, DUTY_TO_STATE: 1, DUTY: 2, PROHIBITION: 2, RESTRICTION: 3 };
    const kinds = (r.body.data!.exposure.items as Item[]).map((i) => rank[i.kind]!);
    expect(kinds).toEqual([...kinds].sort((a, b) => a - b));
    expect(kinds[0]).toBe(0);
    const nil14 = (r.body.data!.exposure.items as Item[]).find((i) => i.provision?.id === 'prov:cn-national-intelligence-law:art_14');
    expect(nil14?.kind).toBe('POWER');
    expect(nil14?.norm.authorities.length).toBeGreaterThan(0);
  });

  it('includes restrictions abroad with their source', async () => {
    const r = await t.gql(EXPOSURE, { company: '大疆' });
    const restrictions = (r.body.data!.exposure.items as Item[]).filter((i) => i.kind === 'RESTRICTION');
    const act = restrictions.find((i) => i.restrictedBy.id === 'law:us:countering-ccp-drones-act');
    expect(act).toBeDefined();
    expect(act!.evidence.some((e: Item) => e.url || e.quote)).toBe(true);
  });

  it('takes the version in force at asOf', async () => {
    const before = await t.gql(EXPOSURE, { company: 'DJI', asOf: '2020-01-01' });
    const ids = (before.body.data!.exposure.items as Item[]).map((i) => i.provision?.id).filter(Boolean);
    expect(ids.some((id) => id.startsWith('prov:cn-counter-espionage-law-2014:'))).toBe(true);
    expect(ids.some((id) => id.startsWith('prov:cn-counter-espionage-law-2023:'))).toBe(false);
    for (const i of before.body.data!.exposure.items as Item[]) {
      if (!i.version) continue;
      expect(i.version.inForceFrom <= '2020-01-01').toBe(true);
      if (i.version.inForceTo) expect('2020-01-01' < i.version.inForceTo).toBe(true);
    }
  });

  it('answers in two round trips however many items and premises (items, then all premises at once)', async () => {
    const r = await t.gql(EXPOSURE, { company: 'DJI' });
    expect(r.body.data!.exposure.items.length).toBeGreaterThan(5);
    expect(r.roundTrips).toBe(2);
  });

  it('names an unknown company and refuses a malformed date', async () => {
    const r = await t.gql(EXPOSURE, { company: 'No Such Company Ltd' });
    expect(r.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const bad = await t.gql(EXPOSURE, { company: 'DJI', asOf: '2023-02-30' });
    expect(bad.body.errors?.[0]?.message).toMatch(/yyyy-mm-dd/);
    expect(bad.roundTrips).toBe(0);
  });
});
