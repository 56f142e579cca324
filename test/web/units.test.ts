// The explorer's pure parts: escaping, highlighting, version comparison, the exposure cards and
// citations, the example questions, the law page without a text. No database, no browser.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareVersions, MAX_PAIRS } from '../../web/diff.ts';
import { citation, type Exposure, type ExposureItem, exposureHtml } from '../../web/exposure.ts';
import { highlight, linkTerms, normRegions } from '../../web/highlight.ts';
import { type Gql, type GqlError, gqlRunner, QueryFailed } from '../../web/gql.ts';
import { html, raw, safeUrl } from '../../web/html.ts';
import { layout } from '../../web/layout.ts';
import { sourceOf } from '../../web/parts.ts';
import { examples } from '../../web/pages/home.ts';
import { lawPage } from '../../web/pages/law.ts';

describe('html', () => {
  it('escapes every value unless it is Html built the same way', () => {
    const evil = `<script>alert("x")</script>'&`;
    expect(html`<p title="${evil}">${evil}</p>`.value).toBe(
      '<p title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&#39;&amp;">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&#39;&amp;</p>',
    );
    expect(html`${[html`<b>${'<i>'}</b>`, null, false, 3]}${raw('<br>')}`.value).toBe('<b>&lt;i&gt;</b>3<br>');
  });

  it('lets only http(s) links out', () => {
    expect(safeUrl('https://flk.npc.gov.cn')).toBe('https://flk.npc.gov.cn/');
    expect(safeUrl('javascript:alert(1)')).toBeNull();
    expect(safeUrl('data:text/html,x')).toBeNull();
  });
});

describe('highlight', () => {
  const terms = [
    { text: 'DJI', href: '/company/company:dji', title: 'DJI' },
    { text: '国家安全机关', href: '/entity/authority:mss', title: 'State security organs' },
  ];

  it('links names on word boundaries (acronyms by case), Chinese names anywhere', () => {
    expect(linkTerms('DJI drones, not DJIX or dji', terms).value).toBe('<a class="entity" href="/company/company:dji" title="DJI">DJI</a> drones, not DJIX or dji');
    expect(linkTerms('由国家安全机关决定', terms).value).toContain('由<a class="entity" href="/entity/authority:mss"');
  });

  it('marks norm sentences with a link after each, names linked inside', () => {
    const text = '第一句。国家安全机关可以查验。';
    const regions = normRegions(text, [{ quote: '国家安全机关可以查验。', href: '/n', label: 'power' }, { quote: '不在文中', href: '/x', label: 'duty' }]);
    expect(regions).toHaveLength(1);
    const out = highlight(text, regions, terms).value;
    expect(out).toBe('第一句。<mark class="norm"><a class="entity" href="/entity/authority:mss" title="State security organs">国家安全机关</a>可以查验。</mark><a class="norm-ref" href="/n">power</a>');
  });
});

describe('comparing versions', () => {
  const a = (id: string, number: string, text: string) => ({ id, number, text });

  it('pairs moved articles by their text, and finds new, repealed, changed and unchanged ones', () => {
    const old = [a('o1', '第一条', '为了保护国家安全，制定本法。'), a('o2', '第二条', '国家安全机关是主管机关。'), a('o3', '第三条', '本法自公布之日起施行。')];
    const next = [
      a('n1', '第一条', '为了加强和保护国家安全，制定本法。'),
      a('n2', '第二条', '任何组织和个人都应当支持反间谍工作。'),
      a('n3', '第三条', '国家安全机关是主管机关。'),
    ];
    const pairs = compareVersions(old, next);
    expect(pairs.map((p) => [p.status, p.old?.id, p.new?.id])).toEqual([
      ['changed', 'o1', 'n1'],
      ['added', undefined, 'n2'],
      ['unchanged', 'o2', 'n3'],
      ['removed', 'o3', undefined],
    ]);
    expect(pairs[0]!.changes!.filter((c) => c.added).map((c) => c.value)).toEqual(['加强和']);
  });

  it('bounds the work: too many pairs are paired by number', () => {
    const n = Math.ceil(Math.sqrt(MAX_PAIRS)) + 1;
    const many = (suffix: string) => Array.from({ length: n }, (_, i) => a(`${suffix}${i}`, String(i), `Article ${i} text ${suffix}`));
    const pairs = compareVersions(many('a'), many('b'));
    expect(pairs).toHaveLength(n);
    expect(pairs.every((p) => p.old?.number === p.new?.number)).toBe(true);
  });
});

