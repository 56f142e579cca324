// exposure(company:) over canned rows of queries/exposure.cypher: one item per provision, tiered,
// with its status, conditions, reach and basis; restrictions abroad dated; the company's capacities;
// none or many companies; nested nodes through one batched lookup.
import { describe, expect, it } from 'vitest';
import { art2, art3, art5, claim, company, exposureNodes, exposureRow, premiseRows, profileRow, version2022 } from '../rows.ts';
import { names, stubApi } from '../stub.ts';

const byIds = (params: Record<string, unknown>) => (params.ids as string[]).flatMap((id) => exposureNodes.filter((n) => n.id === id).map((node) => ({ id, node })));
const canned = () => ({ exposure: [exposureRow], premises: premiseRows, 'nodes-by-id': byIds });

const ITEMS = /* GraphQL */ `
  query E($company: String!, $asOf: Date, $tiers: [ExposureTier!], $categories: [String!]) {
    exposure(company: $company, asOf: $asOf, tiers: $tiers, categories: $categories) {
      company { id name }
      asOf
      unknowns
      items {
        citation statement tier categories status conditions reach
        law { id } version { id } provision { id } norms { id modality }
        sanctions { id }
        basis { rule statement claim { id } premises { id type statement evidence { documentId method url } } }
        evidence { documentId locator quote method }
      }
      restrictions { type status from to statement by { id } provision { id } evidence { documentId locator quote url } }
      upcoming { type from statement evidence { url } }
      proposals { type status from statement by { id } evidence { url } }
      capacities { capacity { id name meets } evidence { url } }
    }
  }
`;

