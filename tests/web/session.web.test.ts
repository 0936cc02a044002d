/// <reference lib="dom" /> -- page.evaluate callbacks run in the browser
import type { TestSupergraph } from '@foodgraph/testing';
import type { Browser, Page } from 'playwright-core';
import { seriousViolations } from './support/axe';
import { launchChromium, openArea, type Area } from './support/browser';
import { createAccounts, startWebStack, type Accounts } from './support/web-stack';

/**
 * Signing in, out and back, as the app handles it once for every area: each role lands in its
 * own area, another area says it is not theirs, the API's field errors stand beside their
 * fields, an expired access token is renewed without the person noticing, a revoked session
 * returns to the sign-in page, and the browser's language picks the app's.
 */
describe('web app: session', () => {
  let sg: TestSupergraph;
  let browser: Browser;
  let accounts: Accounts;
  const areas: Area[] = [];

  beforeAll(async () => {
    // Short-lived access tokens and no clock skew allowed, so a test can hold one past its expiry.
    [sg, browser] = await Promise.all([
      startWebStack({ env: { ACCESS_TOKEN_TTL: '3s' }, router: { jwtClockLeewaySeconds: 0 } }),
      launchChromium(),
    ]);
    accounts = await createAccounts(sg);
  });
  afterAll(async () => {
    await browser?.close();
    await sg?.stop();
  });
  afterEach(async () => {
    for (const area of areas.splice(0)) {
      expect(area.pageErrors).toEqual([]);
      await area.context.close();
    }
  });

  async function open(locale?: string): Promise<Page> {
    const area = await openArea(browser, sg.url.replace(/\/graphql$/, ''), locale ? { locale } : {});
    areas.push(area);
    return area.page;
  }

  async function signIn(page: Page, who: { email: string; password: string }): Promise<void> {
    await page.goto('/login');
    await page.getByLabel('Email').fill(who.email);
    await page.getByLabel('Password').fill(who.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
  }

  const storedSession = (page: Page) =>
    page.evaluate(
      () =>
        JSON.parse(localStorage.getItem('foodgraph.session') ?? 'null') as {
          accessToken: string;
          refreshToken: string;
          expiresAt: number;
        } | null,
    );

  it('lands each role in its own area and tells another role the page is not theirs', async () => {
    const page = await open();
    await signIn(page, accounts.courier);
    await page.waitForURL('**/courier');
    await page.goto('/admin');
    await page.getByRole('heading', { name: 'Not your area' }).waitFor();
    await page.getByText('This page is for admins. You are signed in as a courier.').waitFor();
    await page.getByRole('link', { name: 'Go to your own page' }).click();
    await page.waitForURL('**/courier');
  });

  it('sends a signed-out visitor to sign in, then back where they were headed', async () => {
    const page = await open();
    await page.goto('/partner');
    await page.waitForURL('**/login?next=%2Fpartner');
    await page.getByLabel('Email').fill(accounts.partner.email);
    await page.getByLabel('Password').fill(accounts.partner.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL('**/partner');
  });

  it('shows the API message of a wrong sign-in and a field error beside its field', async () => {
    const page = await open();
    await signIn(page, { email: accounts.customer.email, password: 'not-the-password' });
    await page
      .getByRole('alert')
      .filter({ hasText: /invalid|incorrect|wrong/i })
      .waitFor();

    await page.goto('/register');
    await page.getByLabel('Name').fill('Short Password');
    await page.getByLabel('Email').fill(`short-${Date.now()}@test.foodgraph`);
    await page.getByLabel('Password').fill('short');
    await page.getByRole('button', { name: 'Create account' }).click();
    const password = page.getByLabel('Password');
    await page.locator('input[aria-invalid="true"]').waitFor();
    expect(await password.getAttribute('aria-invalid')).toBe('true');
    // The API's own message (extensions.field = input.password), tied to the field for screen readers.
    const describedBy = (await password.getAttribute('aria-describedby')) ?? '';
    const message = await page.locator(`[id="${describedBy.split(' ').pop() ?? ''}"]`).textContent();
    expect(message).toMatch(/10/);
    expect(await page.getByLabel('Name').getAttribute('aria-invalid')).toBeNull();
  });

  it('renews an expired access token without the person noticing', async () => {
    const page = await open();
    await signIn(page, accounts.customer);
    await page.waitForURL((url) => url.pathname === '/');
    const first = await storedSession(page);
    expect(first).not.toBeNull();
    // The token expires (3 s); the app is told it is still good, as a sleeping tab's clock might,
    // so the router's UNAUTHENTICATED is what makes it refresh.
    await page.waitForTimeout(3_500);
    await page.evaluate(() => {
      const session = JSON.parse(localStorage.getItem('foodgraph.session')!) as { expiresAt: number };
      localStorage.setItem('foodgraph.session', JSON.stringify({ ...session, expiresAt: Date.now() + 3_600_000 }));
    });
    await page.goto('/orders');
    // The app's first request is refused, refreshed behind the scenes and sent again.
    await page.waitForFunction((stale) => !localStorage.getItem('foodgraph.session')?.includes(stale), first!.accessToken);
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/orders');
    const renewed = await storedSession(page);
    expect(renewed?.refreshToken).not.toBe(first?.refreshToken);
  });

  it('returns to the sign-in page when the session was revoked', async () => {
    const page = await open();
    await signIn(page, accounts.customer);
    await page.waitForURL((url) => url.pathname === '/');
    const session = await storedSession(page);
    // Signed out elsewhere: the refresh token no longer works.
    await sg.query(`mutation($refreshToken: String!) { logout(refreshToken: $refreshToken) }`, {
      variables: { refreshToken: session!.refreshToken },
    });
    // The tab is closed while the access token expires (3 s): an open app could notice first
    // (any request refreshes), leave for the sign-in page itself, and the visit below would then
    // find no session at all.
    await page.goto('about:blank');
    await page.waitForTimeout(3_500);
    await page.goto('/orders');
    await page.waitForURL('**/login?ended=1**');
    await page.getByText('Your session has ended. Please sign in again.').waitFor();
  });

  it("speaks the browser's language, and the switcher's choice wins", async () => {
    const page = await open('pt-BR');
    await page.goto('/login');
    await page.getByRole('heading', { name: 'Entrar' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('pt-BR');
    await page.getByLabel('Idioma').selectOption('fr');
    await page.getByRole('heading', { name: 'Connexion' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'Connexion' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
  });

  it('has no serious accessibility violation on the sign-in, register and not-found pages', async () => {
    const page = await open();
    for (const path of ['/login', '/register', '/no-such-page']) {
      await page.goto(path);
      await page.getByRole('heading', { level: 1 }).waitFor();
      expect({ path, violations: await seriousViolations(page) }).toEqual({ path, violations: [] });
    }
  });
});
