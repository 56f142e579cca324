// The exposure derivation (graph/exposure/derive.ts) on small made-up inputs: membership through a
// sourced capacity and the statute's definitions, classes every organisation is in, conditional
// classes, tiers by whom access runs to, one item per provision, sanctions shown with their duty.
import { describe, expect, it } from 'vitest';
import { authorityName, bearerName, citationOf, deriveExposure, deriveProfiles, type ExposureInputs, memberships, type NormInput, verbPhrase } from '../../../graph/exposure/derive.ts';
import { defaultVocabulary } from '../../../ingest/vocab/index.ts';

const vocab = defaultVocabulary();
const law = { jurisdiction: 'jur:cn', appliesIn: 'v|APPLIES_IN|jur:cn', lawId: 'law:cn:test', lawName: 'Test Law', versionId: 'lawv:test', inForceFrom: '2020-01-01', inForceTo: null, versionStatus: 'in_force' };
let seq = 0;
function norm(locator: string, modality: NormInput['modality'], actions: string[], more: Partial<NormInput> = {}): NormInput {
  seq++;
  const provisionId = `prov:test:${locator}`;
  return {
    ...law, provisionId, locator, number: `第${locator.slice(4)}条`, order: Number(locator.slice(4)), hasProvision: `v|HAS_PROVISION|${provisionId}`,
    normId: `norm:test:${locator}:${seq}`, modality, actions, expresses: `${provisionId}|EXPRESSES|n${seq}`,
    binds: [], requires: [], empowers: [], owedTo: [], sanctionedBy: [], ...more,
  };
}
const bind = (id: string) => [{ id, rel: `n|BINDS|${id}` }];

const inputs = (norms: NormInput[]): ExposureInputs => ({
  companies: [{ id: 'company:acme', name: 'Acme', hq: [{ jurisdiction: 'jur:cn', rel: 'company:acme|HEADQUARTERED_IN|jur:cn' }], capacities: [{ id: 'capacity:operates-online-services', meets: ['网络服务提供者'], rel: 'company:acme|HAS_CAPACITY|capacity:operates-online-services' }] }],
  classes: [
    { id: 'actor:any', name: 'Any organisation or individual', aliases: [], covers: true, supers: [] },
    { id: 'actor:zh:网络服务提供者', name: '网络服务提供者', nameZh: '网络服务提供者', aliases: [], covers: false, supers: [{ id: 'actor:network-operator', rel: 'actor:zh:网络服务提供者|SUBCLASS_OF|actor:network-operator' }] },
    { id: 'actor:network-operator', name: 'Network operator', nameZh: '网络运营者', aliases: ['网络运营者'], covers: false, supers: [] },
    { id: 'actor:cii-operator', name: 'CII operator', aliases: [], covers: false, condition: 'is designated a CII operator (not published)', supers: [{ id: 'actor:network-operator', rel: 'x' }] },
    { id: 'actor:telecom', name: 'Telecom operator', aliases: [], covers: false, supers: [] },
  ],
  norms,
});

describe('memberships', () => {
  it('a capacity meets a statutory term; the definition places that class under a broader one, each step a premise', () => {
    const i = inputs([]);
    const m = memberships(i.companies[0]!, new Map(i.classes.map((c) => [c.id, c])));
    expect([...m.keys()]).toEqual(['actor:zh:网络服务提供者', 'actor:network-operator']);
    expect(m.get('actor:network-operator')?.premises).toEqual(['company:acme|HAS_CAPACITY|capacity:operates-online-services', 'actor:zh:网络服务提供者|SUBCLASS_OF|actor:network-operator']);
  });
});

