import type { TestSupergraph } from '@foodgraph/testing';
import type { Browser } from 'playwright-core';
import { launchChromium } from './support/browser';
import { takeOrderAllTheWay } from './support/order-journey';
import { startWebStack } from './support/web-stack';

describe('web app: one order all the way, four people at once', () => {
  let sg: TestSupergraph;
  let browser: Browser;
  beforeAll(async () => {
    [sg, browser] = await Promise.all([startWebStack(), launchChromium()]);
  });
  afterAll(async () => {
    await browser?.close();
    await sg?.stop();
  });

  it('takes an order from a new restaurant to the review, every step live in every area', async () => {
    await takeOrderAllTheWay(sg, browser, 'apq');
  }, 180_000);
});
