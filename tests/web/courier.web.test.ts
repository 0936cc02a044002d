import {
  dataOf,
  eventually,
  orderMutation,
  orderOf,
  placeOrder,
  waitForOrder,
  type DemoRestaurant,
  type TestOrder,
  type TestSupergraph,
} from '@foodgraph/testing';
import type { Browser, Page } from 'playwright-core';
import { seriousViolations } from './support/axe';
import { launchChromium, openArea, screenshot, type Area } from './support/browser';
import {
  acceptOffer,
  activeDelivery,
  courierNews,
  declineOffer,
  earningsFigure,
  markDelivered,
  markPickedUp,
  offerSecondsLeft,
  openCourier,
  PHONE,
  setOnline,
  shareLocation,
  showEarnings,
  waitForOffer,
} from './support/courier-screens';
import { signIn } from './support/sign-in';
import { createAccounts, openRestaurant, startWebStack, type Accounts } from './support/web-stack';

/** Where the courier's phone says they are: beside the test restaurant (40.0, -75.0). */
const AT_THE_KITCHEN = { latitude: 40.0, longitude: -75.0 };

interface CourierState {
  myCourierProfile: { status: string; location: { lat: number; lng: number } | null; offeredDelivery: { id: string } | null };
}

/**
 * The courier's phone (390×844) against the real stack: online and location sharing, offers
 * arriving live with a countdown, decline, accept, picked up, delivered with the delivery on the
 * map, and the day's earnings; axe on every screen.
 */
describe('web app: courier', () => {
  let sg: TestSupergraph;
  let browser: Browser;
  let accounts: Accounts;
  let venue: DemoRestaurant;
  const areas: Area[] = [];

  beforeAll(async () => {
    [sg, browser] = await Promise.all([
      startWebStack({ env: { DISPATCH_POLL_INTERVAL: '200ms', OFFER_TIMEOUT: '60s' } }),
      launchChromium(),
    ]);
    accounts = await createAccounts(sg);
    venue = await openRestaurant(sg, accounts.partner, { name: 'Courier Test Diner', items: [{ name: 'Burger', price: 1100 }] });
  }, 180_000);
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

  async function phone(): Promise<Page> {
    const area = await openArea(browser, sg.url.replace(/\/graphql$/, ''), { viewport: PHONE, geolocation: AT_THE_KITCHEN });
    areas.push(area);
    await signIn(area.page, accounts.courier, '/courier');
    return area.page;
  }

  async function expectNoSeriousViolations(page: Page, where: string): Promise<void> {
    expect({ where, violations: await seriousViolations(page) }).toEqual({ where, violations: [] });
  }

  const courierState = async () =>
    dataOf<CourierState>(
      await sg.query<CourierState>('query { myCourierProfile { status location { lat lng } offeredDelivery { id } } }', {
        token: accounts.courier.token,
      }),
      'myCourierProfile',
    ).myCourierProfile;

  /** A cash order the restaurant accepted: delivery offers it to the nearest available courier. */
  async function acceptedOrder(): Promise<TestOrder> {
    const { customer, partner } = accounts;
    const placed = orderOf(
      await placeOrder(sg, customer, {
        restaurantId: venue.id,
        lines: [{ menuItemId: venue.items[0].id, quantity: 1 }],
        paymentMethod: 'CASH_ON_DELIVERY',
      }),
      'placeOrder',
    );
    await waitForOrder(sg, customer, placed.id, 'PLACED');
    return orderOf(await orderMutation(sg, partner, 'accept', { orderId: placed.id, prepMinutes: 10 }), 'acceptOrder');
  }

  it('goes online sharing its location, declines one offer and delivers another, then sees the day’s earnings', async () => {
    const page = await phone();
    await openCourier(page);
    await page.getByText('Go online to receive delivery offers.').waitFor();
    await expectNoSeriousViolations(page, '/courier (offline)');

    await shareLocation(page, true);
    await eventually(async () => expect((await courierState()).location).toEqual({ lat: 40.0, lng: -75.0 }), 10_000);
    await setOnline(page, true);
    expect((await courierState()).status).toBe('AVAILABLE');

    // The first offer arrives without a reload, counts down, and is declined.
    const first = await acceptedOrder();
    const offer = await waitForOffer(page, venue.name);
    await courierNews(page).getByText(`New offer: order ${first.number} from ${venue.name}.`).waitFor();
    await offer.getByText('Customer Road 5').waitFor();
    const before = await offerSecondsLeft(page);
    expect(before).toBeGreaterThan(30);
    expect(before).toBeLessThanOrEqual(60);
    await eventually(async () => expect(await offerSecondsLeft(page)).toBeLessThan(before), 5_000);
    await expectNoSeriousViolations(page, '/courier (offer)');
    await screenshot(page, 'courier-offer');
    await declineOffer(page, venue.name);
    expect((await courierState()).offeredDelivery).toBeNull();

    // The second is accepted, picked up once the kitchen is done, and delivered.
    const second = await acceptedOrder();
    await acceptOffer(page, venue.name);
    const card = activeDelivery(page);
    await card.getByRole('heading', { name: `Order ${second.number} from ${venue.name}` }).waitFor();
    await card
      .getByRole('figure')
      .getByRole('group', { name: `Map of order ${second.number}` })
      .waitFor();
    orderOf(await orderMutation(sg, accounts.partner, 'startPreparing', { orderId: second.id }), 'startPreparing');
    orderOf(await orderMutation(sg, accounts.partner, 'markReady', { orderId: second.id }), 'markOrderReady');
    // Delivery hears of "ready" a moment after orders: an early tap shows the API's refusal, a later one works.
    await eventually(() => markPickedUp(page, 2_000), 20_000, 500);
    await expectNoSeriousViolations(page, '/courier (on the way)');
    await screenshot(page, 'courier-delivery');
    await markDelivered(page);
    await courierNews(page).getByText(`Order ${second.number} delivered. Thank you!`).waitFor();
    expect((await waitForOrder(sg, accounts.customer, second.id, 'DELIVERED')).status).toBe('DELIVERED');

    await showEarnings(page, 'Today');
    await eventually(async () => expect(await earningsFigure(page, 'Deliveries').textContent()).toBe('1'), 10_000);
    expect(await earningsFigure(page, 'Total').textContent()).toMatch(/\d/);
    await expectNoSeriousViolations(page, '/courier/earnings');
    await showEarnings(page, 'This week');
    await eventually(async () => expect(await earningsFigure(page, 'Deliveries').textContent()).toBe('1'), 10_000);
  });

  it('shows the API’s message beside the dates of a range it refuses', async () => {
    const page = await phone();
    await page.goto('/courier/earnings');
    await page.getByRole('heading', { level: 1, name: 'Earnings' }).waitFor();
    await showEarnings(page, 'Dates', { from: '2026-03-10', to: '2026-03-01' });
    const to = page.getByLabel('To (inclusive)');
    await eventually(async () => expect(await to.getAttribute('aria-invalid')).toBe('true'), 10_000);
    const errorId = (await to.getAttribute('aria-describedby'))?.split(' ').pop() ?? '';
    expect(await page.locator(`[id="${errorId}"]`).textContent()).toBe('to must be later than from');
    await expectNoSeriousViolations(page, '/courier/earnings (range error)');
  });
});
