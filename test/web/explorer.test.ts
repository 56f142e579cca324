// The journalist's questions, end to end in a real browser (Debian Chromium, headless) against the
// server `npm start` runs, over the test Neo4j with the corpus loaded. No request may leave
// 127.0.0.1; screenshots go to test-results/web/.
import { MultiDirectedGraph } from 'graphology';
import { parse } from 'graphology-graphml/node/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Explorer, overflowsWidth, text, screenshot, seriousViolations, startExplorer } from './browser.ts';

let x: Explorer;
beforeAll(async () => {
  x = await startExplorer();
}, 180_000);
afterAll(async () => {
  await x?.close();
});

const NIL_ART_7 = '任何组织和公民都应当依法支持、协助和配合国家情报工作';

describe('the journalist’s questions', () => {
  it('search "DJI" -> company page -> an item -> its provision with the quote -> copy the citation', async () => {
    const page = await x.newPage();
    await page.goto(`${x.base}/`);
    await screenshot(page, 'home');
    await page.getByRole('searchbox', { name: 'Search the graph' }).fill('DJI');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\?q=DJI/);
    await screenshot(page, 'search-dji');
    await page.getByRole('link', { name: 'DJI', exact: true }).click();
    await page.waitForURL(/\/company\/company:dji/);
    expect(await text(page.getByRole('heading', { level: 1 }))).toContain('DJI');
    const item = page.locator('article.item', { has: page.getByRole('heading', { name: /National Intelligence Law art\. 7 \(第七条\)/ }) });
    expect(await text(item.locator('blockquote[lang="zh"]').first())).toContain(NIL_ART_7);
    await item.getByRole('heading', { name: 'Why it applies' }).waitFor();
    expect(await text(item.locator('.premises'))).toContain('DJI is headquartered in');
    await screenshot(page, 'company-dji');

    await item.getByRole('button', { name: 'Copy citation' }).click();
    await expect.poll(() => text(item.getByRole('status'))).toBe('Citation copied.');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('中华人民共和国国家情报法');
    expect(copied).toContain('art. 7 (第七条)');
    expect(copied).toMatch(/version of \d{4}-\d{2}-\d{2}/);
    expect(copied).toContain(NIL_ART_7);
    expect(copied).toMatch(/Official source: https:\/\//);

    await item.getByRole('heading').getByRole('link').click();
    await page.waitForURL(/\/provision\/prov:cn-national-intelligence-law:art_7/);
    expect(await text(page.locator('.article-text'))).toContain(NIL_ART_7);
    expect(await text(page.locator('li.norm').first())).toContain('Who is bound');
    await page.getByRole('heading', { name: 'Who it reaches' }).waitFor();
    await page.getByRole('link', { name: 'DJI', exact: true }).waitFor();
    await screenshot(page, 'provision-nil-7');
  });

  it('BYD -> European Union: the chains drawn as a graph, each hop with its quote', async () => {
    const page = await x.newPage();
    await page.goto(`${x.base}/paths?from=BYD&to=${encodeURIComponent('European Union')}`);
    await expect.poll(() => page.locator('#graph').getAttribute('data-rendered'), { timeout: 30_000 }).toMatch(/\d+ nodes, \d+ edges/);
    await page.locator('#graph canvas').first().waitFor();
    const hops = page.locator('ol.hops > li');
    expect(await hops.count()).toBeGreaterThanOrEqual(2);
    expect(await text(page.locator('ol.paths'))).toContain('Netherlands');
    expect((await text(page.locator('ol.paths blockquote').first())).trim()).not.toBe('');
    await screenshot(page, 'paths-byd-eu');
  });

  it('the Counter-Espionage Law, 2014 -> 2023, article by article', async () => {
    const page = await x.newPage();
    await page.goto(`${x.base}/law/law:cn:counter-espionage-law?from=lawv:cn-counter-espionage-law-2014&to=lawv:cn-counter-espionage-law-2023`);
    await page.getByRole('heading', { name: /2014-11-01 → 2023-04-26/ }).waitFor();
    expect(await page.locator('section.pair.changed').count()).toBeGreaterThan(10);
    expect(await page.locator('section.pair.added').count()).toBeGreaterThan(10);
    await page.locator('section.pair.changed ins').first().waitFor();
    await page.locator('section.pair.changed del').first().waitFor();
    await screenshot(page, 'law-cel-diff');
  });

  it('a Chinese search, ranked and grouped by kind', async () => {
    const page = await x.newPage();
    await page.goto(`${x.base}/search?q=${encodeURIComponent('情报工作')}`);
    const provisions = page.locator('section.hits', { has: page.getByRole('heading', { name: /provision/ }) });
    await provisions.locator('li').first().waitFor();
    const scores = (await provisions.locator('.score').allTextContents()).map(Number);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(await provisions.getByRole('link', { name: /National Intelligence Law 第七条/ }).getAttribute('href')).toBe('/provision/prov:cn-national-intelligence-law:art_7');
    await screenshot(page, 'search-zh');
  });
});