describe('deriveExposure', () => {
  const security = [{ id: 'authority:state-security-organs', name: 'State security organs', rel: 'r' }];
  const regulator = [{ id: 'authority:cac', name: 'Cyberspace Administration of China', rel: 'r' }];
  const claims = deriveExposure(inputs([
    norm('art_7', 'DUTY', ['support-intelligence-work'], { binds: bind('actor:any'), owedTo: security }),
    norm('art_30', 'DUTY', ['provide-technical-support'], { binds: bind('actor:network-operator'), owedTo: security }),
    norm('art_30', 'PROHIBITION', ['keep-secrets'], { binds: bind('actor:network-operator') }),
    norm('art_51', 'DUTY', ['cooperate-with-investigation'], { binds: bind('actor:network-operator'), owedTo: regulator, sanctionedBy: [{ id: 'prov:test:art_70', rel: 's' }] }),
    norm('art_40', 'DUTY', ['store-data-in-territory'], { binds: bind('actor:cii-operator') }),
    norm('art_60', 'DUTY', ['verify-user-identity'], { binds: bind('actor:telecom'), sanctionedBy: [{ id: 'prov:test:art_71', rel: 's2' }] }),
    norm('art_70', 'POWER', ['order-remediation'], { sanction: '责令改正', empowers: regulator }),
    norm('art_71', 'POWER', ['order-remediation'], { sanction: '罚款', empowers: regulator }),
  ]), vocab);
  const byLoc = (loc: string) => claims.find((c) => c.provisionId === `prov:test:${loc}`);

  it('one item per provision reached; a class the company is not known to be in is not listed, nor the sanction of its duties', () => {
    expect(claims.map((c) => c.provisionId.split(':').at(-1))).toEqual(['art_30', 'art_7', 'art_51', 'art_70', 'art_40']);
    expect(byLoc('art_30')?.normIds).toHaveLength(2);
  });

  it('a penalty provision is an item of its own, in the tier of the duty it sanctions, resting on the same premises and the link', () => {
    const penalty = byLoc('art_70');
    expect(penalty).toMatchObject({ tier: 'supervision', categories: ['sanctions-for-refusing'], status: 'applies' });
    expect(penalty?.premises).toEqual(expect.arrayContaining([...(byLoc('art_51')?.premises ?? []), 's']));
    expect(penalty?.statement).toMatch(/^Test Law art\. 70 \(第70条\): penalises .* that refuses or breaches Test Law art\. 51 \(第51条\)/);
  });

  it('compels toward security organs, supervision toward a regulator, context for localisation', () => {
    expect([byLoc('art_7')?.tier, byLoc('art_30')?.tier, byLoc('art_51')?.tier, byLoc('art_40')?.tier]).toEqual(['compels', 'compels', 'supervision', 'context']);
    expect(byLoc('art_30')?.categories).toEqual(['hand-over-data', 'keep-secrets']);
  });

  it('membership through a capacity is stated with its premises; a conditional class says its condition', () => {
    const op = byLoc('art_30');
    expect(op?.status).toBe('applies');
    expect(op?.reach[0]).toBe("Network operator: its sourced capacity (operates online services) meets the statutory term 网络服务提供者, which the statute's definition counts as Network operator");
    expect(op?.premises).toContain('company:acme|HAS_CAPACITY|capacity:operates-online-services');
    const cii = byLoc('art_40');
    expect(cii?.status).toBe('conditional');
    expect(cii?.conditions).toEqual(['applies if the company is designated a CII operator (not published)']);
  });

  it('shows the sanction of a duty with it, in English with the article as printed', () => {
    expect(byLoc('art_51')?.sanctions).toEqual(['prov:test:art_70']);
    expect(byLoc('art_30')?.statement).toMatch(/^Test Law art\. 30 \(第30条\): Network operator must provide technical support/);
    expect(citationOf({ lawName: 'GDPR', locator: 'art_32', number: '32' })).toBe('GDPR Article 32');
  });

  it("an organ's duty that acts on a class (应当…对网络数据处理者进行监督检查) reaches it as supervision, as a power does", () => {
    const [claim, ...rest] = deriveExposure(inputs([
      norm('art_48', 'DUTY', ['conduct-risk-assessment'], { binds: bind('authority:cac'), empowers: regulator, requires: [{ id: 'actor:network-operator', rel: 'n|REQUIRES|op' }] }),
      // Bound with no one to act on: the organ's own office, reaching no company.
      norm('art_49', 'DUTY', ['conduct-risk-assessment'], { binds: bind('authority:cac'), empowers: regulator }),
    ]), vocab);
    expect(rest).toEqual([]);
    expect(claim).toMatchObject({ provisionId: 'prov:test:art_48', tier: 'supervision', categories: ['submit-to-inspection'], status: 'applies' });
    expect(claim?.premises).toContain('n|REQUIRES|op');
    expect(claim?.statement).toMatch(/Cyberspace Administration of China must assess security risks, reaching network operator/);
  });
});

