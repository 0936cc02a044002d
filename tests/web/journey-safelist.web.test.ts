import type { TestSupergraph } from '@foodgraph/testing';
import type { Browser } from 'playwright-core';
import { launchChromium } from './support/browser';
import { takeOrderAllTheWay } from './support/order-journey';
import { startWebStack } from './support/web-stack';

/** The same journey against a router that runs only the persisted-query list, as a locked-down production one may. */
describe('web app: the journey against a safelist-mode router', () => {
  let sg: TestSupergraph;
  let browser: Browser;
  beforeAll(async () => {
    [sg, browser] = await Promise.all([startWebStack({ safelist: true }), launchChromium()]);
  });
  afterAll(async () => {
    await browser?.close();
    await sg?.stop();
  });

  it('takes the order all the way with persisted ids only', async () => {
    await takeOrderAllTheWay(sg, browser, 'safelist');
  }, 180_000);
});
