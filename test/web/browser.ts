// The browser tests' harness: the API server (with the explorer) listening on a random loopback
// port over the test Neo4j, and Debian's Chromium driven by playwright-core, every request outside
// 127.0.0.1 refused and recorded.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type http from 'node:http';
import { type BrowserContext, chromium, type Locator, type Page } from 'playwright-core';
import { listen } from '../../api/listen.ts';
import { createApi } from '../../api/server.ts';
import type { Database } from '../../graph/database.ts';
import { connectTestDb } from '../db.ts';

export const CHROMIUM = process.env.LAWGRAPH_CHROMIUM ?? '/usr/bin/chromium';
export const SCREENSHOTS = path.resolve('test-results/web');

const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Explorer {
  base: string;
  context: BrowserContext;
  /** Every request the browser tried to send to a host other than 127.0.0.1. */
  outside: string[];
  /** Console errors and CSP violations, by page URL. */
  consoleErrors: string[];
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

function local(url: string): boolean {
  if (url.startsWith('data:') || url.startsWith('blob:') || url === 'about:blank') return true;
  return new URL(url).hostname === '127.0.0.1';
}

export async function startExplorer(): Promise<Explorer> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`Chromium is not at ${CHROMIUM}: install it (apt-get install -y chromium), see README`);
  const db: Database = await connectTestDb();
  const server: http.Server = await listen(createApi({ db, queryTimeoutMs: 60_000 }), 0, '127.0.0.1');
  const address = server.address();
  const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'lawgraph-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: FLAGS,
    viewport: { width: 1280, height: 800 },
  });
  // A loaded CI machine can take tens of seconds for a first exposure answer; waits stay generous.
  context.setDefaultTimeout(120_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
  const outside: string[] = [];
  const consoleErrors: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (local(url)) return route.continue();
    outside.push(url);
    return route.abort('blockedbyclient');
  });
  context.on('request', (r) => {
    if (!local(r.url())) outside.push(r.url());
  });
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  return {
    base,
    context,
    outside,
    consoleErrors,
    async newPage() {
      const page = await context.newPage();
      page.on('console', (m) => {
        if (m.type() === 'error') consoleErrors.push(`${page.url()}: ${m.text()}`);
      });
      page.on('pageerror', (e) => consoleErrors.push(`${page.url()}: ${e.message}`));
      return page;
    },
    async close() {
      await context.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await db.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

const AXE = fs.readFileSync(path.resolve('node_modules/axe-core/axe.min.js'), 'utf8');

/** axe-core's serious and critical violations on the page (injected through DevTools, not the page's CSP). */
export async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  const violations = await page.evaluate(async () => {
    // biome-ignore lint/suspicious/noExplicitAny: axe is a global injected above
    const result = await (window as any).axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v: { id: string; impact: string; nodes: { target: string[] }[] }) => ({ id: v.id, impact: v.impact, targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  });
  return violations.filter((v: { impact: string }) => v.impact === 'serious' || v.impact === 'critical').map((v: { id: string; targets: string[] }) => `${v.id}: ${v.targets.join(', ')}`);
}

/** Whether the page is wider than the window (a phone would scroll sideways). */
export async function overflowsWidth(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);
}

/** The rendered text of an element, once it is there (playwright-core has no web-first assertions). */
export async function text(locator: Locator): Promise<string> {
  return (await locator.textContent()) ?? '';
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
}