describe('statements', () => {
  it('a restraint action reads "must not install", never "must not do not install"; a power over it keeps the rule as said', () => {
    expect(verbPhrase('PROHIBITION', 'Do not install malicious programs')).toBe('must not install malicious programs');
    expect(verbPhrase('DUTY', 'Do not install malicious programs')).toBe('must not install malicious programs');
    expect(verbPhrase('POWER', 'Do not install malicious programs')).toBe('may act as the provision says (do not install malicious programs)');
    expect(verbPhrase('DUTY', 'Report to the authorities')).toBe('must report to the authorities');
    expect(verbPhrase('PERMISSION', undefined)).toBe('may act as the provision says');
  });

  it("an action no vocabulary entry names is said in the provision's own words, quoted; a named one keeps its label", () => {
    expect(verbPhrase('DUTY', undefined, '及时启动应急预案')).toBe('must 「及时启动应急预案」');
    expect(verbPhrase('PERMISSION', undefined, 'lodge a complaint')).toBe('may "lodge a complaint"');
    expect(verbPhrase('DUTY', 'Report to the authorities', '按照规定报告')).toBe('must report to the authorities');
    expect(verbPhrase('DUTY', undefined, null)).toBe('must act as the provision says');
  });

  it("an authority in the statute's own words reads with what a definition counts it among, when the graph has it", () => {
    expect(authorityName({ id: 'authority:zh:公安机关情报机构', name: '公安机关情报机构', kinds: ['National intelligence agencies'] })).toBe('公安机关情报机构 (one of the national intelligence agencies)');
    // One organ's proper name is no class to be one of.
    expect(authorityName({ id: 'authority:zh:某局', name: '某局', kinds: ['Cyberspace Administration of China'] })).toBe('某局');
    expect(authorityName({ id: 'authority:zh:有关军事机关', name: '有关军事机关', kinds: [] })).toBe('有关军事机关');
    expect(authorityName({ id: 'authority:cac', name: 'Cyberspace Administration of China', kinds: ['State organs'] })).toBe('Cyberspace Administration of China');
    const [claim] = deriveExposure(inputs([norm('art_16', 'POWER', ['access-documents-and-data'], {
      requires: [{ id: 'actor:any', rel: 'n|REQUIRES|any' }],
      empowers: [{ id: 'authority:zh:公安机关情报机构', name: '公安机关情报机构', rel: 'r', kinds: ['National intelligence agencies'] }],
    })]), vocab);
    expect(claim?.statement).toMatch(/: 公安机关情报机构 \(one of the national intelligence agencies\) may /);
  });

  it("a class in the statute's own words that takes in any organisation reads so in English, its term beside it", () => {
    expect(bearerName({ name: '任何单位', covers: true })).toBe('Any organisation (任何单位)');
    expect(bearerName({ name: '网络数据处理者', covers: false })).toBe('网络数据处理者');
    expect(bearerName({ name: 'Any organisation or individual', covers: true })).toBe('Any organisation or individual');
    const base = inputs([norm('art_8', 'PROHIBITION', ['no-unlawful-data-acquisition'], { binds: bind('actor:zh:组织') })]);
    const organisation = { id: 'actor:zh:组织', name: '组织', nameZh: '组织', aliases: [], covers: true, supers: [] };
    const [claim] = deriveExposure({ ...base, classes: [...base.classes, organisation] }, vocab);
    expect(claim?.statement).toBe('Test Law art. 8 (第8条): Any organisation (组织) must not acquire, sell or disclose data unlawfully');
  });
});

