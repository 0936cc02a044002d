import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ensureExplorerBuilt, openHeadlessChromium, responseText as shown } from './fixtures/headless-chromium';
import { startStack, type Stack } from './fixtures/start-stack';

let stack: Stack;
let browser: Awaited<ReturnType<typeof openHeadlessChromium>>;
let page: Page;
let blocked: string[];

beforeAll(async () => {
  ensureExplorerBuilt();
  stack = await startStack({ explorer: true });
  browser = await openHeadlessChromium();
  ({ page, blocked } = browser);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

const responseText = () => shown(page);

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