describe('pages', () => {
  it('a document with its norms and recognised names highlighted, each linking to its node', async () => {
    const page = await x.newPage();
    await page.goto(`${x.base}/document/cn-national-intelligence-law`);
    const art7 = page.locator('section#art_7');
    expect(await text(art7.locator('mark.norm'))).toContain(NIL_ART_7);
    expect(await art7.locator('a.norm-ref').getAttribute('href')).toMatch(/\/provision\/prov:cn-national-intelligence-law:art_7#norm:/);
    await page.goto(`${x.base}/document/report-creemers-lee-2024-drones-smart-vehicles`);
    expect(await page.locator('a.entity', { hasText: 'DJI' }).first().getAttribute('href')).toBe('/company/company:dji');
    await screenshot(page, 'document-report');
  });

  it('an unknown name says so and offers candidates; an ambiguous one lists them', async () => {
    const page = await x.newPage();
    const r = await page.goto(`${x.base}/company/${encodeURIComponent('DJI Innovations Ltd')}`);
    expect(r?.status()).toBe(404);
    expect(await text(page.getByRole('heading', { level: 1 }))).toContain('Nothing is named');
    expect(await page.locator('ul.candidates a', { hasText: 'DJI' }).first().getAttribute('href')).toBe('/company/company:dji');
  });

  it('any node: its facts and relations with evidence', async () => {
    const page = await x.newPage();
    await page.goto(`${x.base}/entity/actor:network-operator`);
    await page.locator('table.relations').first().waitFor();
    expect((await text(page.locator('table.relations blockquote[lang="zh"]').first())).trim()).not.toBe('');
  });

  it('GraphiQL renders offline, from lawgraph’s own assets', async () => {
    const page = await x.newPage();
    await page.goto(`${x.base}/graphql`);
    await page.locator('.graphiql-container').first().waitFor({ timeout: 60_000 });
    await screenshot(page, 'graphiql');
  });

  it('no serious accessibility violations; readable at 390 px and at 1280x800', async () => {
    const page = await x.newPage();
    const urls = ['/', '/search?q=DJI', '/company/DJI', '/provision/prov:cn-national-intelligence-law:art_7', `/paths?from=BYD&to=${encodeURIComponent('European Union')}`, '/law/law:cn:counter-espionage-law', '/document/cn-national-intelligence-law', '/entity/company:dji'];
    const problems: string[] = [];
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: width === 390 ? 844 : 800 });
      for (const url of urls) {
        await page.goto(`${x.base}${url}`);
        if (width === 1280) problems.push(...(await seriousViolations(page)).map((v) => `${url}: ${v}`));
        if (await overflowsWidth(page)) problems.push(`${url}: wider than ${width} px`);
      }
    }
    await page.goto(`${x.base}/company/DJI`);
    await screenshot(page, 'company-dji-phone');
    expect(problems).toEqual([]);
    // Sixteen page loads and eight accessibility scans: a minute was not enough on a loaded machine (load 13).
  }, 180_000);

  it('keyboard: the skip link and the search box are reachable by Tab', async () => {
    const page = await x.newPage();
    await page.goto(`${x.base}/`);
    await page.keyboard.press('Tab');
    expect(await page.getByRole('link', { name: 'Skip to content' }).evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.getByRole('searchbox', { name: 'Search the graph' }).evaluate((el) => el === document.activeElement)).toBe(true);
  });
});

describe('exports of what is on screen', () => {
  it('CSV and JSON of a list, GraphML of a graph, the citations as text', async () => {
    const get = async (path: string) => {
      const r = await fetch(`${x.base}${path}`);
      // The byte-order mark is kept: spreadsheets need it to read CSV as UTF-8.
      return { type: r.headers.get('content-type') ?? '', body: new TextDecoder('utf-8', { ignoreBOM: true }).decode(await r.arrayBuffer()) };
    };
    const csv = await get('/search?q=DJI&format=csv');
    expect(csv.type).toMatch(/^text\/csv/);
    expect(csv.body.split('\r\n')[0]).toBe('\uFEFF"rank","kind","id","label","score","exact","snippet"');
    expect(csv.body).toContain('"Company","company:dji","DJI"');
    const hits = JSON.parse((await get('/search?q=DJI&format=json')).body);
    expect(hits.hits[0]).toMatchObject({ id: 'company:dji', exact: true });

    const graphml = await get(`/paths?from=BYD&to=${encodeURIComponent('European Union')}&format=graphml`);
    const graph = parse(MultiDirectedGraph, graphml.body);
    expect(graph.hasNode('company:byd')).toBe(true);
    expect(graph.size).toBeGreaterThanOrEqual(3);

    const text = await get('/company/DJI?format=txt');
    expect(text.type).toMatch(/^text\/plain/);
    expect(text.body).toContain('art. 7 (第七条)');
    expect(text.body).toContain(NIL_ART_7);
  });
});

describe('security and locality', () => {
  it('input is escaped, pages carry a self-only CSP, and no request ever left 127.0.0.1', async () => {
    const page = await x.newPage();
    const r = await page.goto(`${x.base}/search?q=${encodeURIComponent('<script>window.pwned=1</script>"><img src=x onerror=alert(1)>')}`);
    expect(r?.headers()['content-security-policy']).toMatch(/default-src 'none'; script-src 'self'/);
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    expect(await text(page.getByRole('heading', { level: 1 }))).toContain('<script>window.pwned=1</script>');
    expect((await fetch(`${x.base}/company/DJI`, { method: 'POST' })).status).toBe(405);
    expect(x.consoleErrors.filter((e) => /Content Security Policy|Refused to/.test(e))).toEqual([]);
    expect(x.outside).toEqual([]);
  });
});
