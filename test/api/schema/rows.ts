// Canned rows for the database-free API tests: a small invented graph (a test law of a made-up
// jurisdiction body, an invented company; no real law text), shaped as queries/*.cypher return it.
// Nodes are maps of their properties with `sources: null` and `nodeLabel` (their one domain label);
// a relationship's support is `r {.evidence, .documentId, .locator, .quote, .method, .confidence,
// .url}`: loaded facts keep `evidence` as JSON strings, derived ones carry one evidence flat.
import { createHash } from 'node:crypto';
import type { Evidence } from '../../../ingest/emit.ts';

export type NodeMap = Record<string, unknown> & { id: string; nodeLabel: string };

export const node = (nodeLabel: string, id: string, props: Record<string, unknown> = {}): NodeMap => ({
  ...props,
  id,
  sources: null,
  nodeLabel,
});

/** The support of a loaded relationship: one JSON string per supporting passage. */
export function support(...evidence: Evidence[]) {
  return { evidence: evidence.map((e) => JSON.stringify(e)), documentId: null, locator: null, quote: null, method: null, confidence: null, url: null };
}

/** The support of a derived relationship (graph/rules): one evidence, flat. */
export function derived(e: Evidence) {
  return { evidence: null, documentId: e.documentId, locator: e.locator, quote: e.quote, method: e.method, confidence: e.confidence, url: e.url ?? null };
}

export const DOC = 'cn-test-law-2022';

export const cn = node('Jurisdiction', 'jur:cn', { name: 'China', nameZh: '中国' });
export const company = node('Company', 'company:acme', {
  name: 'Acme Drones',
  nameZh: '阿克米无人机',
  aliases: ['Acme'],
  acronym: 'ACM',
  description: 'An invented drone maker (test data).',
  url: 'https://example.org/acme',
});
export const office = node('Authority', 'authority:test-office', { name: 'Test Office', nameZh: '测试办公室', jurisdiction: 'cn' });
export const tester = node('ActorClass', 'actor:tester', { name: 'tester', nameZh: '测试人员' });
export const law = node('Law', 'law:cn:test-law', { name: 'Test Law', nameZh: '测试法', jurisdiction: 'cn', aliases: ['测试法'], acronyms: ['TL'] });
export const foreignAct = node('Law', 'law:us:example-restriction-act', { name: 'Example Restriction Act', jurisdiction: 'us', status: 'enacted' });
export const foreignSection = node('Provision', 'prov:us-example:sec_9', { documentId: 'us-example', locator: 'sec_9', number: 'Sec. 9', text: 'The Office shall list equipment made by Acme Drones.' });
export const foreignBill = node('Law', 'law:us:example-bill', { name: 'Example Bill', jurisdiction: 'us', status: 'passed-house', date: '2024-09-09' });

export const version2020 = node('LawVersion', 'lawv:cn-test-law-2020', {
  title: '测试法',
  documentId: 'cn-test-law-2020',
  jurisdiction: 'cn',
  adopted: '2020-01-01',
  amended: [],
  date: '2020-01-01',
  inForceFrom: '2020-03-01',
  inForceTo: '2022-07-01',
  status: 'superseded',
  dateLines: ['2020年1月1日 第一次测试会议通过', '本法自2020年3月1日起施行'],
});
export const version2022 = node('LawVersion', `lawv:${DOC}`, {
  title: '测试法',
  documentId: DOC,
  jurisdiction: 'cn',
  adopted: '2020-01-01',
  amended: ['2021-03-04', '2022-05-06'],
  date: '2022-05-06',
  inForceFrom: '2022-07-01',
  status: 'in_force',
  dateLines: ['2020年1月1日 第一次测试会议通过', '2021年3月4日 第二次测试会议《关于修改测试法的决定》修正', '（2022年5月6日 第三次测试会议修订）', '本法自2022年7月1日起施行'],
});
export const document = node('Document', `doc:${DOC}`, {
  title: '测试法',
  kind: 'statute',
  language: 'zh',
  jurisdiction: 'cn',
  format: 'markdown',
  sha256: '0'.repeat(64),
  complete: true,
  supportNodes: null,
  supportRels: null,
  loadedAt: '2025-01-01T00:00:00Z',
});

/** An article of the test law, with the norm its one sentence expresses. */
function article(n: number, number: string, text: string, modality: string, action: string) {
  const locator = `art_${n}`;
  const provision = node('Provision', `prov:${DOC}:${locator}`, { documentId: DOC, locator, kind: 'article', number, order: n, chapter: '第一章　总则', text });
  const norm = node('Norm', `norm:${DOC}:${locator}:1`, {
    documentId: DOC,
    locator,
    modality,
    action,
    actionLabel: action.replaceAll('-', ' '),
    quote: text,
    start: 0,
    end: text.length,
  });
  const evidence: Evidence = { documentId: DOC, locator, quote: text, method: 'pattern:modality', confidence: 0.9 };
  return { provision, norm, evidence };
}

