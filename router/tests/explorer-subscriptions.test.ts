import type { Page } from 'playwright-core';
import { ensureExplorerBuilt, openHeadlessChromium, responseText } from './fixtures/headless-chromium';
import { startSubscriptionStack, type SubscriptionStack } from './fixtures/subscription-stack';

let stack: SubscriptionStack;
let browser: Awaited<ReturnType<typeof openHeadlessChromium>>;
let page: Page;

beforeAll(async () => {
  ensureExplorerBuilt();
  stack = await startSubscriptionStack({ router: { explorer: true } });
  browser = await openHeadlessChromium();
  page = browser.page;
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

describe('the explorer in headless Chromium, subscriptions', () => {
  it('subscribes over graphql-ws with the headers editor credentials and shows each event', async () => {
    const httpUrl = stack.routers[0].wsUrl.replace(/^ws/, 'http');
    const query = 'subscription Watch { thingUpdated(id: "x1") { id name version label } }';
    const headers = JSON.stringify({ Authorization: `Bearer ${stack.token({ sub: 'viewer' })}` });
    await page.goto(`${httpUrl}?query=${encodeURIComponent(query)}&headers=${encodeURIComponent(headers)}`);
    await page.locator('.graphiql-query-editor', { hasText: 'thingUpdated' }).waitFor({ timeout: 30_000 });
    await page.click('.graphiql-execute-button');
    await stack.waitForUpstream(1);

    await stack.publish({ id: 'x1', name: 'first', version: 1 });
    await page.locator('.graphiql-response', { hasText: 'first' }).waitFor({ timeout: 10_000 });
    expect(JSON.parse(await responseText(page))).toEqual({
      data: { thingUpdated: { id: 'x1', name: 'first', version: 1, label: 'label of x1' } },
    });

    // The pane shows the latest event of the live subscription.
    await stack.publish({ id: 'x1', name: 'second', version: 2 });
    await page.locator('.graphiql-response', { hasText: 'second' }).waitFor({ timeout: 10_000 });
    // The subscription ran as the user of the headers editor's token.
    expect(stack.labels.requests.filter((r) => r.id === 'x1').map((r) => r.identity)).toContainEqual(
      expect.objectContaining({ kind: 'user', userId: 'viewer' }),
    );
    expect(browser.blocked).toEqual([]);
  }, 90_000);
});
