import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { DEFAULT_EXPLORER_ASSETS } from '../src/explorer/explorer-route';
import { startStack, type Stack } from './fixtures/start-stack';

/** Debian's Chromium (CI installs it); playwright-core drives it and never downloads a browser. */
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const LOOPBACK = /^(127\.\d+\.\d+\.\d+|localhost|\[::1\])$/;

let stack: Stack;
let context: BrowserContext;
let page: Page;
let profile: string;
const blocked: string[] = [];

beforeAll(async () => {
  // The router serves the bundle that `npm run build` makes; build it when a test run comes first.
  if (!existsSync(join(DEFAULT_EXPLORER_ASSETS, 'explorer.js'))) {
    const built = spawnSync(process.execPath, [resolve(__dirname, '../explorer/build.mjs')], { encoding: 'utf8' });
    if (built.status !== 0) throw new Error(`explorer build failed: ${built.stderr}`);
  }
  stack = await startStack({ explorer: true });
  profile = mkdtempSync(join(tmpdir(), 'explorer-chromium-'));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    viewport: { width: 1400, height: 1000 },
  });
  // Nothing but this machine: a request for any other host (a CDN, fonts, telemetry) is
  // refused and recorded, so the test proves the explorer works offline.
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'data:' || url.protocol === 'blob:' || LOOPBACK.test(url.hostname)) await route.continue();
    else {
      blocked.push(url.href);
      await route.abort();
    }
  });
  page = context.pages()[0] ?? (await context.newPage());
}, 120_000);

afterAll(async () => {
  await context?.close();
  await stack?.stop();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

/** The response pane's text; Monaco renders spaces as U+00A0. */
const responseText = async () => ((await page.locator('.graphiql-response').textContent()) ?? '').replace(/\u00a0/g, ' ');

describe('the explorer in headless Chromium', () => {
  it('renders GraphiQL from the router alone and runs a query', async () => {
    const query = '{ users { name reviews { body } } }';
    const res = await page.goto(`${stack.url}?query=${encodeURIComponent(query)}`);
    expect(res?.status()).toBe(200);
    expect(res?.headers()['content-security-policy']).toContain("default-src 'self'");
    await page.waitForSelector('.graphiql-container', { timeout: 30_000 });
    await page.locator('.graphiql-query-editor', { hasText: 'reviews' }).waitFor({ timeout: 30_000 });
    await page.click('.graphiql-execute-button');
    await page.locator('.graphiql-response', { hasText: 'Grace' }).waitFor({ timeout: 30_000 });
    const shown = await responseText();
    expect(JSON.parse(shown)).toEqual({
      data: {
        users: [
          { name: 'Ada', reviews: [{ body: 'Great pho' }] },
          { name: 'Grace', reviews: [{ body: 'Cold fries' }, { body: 'Fast courier' }] },
        ],
      },
    });
    // Left behind for a person to look at: what the page showed.
    await page.screenshot({ path: join(tmpdir(), 'foodgraph-explorer.png') });
    expect(blocked).toEqual([]);
  }, 90_000);

  it('has the docs explorer over the introspected schema and a headers editor', async () => {
    await page.click('[aria-label="Show Documentation Explorer"]');
    await page.waitForSelector('.graphiql-doc-explorer', { timeout: 10_000 });
    await page.click('.graphiql-doc-explorer a:has-text("Query")');
    await page.locator('.graphiql-doc-explorer', { hasText: 'whoami' }).waitFor({ timeout: 10_000 });
    await page.click('button:has-text("Headers")');
    await page.waitForSelector('.graphiql-editor-tool .graphiql-editor:not(.hidden)', { timeout: 10_000 });
    expect(blocked).toEqual([]);
  }, 60_000);

  it('sends the Authorization header from the headers editor with the query', async () => {
    await page.goto(
      `${stack.url}?query=${encodeURIComponent('{ whoami { identity } }')}&headers=${encodeURIComponent(JSON.stringify({ Authorization: `Bearer ${stack.token({ sub: 'u2' })}` }))}`,
    );
    await page.waitForSelector('.graphiql-execute-button', { timeout: 30_000 });
    await page.locator('.graphiql-query-editor', { hasText: 'whoami' }).waitFor({ timeout: 30_000 });
    await page.click('.graphiql-execute-button');
    await page.locator('.graphiql-response', { hasText: 'userId' }).waitFor({ timeout: 30_000 });
    expect(await responseText()).toMatch(/\\"userId\\":\\"u2\\"/);
  }, 60_000);
});
