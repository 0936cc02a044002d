/// <reference lib="dom" /> -- page.waitForFunction callbacks run in the browser
import { dataOf, type DemoRestaurant, type SignedIn, type TestSupergraph } from '@foodgraph/testing';
import type { Browser, Page } from 'playwright-core';
import { seriousViolations } from './support/axe';
import { launchChromium, openArea, screenshot, type Area } from './support/browser';
import { applyCoupon, basketTotals, chooseTip, couponRow, createCoupon, deliverLater, openCoupons } from './support/commerce-screens';
import { addToBasket, cancelOrder, continueAsGuest, placeOrder, waitForOrderStatus } from './support/customer-screens';
import { signIn } from './support/sign-in';
import { createAccounts, openRestaurant, startWebStack, type Accounts } from './support/web-stack';

const ADDRESS = { line1: 'Customer Road 5', postalCode: '12345', city: 'Springfield' };

/**
 * Issue 17's screens against the real stack: the partner makes a coupon on its page, a visitor
 * fills the basket signed out (the server's basket takes it over once they continue as a guest),
 * applies the coupon (a wrong code refused beside the field), tips 10 %, sees the "deliver
 * later" slots, and the order carries the discount and the tip; the admin's coupon page.
 */
describe('web app: basket, coupons, tips, deliver later', () => {
  let sg: TestSupergraph;
  let browser: Browser;
  let accounts: Accounts;
  let venue: DemoRestaurant;
  const areas: Area[] = [];

  beforeAll(async () => {
    [sg, browser] = await Promise.all([startWebStack(), launchChromium()]);
    accounts = await createAccounts(sg);
    venue = await openRestaurant(sg, accounts.partner, {
      name: 'Coupon Pizzeria',
      items: [{ name: 'Margherita', price: 2000 }],
      deliveryFee: 300,
    });
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

  async function open(): Promise<Page> {
    const area = await openArea(browser, sg.url.replace(/\/graphql$/, ''));
    areas.push(area);
    // A step that hangs fails where it hangs, well inside the test's own timeout.
    area.page.setDefaultTimeout(20_000);
    return area.page;
  }

  async function expectNoSeriousViolations(page: Page, where: string): Promise<void> {
    expect({ where, violations: await seriousViolations(page) }).toEqual({ where, violations: [] });
  }

  async function api<T>(who: SignedIn, query: string, variables: Record<string, unknown>, what: string): Promise<T> {
    return dataOf(await sg.query<T>(query, { token: who.token, variables }), what);
  }

  it('lets the partner create a coupon for its restaurant and deactivate another', async () => {
    const page = await open();
    await signIn(page, accounts.partner, '/partner');
    await openCoupons(page, venue.name);
    await page.getByText('No coupons yet.').waitFor();
    // A percent over 100: the API refuses it beside the field.
    await createCoupon(page, { code: 'TOOMUCH', percent: 150 });
    const percent = page.getByLabel('Percent off (1–100)');
    await page.waitForFunction(() => document.querySelector('[aria-invalid="true"]') !== null);
    expect(await percent.getAttribute('aria-invalid')).toBe('true');

    await createCoupon(page, { code: 'PIZZA10', percent: 10, maxRedemptions: 5 });
    await couponRow(page, 'PIZZA10').getByText('0 of 5').waitFor();
    await createCoupon(page, { code: 'OLDCODE', amount: '3.00' });
    await couponRow(page, 'OLDCODE').getByText('€3.00').waitFor();
    await page.getByRole('button', { name: 'Deactivate coupon OLDCODE' }).click();
    await couponRow(page, 'OLDCODE').getByText('Deactivated').waitFor();
    await expectNoSeriousViolations(page, '/partner/restaurants/:id/coupons');
    await screenshot(page, 'partner-coupons');
  });

  it('checks out the server’s basket with a coupon and a tip, offering "deliver later" slots', async () => {
    await api(
      accounts.partner,
      'mutation($input: CouponInput!) { createCoupon(input: $input) { id } }',
      { input: { code: 'SLICE10', kind: 'PERCENT', value: 10, restaurantId: venue.id } },
      'createCoupon',
    );
    const page = await open();
    await page.goto(`/restaurants/${venue.id}`);
    await addToBasket(page, 'Margherita');
    await page.getByRole('link', { name: 'Basket (1 item)' }).waitFor();
    await page.getByRole('link', { name: 'Go to checkout' }).click();
    await continueAsGuest(page, 'Guest Gabi');
    // The browser's basket moved to the server's once the guest session began: its totals are the API's.
    await expectTotals(page, ['Subtotal€20.00', 'Delivery€3.00', 'Total€23.00']);

    await applyCoupon(page, 'NOSUCHCODE');
    const code = page.getByLabel('Coupon code');
    await page.waitForFunction(() => document.querySelector('input[name="coupon"][aria-invalid="true"]') !== null);
    expect(await code.getAttribute('aria-invalid')).toBe('true');
    await applyCoupon(page, 'slice10');
    await page.getByText('Coupon SLICE10 applied').waitFor();
    await expectTotals(page, ['Subtotal€20.00', 'Delivery€3.00', 'Discount (SLICE10)−€2.00', 'Total€21.00']);

    await chooseTip(page, '10 %');
    await expectTotals(page, ['Subtotal€20.00', 'Delivery€3.00', 'Discount (SLICE10)−€2.00', 'Tip for the courier€2.00', 'Total€23.00']);

    const slots = await deliverLater(page);
    expect(slots.length).toBeGreaterThan(0);
    const first = Date.parse(slots[0] ?? '');
    expect(first - Date.now()).toBeGreaterThanOrEqual(29 * 60_000);
    expect(new Date(first).getUTCMinutes() % 15).toBe(0);
    expect(Date.parse(slots.at(-1)!) - Date.now()).toBeLessThanOrEqual(7 * 86_400_000);
    await expectNoSeriousViolations(page, '/checkout with coupon, tip and slots');
    await screenshot(page, 'checkout-coupon-tip-later');
    await page.getByRole('radio', { name: 'As soon as possible' }).check();

    await placeOrder(page, { ...ADDRESS, payment: 'CASH' });
    await waitForOrderStatus(page, 'Waiting for the restaurant to accept');
    const lines = page.getByRole('region', { name: 'Your order' });
    await lines.getByText('Discount (SLICE10)').waitFor();
    await lines.getByText('Tip for the courier').waitFor();
    await lines.getByText('€23.00').waitFor();
    // Checked out: the server's basket is empty again.
    await page.getByRole('link', { name: 'Basket (empty)' }).waitFor();
  });

  it('places a signed-in customer’s order for later: Scheduled with its time, in the history, cancellable', async () => {
    const page = await open();
    await signIn(page, accounts.customer);
    await page.goto(`/restaurants/${venue.id}`);
    await addToBasket(page, 'Margherita');
    await page.getByRole('link', { name: 'Basket (1 item)' }).waitFor();
    await page.goto('/checkout');
    const slots = await deliverLater(page);
    await page.getByLabel('Delivery time').selectOption(slots[2] ?? '');
    await page.getByLabel('Street and number').fill(ADDRESS.line1);
    await page.getByLabel('Postal code').fill(ADDRESS.postalCode);
    await page.getByLabel('City').fill(ADDRESS.city);
    await page.getByLabel('Cash on delivery').check();
    await page.getByRole('button', { name: 'Place order for later' }).click();
    await page.waitForURL(/\/orders\/[^/]+$/);
    await waitForOrderStatus(page, 'Scheduled');
    await page.getByText(/^Scheduled for /).waitFor();
    await expectNoSeriousViolations(page, '/orders/:id (scheduled)');

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My orders' }).click();
    await page
      .getByRole('table')
      .getByRole('row')
      .filter({ hasText: venue.name })
      .getByText(/Scheduled · for /)
      .waitFor();
    await page.goBack();
    await cancelOrder(page, 'Plans changed');
    await waitForOrderStatus(page, 'Cancelled');
  });

  it('shows the admin every coupon and makes platform-wide ones', async () => {
    const page = await open();
    await signIn(page, accounts.admin, '/admin');
    await page.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Coupons' }).click();
    await page.getByRole('heading', { level: 1, name: 'Coupons' }).waitFor();
    await createCoupon(page, { code: 'WELCOME5', percent: 5 });
    await couponRow(page, 'WELCOME5').getByText('Every restaurant').waitFor();
    await couponRow(page, 'SLICE10').getByText(venue.name).waitFor();
    await expectNoSeriousViolations(page, '/admin/coupons');
  });

  async function expectTotals(page: Page, rows: string[]): Promise<void> {
    await page
      .waitForFunction(
        (want) => {
          const rowsNow = document.querySelectorAll<HTMLElement>('aside dl[aria-label="Basket totals"] > div');
          const got = Array.from(rowsNow, (d) => (d.textContent ?? '').replace(/\s+/g, ''));
          return JSON.stringify(got) === JSON.stringify(want);
        },
        rows.map((r) => r.replace(/\s+/g, '')),
        { timeout: 10_000 },
      )
      .catch(async () => {
        expect(await basketTotals(page)).toEqual(rows);
      });
  }
});