export const art1 = article(1, '第一条', '本法适用于测试。', 'DUTY', 'unspecified');
export const art2 = article(2, '第二条', '测试人员应当向测试办公室提供测试记录。', 'DUTY', 'provide-records');
export const art3 = article(3, '第三条', '测试办公室可以要求测试人员提供测试记录。', 'POWER', 'provide-records');
export const art4 = article(4, '第四条', '测试人员不得销毁测试记录。', 'PROHIBITION', 'destroy-records');
export const art5 = article(5, '第五条', '测试人员应当保存测试记录。', 'DUTY', 'keep-records');

export const catalogEvidence = (locator: string, url: string): Evidence => ({ documentId: 'catalog', locator, quote: '', method: 'catalog', confidence: 1, url });

/** Premises, as queries/premises.cypher returns them. */
export const premiseRows = [
  { id: 'company:acme|HEADQUARTERED_IN|jur:cn', type: 'HEADQUARTERED_IN', from: company, to: cn, support: support(catalogEvidence('company:acme', 'https://example.org/acme')) },
  { id: `lawv:${DOC}|APPLIES_IN|jur:cn`, type: 'APPLIES_IN', from: version2022, to: cn, support: support({ documentId: DOC, locator: '', quote: '', method: 'structure', confidence: 1 }) },
];

/** An item of a derived exposure profile (graph/exposure), as stored in its answer: the company as `$company`,
 *  its own premises (headquarters) as placeholders. */
export function claim(a: ReturnType<typeof article>, tier: string, categories: string[], status = 'applies', conditions: string[] = []) {
  return {
    id: `claim:exposure:$company:${a.provision.id}`,
    rule: 'exposure',
    method: 'inferred:exposure',
    companyId: '$company',
    provisionId: a.provision.id,
    lawId: law.id,
    versionId: version2022.id,
    inForceFrom: '2022-07-01',
    inForceTo: null as string | null,
    versionStatus: 'in_force',
    tier,
    categories,
    status,
    conditions,
    reach: ['tester, through its capacity runs tests'],
    citation: `Test Law art. ${a.provision.order} (${a.provision.number})`,
    statement: `Test Law art. ${a.provision.order} (${a.provision.number}): tester ${a.norm.modality === 'POWER' ? 'may be required to' : 'must'} ${String(a.norm.actionLabel)}`,
    normIds: [a.norm.id],
    evidence: [{ documentId: a.norm.documentId, locator: a.norm.locator, quote: a.norm.quote }],
    premises: ['$hq', ...premiseRows.slice(1).map((p) => p.id)],
    sanctions: [] as string[],
    rank: 0,
  };
}

/** A profile as queries/exposure.cypher returns it: the ordered answer and the company's own premises, as JSON. */
export function profileRow(items: ReturnType<typeof claim>[], premises: Record<string, string> = { $hq: premiseRows[0]!.id }) {
  const answer = JSON.stringify(items);
  return { digest: createHash('sha256').update(answer).digest('hex').slice(0, 32), answer, premises: JSON.stringify(premises) };
}

/** queries/exposure.cypher for the test company: compelling, supervision and a conditional context item; a restriction
 *  from statute text and one from the catalog; one taking effect later; a bill's proposal; one capacity. */
export const exposureRow = {
  candidates: [company],
  companyId: company.id,
  profiles: [
    profileRow([
      claim(art3, 'compels', ['hand-over-data']),
      claim(art2, 'supervision', ['report-to-authorities']),
      claim(art5, 'context', ['other'], 'conditional', ['applies if the company is designated a test operator (designations are not published)']),
    ]),
  ],
  restrictions: [
    {
      type: 'DESIGNATES',
      from: '2020-12-23',
      to: null,
      status: 'enacted',
      bill: false,
      provisionId: foreignSection.id,
      by: foreignAct,
      support: support({ documentId: 'us-example', locator: 'sec_9', quote: 'The Office shall list equipment made by Acme Drones.', method: 'pattern:names-company', confidence: 1 }),
    },
    {
      type: 'RESTRICTS',
      from: '2021-03-12',
      to: null,
      status: 'enacted',
      bill: false,
      provisionId: null,
      by: foreignAct,
      support: support(catalogEvidence('law:us:example-restriction-act', 'https://example.org/restriction')),
    },
  ],
  upcoming: [
    {
      type: 'RESTRICTS',
      from: '2027-10-01',
      to: null,
      status: 'enacted',
      bill: false,
      provisionId: null,
      by: foreignAct,
      support: support(catalogEvidence('law:us:example-restriction-act', 'https://example.org/restriction-2027')),
    },
  ],
  proposals: [
    {
      type: 'PROPOSES',
      from: '2024-09-09',
      to: null,
      status: 'passed-house',
      bill: true,
      provisionId: null,
      by: foreignBill,
      support: support(catalogEvidence('law:us:example-bill', 'https://example.org/bill')),
    },
  ],
  capacities: [
    {
      capacity: node('Capacity', 'capacity:runs-tests', { name: 'Runs tests', meets: ['测试人员'] }),
      from: null,
      to: null,
      support: support(catalogEvidence('company:acme', 'https://example.org/acme/tests')),
    },
  ],
};

/** The nodes exposure items point to, as queries/nodes-by-id.cypher returns them. */
export const exposureNodes = [law, version2022, art2.provision, art3.provision, art5.provision, art2.norm, art3.norm, art5.norm, foreignSection];