describe('exposure', () => {
  const item = (tier: string, status = 'APPLIES', conditions: string[] = []): ExposureItem => ({
    citation: 'National Intelligence Law art. 7 (第七条)',
    statement: 'Any organisation must support, assist and cooperate with state intelligence work',
    tier,
    categories: ['assist-state-organs'],
    status,
    conditions,
    reach: ['any organisation (任何组织)'],
    law: { id: 'law:cn:national-intelligence-law', name: 'National Intelligence Law', url: 'https://flk.npc.gov.cn' },
    version: { id: 'lawv:x', title: '中华人民共和国国家情报法', date: '2018-04-27', inForceFrom: '2017-06-28', document: { title: '中华人民共和国国家情报法 (National Intelligence Law)' } },
    provision: { id: 'prov:cn-national-intelligence-law:art_7', number: '第七条', order: 7, kind: 'article' },
    evidence: [{ documentId: 'cn-national-intelligence-law', locator: 'art_7', quote: '任何组织和公民都应当依法支持。', method: 'pattern:modality', url: null }],
  });
  const exposure = (items: ExposureItem[]): Exposure => ({ company: { id: 'company:acme', name: 'Acme' }, asOf: '2026-01-01', items, unknowns: ['whether it is a designated operator'], restrictions: [], upcoming: [], proposals: [] });

  it('groups items by tier in the order the API gives, and marks conditional ones with their condition', () => {
    const page = exposureHtml(exposure([item('COMPELS'), item('SUPERVISION', 'CONDITIONAL', ['applies if it is designated'])])).value;
    expect(page.indexOf('id="group-COMPELS"')).toBeLessThan(page.indexOf('id="group-SUPERVISION"'));
    expect(page).toContain('<article class="item conditional"');
    expect(page).toContain('<strong>Applies if:</strong> <span lang="en">applies if it is designated</span>');
    expect(page).toContain('whether it is a designated operator');
  });

  it('reasons that could not be read are said to be missing, not left out', () => {
    const unread = exposureHtml(exposure([{ ...item('COMPELS'), basis: { rule: 'exposure', statement: 's', premises: null } }])).value;
    expect(unread).toContain('<h4>Why it applies</h4><p class="incomplete">');
    const none = exposureHtml(exposure([{ ...item('COMPELS'), basis: { rule: 'exposure', statement: 's', premises: [] } }])).value;
    expect(none).not.toContain('Why it applies');
  });

  it('a citation with document title, article as printed, dates, quote and official source', () => {
    expect(citation(item('COMPELS'))).toBe(
      '中华人民共和国国家情报法 (National Intelligence Law), art. 7 (第七条), version of 2018-04-27, in force from 2017-06-28: “任何组织和公民都应当依法支持。” Official source: https://flk.npc.gov.cn',
    );
  });
});

describe('answers with a part missing', () => {
  const respond = (body: unknown) => async () => new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
  const partial = { data: { exposure: { items: [{ basis: { premises: null } }] } }, errors: [{ message: 'timed out', path: ['exposure', 'items', 0, 'basis', 'premises'] }] };

  it('gives the rest of the answer and collects the errors below answered root fields', async () => {
    const incomplete: GqlError[] = [];
    const data = await gqlRunner(respond(partial), null, incomplete)('company', { company: 'x' });
    expect(data.exposure.items[0].basis.premises).toBeNull();
    expect(incomplete.map((e) => e.message)).toEqual(['timed out']);
  });
  it('fails as before when a root field failed, or when the caller collects nothing', async () => {
    const rootFailed = { data: { exposure: null }, errors: [{ message: 'not found', path: ['exposure'], extensions: { code: 'NOT_FOUND' } }] };
    await expect(gqlRunner(respond(rootFailed), null, [])('company', {})).rejects.toBeInstanceOf(QueryFailed);
    await expect(gqlRunner(respond(partial), null)('company', {})).rejects.toBeInstanceOf(QueryFailed);
  });
  it('the layout says the page is incomplete', () => {
    const page = layout({ title: 't', main: html`<p>x</p>`, incomplete: ['timed out'] }, new URL('http://lawgraph.internal/company/x'));
    expect(page).toContain('<p class="incomplete" role="status">Part of this page could not be read (timed out)');
  });
});

describe('the example questions', () => {
  it('every question of docs/queries.md links to an explorer page', () => {
    const list = examples(fs.readFileSync('docs/queries.md', 'utf8'));
    expect(list.length).toBeGreaterThanOrEqual(5);
    expect(list.filter((q) => q.href === '/graphql').map((q) => q.question)).toEqual([]);
  });
});

// The law page for a law the corpus holds no text of, from a made-up answer.
const law = (more: Record<string, unknown>) => ({
  id: 'law:~示例法', name: '示例法', nameZh: null, officialTitle: null, shortName: null, aliases: [], acronyms: [],
  jurisdiction: null, description: null, url: null, versions: [], relations: [], ...more,
});
const page = async (answer: Record<string, unknown>): Promise<string> => {
  const gql = (async () => ({ law: answer })) as Gql;
  const view = await lawPage({ params: ['law:~示例法'], query: new URLSearchParams(), gql });
  return view.main.value;
};

describe('law page without a text', () => {
  it('a law a report names links to the law of the same name whose text the graph holds', async () => {
    const same = { type: 'SAME_AS', direction: 'OUTGOING', node: { __typename: 'Law', id: 'law:cn:示例法', displayName: 'Example Law' }, evidence: [] };
    const main = await page(law({ relations: [same] }));
    expect(main).toContain('the graph holds it, under the same name, as <a href="/law/law:cn:%E7%A4%BA%E4%BE%8B%E6%B3%95">Example Law</a>');
    expect(main).not.toContain('comes from the catalog');
  });

  it('a catalog law says so; a law only documents name says that', async () => {
    expect(await page(law({ url: 'https://example.org/law' }))).toContain('what the graph knows comes from the catalog');
    expect(await page(law({}))).toContain('the graph knows it from the documents that name it');
  });
});

describe('sources', () => {
  it('names a passage by its document title when the answer has it, by its id otherwise; the catalog by its url', () => {
    const e = { documentId: 'cn-x', locator: 'art_7', quote: 'q' };
    expect(sourceOf({ ...e, documentTitle: '中华人民共和国示例法 (Example Law, 2020)' }).value).toBe(
      '<span class="src"><a href="/document/cn-x#art_7"><span lang="zh">中华人民共和国示例法 (Example Law, 2020)</span> art_7</a></span>',
    );
    expect(sourceOf(e).value).toBe('<span class="src"><a href="/document/cn-x#art_7">cn-x art_7</a></span>');
    expect(sourceOf({ documentId: 'catalog', locator: '', quote: '', url: 'https://example.org/s' }).value).toContain('catalog, <a');
  });
});