describe('exposure over canned rows', () => {
  it('asks the exposure query once with the company and the date, reading the measures and capacities asked for', async () => {
    const t = stubApi(canned());
    const r = await t.gql(ITEMS, { company: 'Acme', asOf: '2025-06-01' });
    expect(r.body.errors).toBeUndefined();
    expect(t.calls.filter((c) => c.name === 'exposure')).toEqual([
      { name: 'exposure', params: { company: 'Acme', asOf: '2025-06-01', billStatuses: ['proposed', 'introduced', 'passed-house', 'passed-senate'], measures: true, capacities: true, cached: expect.any(Array) } },
    ]);
    expect(r.body.data!.exposure).toMatchObject({ company: { id: 'company:acme', name: 'Acme Drones' }, asOf: '2025-06-01' });
    const itemsOnly = stubApi(canned());
    await itemsOnly.gql('{ exposure(company: "Acme") { items { tier } } }');
    expect(itemsOnly.calls[0]!.params).toMatchObject({ measures: false, capacities: false });
    const byFragment = stubApi(canned());
    await byFragment.gql('{ exposure(company: "Acme") { ...E } } fragment E on Exposure { upcoming { from } }');
    expect(byFragment.calls[0]!.params).toMatchObject({ measures: true, capacities: false });
  });

  it('keeps the items of the tiers and categories asked for', async () => {
    const tiers = (await stubApi(canned()).gql(ITEMS, { company: 'Acme', tiers: ['COMPELS', 'CONTEXT'] })).body.data!.exposure.items;
    expect(tiers.map((i: { provision: { id: string } }) => i.provision.id)).toEqual([art3.provision.id, art5.provision.id]);
    const categories = (await stubApi(canned()).gql(ITEMS, { company: 'Acme', categories: ['report-to-authorities'] })).body.data!.exposure.items;
    expect(categories.map((i: { provision: { id: string } }) => i.provision.id)).toEqual([art2.provision.id]);
  });

  it('pages the items: the first n after a provision, all of them by default, with the total', async () => {
    const t = stubApi(canned());
    const all = (await t.gql('{ exposure(company: "Acme") { totalItems items { provision { id } } } }')).body.data!.exposure;
    expect(all.totalItems).toBe(3);
    expect(all.items).toHaveLength(3);
    const second = (await t.gql(`{ exposure(company: "Acme") { totalItems items(first: 1, after: "${art3.provision.id}") { provision { id } } } }`)).body.data!.exposure;
    expect(second).toEqual({ totalItems: 3, items: [{ provision: { id: art2.provision.id } }] });
    const unknown = await t.gql('{ exposure(company: "Acme") { items(after: "prov:none") { tier } } }');
    expect(unknown.body.errors?.[0]?.message).toMatch(/no item of provision prov:none/);
  });

  it('keeps the items of a version in force at asOf: from its first day, not on the day it ends', async () => {
    const old = { ...claim(art2, 'supervision', ['report-to-authorities']), inForceFrom: '2020-01-01', inForceTo: '2022-07-01' };
    const row = { ...exposureRow, profiles: [profileRow([claim(art3, 'compels', ['hand-over-data']), old])] };
    const at = async (asOf: string) =>
      ((await stubApi({ ...canned(), exposure: [row] }).gql(ITEMS, { company: 'Acme', asOf })).body.data!.exposure.items as { provision: { id: string } }[]).map((i) => i.provision.id);
    expect(await at('2022-06-30')).toEqual([art2.provision.id]);
    expect(await at('2022-07-01')).toEqual([art3.provision.id]);
    expect(await at('2019-12-31')).toEqual([]);
  });

  it('keeps a profile\'s answer parsed: the next request names its digest and the query need not read it again', async () => {
    const first = stubApi(canned());
    await first.gql(ITEMS, { company: 'Acme' });
    const digest = exposureRow.profiles[0]!.digest;
    const again = stubApi({ ...canned(), exposure: [{ ...exposureRow, profiles: [{ ...exposureRow.profiles[0]!, answer: null }] }] });
    const r = await again.gql(ITEMS, { company: 'Acme' });
    expect(again.calls[0]!.params.cached).toContain(digest);
    expect(r.body.data!.exposure.items).toHaveLength(3);
    expect(names(again.calls).filter((n) => n === 'exposure')).toHaveLength(1);
  });

  it('a company headquartered in two places: both profiles\' items in one order, each with the company\'s own premises', async () => {
    const second = profileRow([{ ...claim(art2, 'supervision', ['report-to-authorities']), rank: 100 }], { $hq: 'company:acme|HEADQUARTERED_IN|jur:hk' });
    const row = { ...exposureRow, profiles: [profileRow([claim(art3, 'compels', ['hand-over-data']), { ...claim(art5, 'context', ['other']), rank: 200 }]), second] };
    const t = stubApi({ ...canned(), exposure: [row] });
    const items = (await t.gql('{ exposure(company: "Acme") { items { provision { id } basis { claim { id } } } } }')).body.data!.exposure.items;
    expect(items.map((i: { provision: { id: string } }) => i.provision.id)).toEqual([art3.provision.id, art2.provision.id, art5.provision.id]);
    expect(items[1].basis.claim.id).toBe(`claim:exposure:company:acme:${art2.provision.id}`);
  });

  it('one item per provision, in the order the query gives, with tier, status and categories', async () => {
    const items = (await stubApi(canned()).gql(ITEMS, { company: 'Acme' })).body.data!.exposure.items;
    expect(items.map((i: { tier: string; status: string }) => `${i.tier}/${i.status}`)).toEqual(['COMPELS/APPLIES', 'SUPERVISION/APPLIES', 'CONTEXT/CONDITIONAL']);
    expect(items[0]).toMatchObject({
      citation: 'Test Law art. 3 (第三条)',
      categories: ['hand-over-data'],
      reach: ['tester, through its capacity runs tests'],
      law: { id: 'law:cn:test-law' },
      version: { id: version2022.id },
      provision: { id: art3.provision.id },
      norms: [{ id: art3.norm.id, modality: 'POWER' }],
      basis: { rule: 'exposure', claim: { id: `claim:exposure:company:acme:${art3.provision.id}` } },
      evidence: [{ documentId: 'cn-test-law-2022', locator: 'art_3', quote: art3.norm.quote, method: 'pattern:modality' }],
    });
  });

  it('a conditional item says its condition, and the answer lists it among the unknowns', async () => {
    const e = (await stubApi(canned()).gql(ITEMS, { company: 'Acme' })).body.data!.exposure;
    expect(e.items[2].conditions).toEqual(['applies if the company is designated a test operator (designations are not published)']);
    expect(e.unknowns).toEqual(e.items[2].conditions);
  });

  it('premises read as sentences with their own evidence; nested nodes in one batched lookup', async () => {
    const t = stubApi(canned());
    const items = (await t.gql(ITEMS, { company: 'Acme' })).body.data!.exposure.items;
    expect(items[0].basis.premises[0]).toMatchObject({ id: 'company:acme|HEADQUARTERED_IN|jur:cn', statement: 'Acme Drones is headquartered in China', evidence: [{ documentId: 'catalog', method: 'catalog', url: 'https://example.org/acme' }] });
    const calls = names(t.calls);
    expect(calls.filter((n) => n === 'premises')).toHaveLength(1);
    expect(calls.filter((n) => n === 'nodes-by-id').length).toBeLessThanOrEqual(2);
  });

  it('premises that could not be read are null with an error at their path, never an empty list; the rest of the answer stays', async () => {
    const r = await stubApi({ ...canned(), premises: new Error('read timed out') }).gql(ITEMS, { company: 'Acme' });
    const items = r.body.data!.exposure.items;
    expect(items[0].basis.premises).toBeNull();
    expect(items[0].statement).toEqual(expect.any(String));
    expect(items[0].norms.length).toBeGreaterThan(0);
    expect(r.body.errors?.length).toBeGreaterThan(0);
    expect(r.body.errors?.every((e) => e.path?.at(-1) === 'premises')).toBe(true);
  });

  it('restrictions abroad with their dates and source (statute text with its provision), bills apart; capacities with their sources', async () => {
    const e = (await stubApi(canned()).gql(ITEMS, { company: 'Acme' })).body.data!.exposure;
    expect(e.restrictions).toEqual([
      {
        type: 'DESIGNATES', status: 'enacted', from: '2020-12-23', to: null,
        statement: 'Example Restriction Act designates Acme Drones (from 2020-12-23)',
        by: { id: 'law:us:example-restriction-act' }, provision: { id: 'prov:us-example:sec_9' },
        evidence: [{ documentId: 'us-example', locator: 'sec_9', quote: 'The Office shall list equipment made by Acme Drones.', url: null }],
      },
      {
        type: 'RESTRICTS', status: 'enacted', from: '2021-03-12', to: null,
        statement: 'Example Restriction Act restricts Acme Drones (from 2021-03-12)',
        by: { id: 'law:us:example-restriction-act' }, provision: null,
        evidence: [{ documentId: 'catalog', locator: expect.any(String), quote: expect.any(String), url: 'https://example.org/restriction' }],
      },
    ]);
    expect(e.upcoming).toEqual([{ type: 'RESTRICTS', from: '2027-10-01', statement: 'Example Restriction Act restricts Acme Drones (from 2027-10-01)', evidence: [{ url: 'https://example.org/restriction-2027' }] }]);
    expect(e.proposals).toEqual([
      { type: 'PROPOSES', status: 'passed-house', from: '2024-09-09', statement: 'Example Bill would act on Acme Drones: a bill that passed the House on 2024-09-09, not law', by: { id: 'law:us:example-bill' }, evidence: [{ url: 'https://example.org/bill' }] },
    ]);
    expect(e.capacities).toEqual([{ capacity: { id: 'capacity:runs-tests', name: 'Runs tests', meets: ['测试人员'] }, evidence: [{ url: 'https://example.org/acme/tests' }] }]);
  });

  it('as of today unless a date is given', async () => {
    const t = stubApi(canned());
    await t.gql(ITEMS, { company: 'Acme' });
    expect(t.calls[0]!.params.asOf).toBe(new Date().toISOString().slice(0, 10));
  });

  it('no such company: null and NOT_FOUND naming it; several: AMBIGUOUS listing their ids', async () => {
    const none = await stubApi({ exposure: [{ ...exposureRow, candidates: [], companyId: null }] }).gql(ITEMS, { company: 'Nobody' });
    expect(none.body.data).toEqual({ exposure: null });
    expect(none.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(none.body.errors?.[0]?.message).toContain('Nobody');
    const other = { ...company, id: 'company:acme-2', name: 'Acme Two' };
    const many = await stubApi({ exposure: [{ ...exposureRow, candidates: [company, other], companyId: null }] }).gql(ITEMS, { company: 'Acme' });
    expect(many.body.errors?.[0]?.extensions?.code).toBe('AMBIGUOUS');
    expect(JSON.stringify(many.body.errors?.[0]?.extensions)).toContain('company:acme-2');
  });

  it('answers items, their evidence and the ids of their provisions from the stored claims, with no lookup; a fragment asking more looks the provision up', async () => {
    const idsOnly = stubApi(canned());
    const items = (await idsOnly.gql('{ exposure(company: "Acme") { items { provision { id __typename } evidence { locator quote } } } }')).body.data!.exposure.items;
    expect(items[0]).toEqual({ provision: { id: art3.provision.id, __typename: 'Provision' }, evidence: [{ locator: 'art_3', quote: art3.norm.quote }] });
    expect(names(idsOnly.calls)).toEqual(['exposure']);
    const more = stubApi(canned());
    const r = await more.gql('{ exposure(company: "Acme") { items { provision { id ...P } } } } fragment P on Provision { number }');
    expect(r.body.data!.exposure.items[0].provision).toEqual({ id: art3.provision.id, number: art3.provision.number });
    expect(names(more.calls)).toEqual(['exposure', 'nodes-by-id']);
  });

  it('keeps the claims of a provision together with its sanctions', async () => {
    const withSanction = { ...exposureRow, profiles: [profileRow([{ ...claim(art2, 'supervision', ['report-to-authorities']), sanctions: [art3.provision.id] }])] };
    const items = (await stubApi({ ...canned(), exposure: [withSanction] }).gql(ITEMS, { company: 'Acme' })).body.data!.exposure.items;
    expect(items[0].provision.id).toBe(art2.provision.id);
    expect(items[0].sanctions).toEqual([{ id: art3.provision.id }]);
  });
});