describe('deriveProfiles', () => {
  const norms = [
    norm('art_7', 'DUTY', ['support-intelligence-work'], { binds: bind('actor:any') }),
    norm('art_30', 'DUTY', ['provide-technical-support'], { binds: bind('actor:network-operator') }),
  ];
  const base = inputs(norms);
  const acme = base.companies[0]!;
  const company = (id: string, capacities = acme.capacities) => ({
    id, name: id, hq: [{ jurisdiction: 'jur:cn', rel: `${id}|HEADQUARTERED_IN|jur:cn` }],
    capacities: capacities.map((k) => ({ ...k, rel: `${id}|HAS_CAPACITY|${k.id}` })),
  });
  const many = { ...base, companies: [company('company:a'), company('company:b'), company('company:c', [])] };

  it('derives once per headquarters and capacities: companies that share them share a profile, each with its own premises', () => {
    const { profiles, bindings } = deriveProfiles(many, vocab);
    expect(profiles).toHaveLength(2);
    expect(bindings.map((b) => b.profileId)).toEqual([profiles[0]!.id, profiles[0]!.id, profiles[1]!.id]);
    expect(bindings[1]!.premises).toEqual({ $hq: 'company:b|HEADQUARTERED_IN|jur:cn', '$capacity:operates-online-services': 'company:b|HAS_CAPACITY|capacity:operates-online-services' });
    expect(profiles[0]!.items.map((i) => i.provisionId)).toEqual(['prov:test:art_30', 'prov:test:art_7']);
    expect(profiles[0]!.items[0]!.premises).toContain('$capacity:operates-online-services');
  });

  it('bound to a company, a profile says what deriving that company alone says', () => {
    const all = deriveExposure(many, vocab).filter((c) => c.companyId === 'company:b');
    const alone = deriveExposure({ ...many, companies: [company('company:b')] }, vocab);
    expect(all).toEqual(alone);
    expect(alone[0]).toMatchObject({ id: 'claim:exposure:company:b:prov:test:art_30', companyId: 'company:b' });
    expect(alone[0]!.premises).toEqual(expect.arrayContaining(['company:b|HEADQUARTERED_IN|jur:cn', 'company:b|HAS_CAPACITY|capacity:operates-online-services']));
  });

  it("gives the same profiles whatever order the graph returns its inputs in (a store's physical order)", () => {
    const sanctions = [{ id: 'prov:test:art_70', rel: 's70' }, { id: 'prov:test:art_71', rel: 's71' }];
    const capacities = [...acme.capacities, { id: 'capacity:runs-a-platform', meets: ['网络运营者'], rel: 'r' }];
    const read = {
      ...base,
      companies: [company('company:a', capacities), company('company:b')],
      norms: [
        norm('art_30', 'DUTY', ['provide-technical-support'], { binds: [...bind('actor:network-operator'), ...bind('actor:any')], sanctionedBy: sanctions }),
        norm('art_30', 'PROHIBITION', ['keep-secrets'], { binds: bind('actor:network-operator') }),
        norm('art_70', 'POWER', ['order-remediation'], { sanction: '责令改正' }),
        norm('art_71', 'POWER', ['order-remediation'], { sanction: '罚款' }),
      ],
    };
    const reversed = {
      companies: read.companies.map((c) => ({ ...c, capacities: [...c.capacities].reverse() })).reverse(),
      classes: [...read.classes].reverse(),
      norms: read.norms.map((n) => ({ ...n, binds: [...n.binds].reverse(), sanctionedBy: [...n.sanctionedBy].reverse() })).reverse(),
    };
    const sorted = (r: ReturnType<typeof deriveProfiles>) => ({ ...r, bindings: [...r.bindings].sort((a, b) => a.companyId.localeCompare(b.companyId)) });
    const a = sorted(deriveProfiles(read, vocab));
    expect(a.profiles[0]!.items.find((i) => i.provisionId === 'prov:test:art_30')?.normIds).toHaveLength(2);
    expect(sorted(deriveProfiles(reversed, vocab))).toEqual(a);
  });
});
