import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** Debian's Chromium (CI installs it); playwright-core drives it and never downloads a browser. */
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const LOOPBACK = /^(127\.\d+\.\d+\.\d+|localhost|\[::1\])$/;
/** Screenshots kept as CI artifacts. */
export const TEST_RESULTS = resolve(__dirname, '../../../web/test-results');

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic'],
  });
}

export interface AreaOptions {
  /** The browser's language (navigator.language), e.g. 'pt-BR'. @default 'en-US' */
  locale?: string;
  /** @default 1280×900; a phone is 390×844 */
  viewport?: { width: number; height: number };
  /** Browser geolocation the page may read. */
  geolocation?: { latitude: number; longitude: number };
}

/** A browser context of one person, and what went wrong in its pages. */
export interface Area {
  context: BrowserContext;
  page: Page;
  /** Uncaught exceptions of the page's scripts: a test expects none. */
  pageErrors: Error[];
  /** Requests for hosts other than this machine, refused (the app must work offline). */
  blocked: string[];
}

/**
 * A fresh context (own storage: own session) at `baseUrl`. Requests for other hosts are
 * refused and recorded: the app works with no map tiles and no CDN.
 */
export async function openArea(browser: Browser, baseUrl: string, options: AreaOptions = {}): Promise<Area> {
  const context = await browser.newContext({
    baseURL: baseUrl,
    locale: options.locale ?? 'en-US',
    viewport: options.viewport ?? { width: 1280, height: 900 },
    ...(options.geolocation ? { geolocation: options.geolocation, permissions: ['geolocation'] } : {}),
  });
  const blocked: string[] = [];
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'data:' || url.protocol === 'blob:' || LOOPBACK.test(url.hostname)) await route.continue();
    else {
      blocked.push(url.href);
      await route.abort();
    }
  });
  const page = await context.newPage();
  const pageErrors: Error[] = [];
  page.on('pageerror', (error) => pageErrors.push(error));
  return { context, page, pageErrors, blocked };
}

/** A full-page screenshot under web/test-results/ (CI keeps the folder). */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(TEST_RESULTS, { recursive: true });
  const path = join(TEST_RESULTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}
