import {
  dataOf,
  eventually,
  orderOf,
  placeOrder,
  readOrder,
  waitForOrder,
  type DemoRestaurant,
  type SignedIn,
  type TestSupergraph,
} from '@foodgraph/testing';
import type { Browser, Page } from 'playwright-core';
import { seriousViolations } from './support/axe';
import { launchChromium, openArea, screenshot, type Area } from './support/browser';
import {
  acceptOrder,
  dishRow,
  enableSound,
  kitchenAnnouncements,
  markReady,
  openKitchen,
  rejectOrder,
  setDishAvailable,
  setDishStock,
  setLineStatus,
  setTakingOrders,
  startPreparing,
  submitAccept,
  ticket,
  waitForTicket,
} from './support/kitchen-screens';
import { signIn } from './support/sign-in';
import { createAccounts, openRestaurant, startWebStack, type Accounts } from './support/web-stack';

interface VenueState {
  restaurant: { acceptingOrders: boolean; menu: { name: string; available: boolean; stock: number | null }[] };
}

/**
 * The kitchen against the real stack: orders arrive live (announced, with a chime once sound is
 * on), the API's error beside the preparation minutes, accept, per-dish status, preparing,
 * ready, reject with a reason; the restaurant's open switch; a dish's availability and stock.
 */
describe('web app: kitchen', () => {
  let sg: TestSupergraph;
  let browser: Browser;
  let accounts: Accounts;
  let venue: DemoRestaurant;
  let other: DemoRestaurant;
  const areas: Area[] = [];

  beforeAll(async () => {
    [sg, browser] = await Promise.all([startWebStack(), launchChromium()]);
    accounts = await createAccounts(sg);
    [venue, other] = await Promise.all([
      openRestaurant(sg, accounts.partner, {
        name: 'Pho Kitchen Test',
        items: [
          { name: 'Pho', price: 1200 },
          { name: 'Spring rolls', price: 500 },
        ],
      }),
      openRestaurant(sg, accounts.partner, { name: 'Second Kitchen Test', items: [{ name: 'Rice', price: 300 }] }),
    ]);
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

  async function kitchenOf(restaurant: DemoRestaurant): Promise<Page> {
    const area = await openArea(browser, sg.url.replace(/\/graphql$/, ''));
    areas.push(area);
    await signIn(area.page, accounts.partner, '/kitchen');
    await openKitchen(area.page, restaurant.name);
    return area.page;
  }

  async function expectNoSeriousViolations(page: Page, where: string): Promise<void> {
    expect({ where, violations: await seriousViolations(page) }).toEqual({ where, violations: [] });
  }

  /** A cash order (no payment step): PLACED as soon as its stock is reserved. */
  async function cashOrder(customer: SignedIn, lines: { menuItemId: string; quantity: number }[]) {
    const placed = orderOf(
      await placeOrder(sg, customer, { restaurantId: venue.id, lines, paymentMethod: 'CASH_ON_DELIVERY' }),
      'placeOrder',
    );
    return waitForOrder(sg, customer, placed.id, 'PLACED');
  }

  it('shows a new order live and takes it through accept, per-dish status, preparing and ready; rejects another', async () => {
    const page = await kitchenOf(venue);
    await page.goto('/kitchen');
    await page.getByRole('link', { name: other.name }).waitFor();
    await expectNoSeriousViolations(page, '/kitchen');
    await openKitchen(page, venue.name);
    await page.getByText('No orders right now. New ones appear here as they come in.').waitFor();
    await enableSound(page);

    const [pho, rolls] = venue.items;
    const order = await cashOrder(accounts.customer, [
      { menuItemId: pho.id, quantity: 2 },
      { menuItemId: rolls.id, quantity: 1 },
    ]);
    // No reload: the feed brings it, and the live region says so.
    await waitForTicket(page, order.number, 'New');
    await kitchenAnnouncements(page).getByText(`New order ${order.number}: 2 dishes.`).waitFor();
    await expectNoSeriousViolations(page, '/kitchen/:id (new order)');

    // Zero minutes: the API's message beside the field it names.
    await submitAccept(page, order.number, 0);
    const minutes = ticket(page, order.number).getByLabel('Preparation minutes');
    await eventually(async () => expect(await minutes.getAttribute('aria-invalid')).toBe('true'), 10_000);
    const errorId = (await minutes.getAttribute('aria-describedby'))?.split(' ').pop() ?? '';
    expect(await page.locator(`[id="${errorId}"]`).textContent()).toMatch(/prepMinutes/);

    await acceptOrder(page, order.number, 20);
    await ticket(page, order.number)
      .getByText(/ready by /)
      .waitFor();
    await setLineStatus(page, order.number, '2 × Pho', 'Cooking');
    const cooking = await readOrder(sg, accounts.partner, order.id);
    expect(cooking?.lines.map((l) => [l.name, l.status])).toEqual([
      ['Pho', 'COOKING'],
      ['Spring rolls', 'QUEUED'],
    ]);
    await startPreparing(page, order.number);
    await markReady(page, order.number);
    await ticket(page, order.number).getByText('Ready — waiting for the courier.').waitFor();
    // A delivery order is the courier's to finish: no pick-up badge, nothing to hand over.
    expect(await ticket(page, order.number).getByText('Pick-up', { exact: true }).count()).toBe(0);
    expect(await ticket(page, order.number).getByRole('button', { name: 'Handed over' }).count()).toBe(0);
    await expectNoSeriousViolations(page, '/kitchen/:id (ready)');
    await screenshot(page, 'kitchen-queue');

    const second = await cashOrder(accounts.customer, [{ menuItemId: pho.id, quantity: 1 }]);
    await waitForTicket(page, second.number, 'New');
    await rejectOrder(page, second.number, 'Out of rice noodles');
    const rejected = await readOrder(sg, accounts.partner, second.id);
    expect([rejected?.status, rejected?.statusReason]).toEqual(['REJECTED', 'Out of rice noodles']);
  });

  it('switches taking orders, a dish’s availability and its stock; a bad stock is refused in its row', async () => {
    const page = await kitchenOf(venue);
    const read = async () =>
      dataOf<VenueState>(
        await sg.query<VenueState>(
          'query($id: ID!) { restaurant(id: $id) { acceptingOrders menu(availableOnly: false) { name available stock } } }',
          {
            token: accounts.partner.token,
            variables: { id: venue.id },
          },
        ),
        'restaurant',
      ).restaurant;
    const dish = async (name: string) => (await read()).menu.find((d) => d.name === name);

    await setTakingOrders(page, false);
    expect((await read()).acceptingOrders).toBe(false);
    await setTakingOrders(page, true);
    expect((await read()).acceptingOrders).toBe(true);

    await setDishAvailable(page, 'Spring rolls', false);
    expect((await dish('Spring rolls'))?.available).toBe(false);

    await setDishStock(page, 'Pho', -1);
    await dishRow(page, 'Pho')
      .getByRole('alert')
      .getByText(/stock must be 0 or more/)
      .waitFor();
    expect(await page.getByLabel('Portions of Pho left today').getAttribute('aria-invalid')).toBe('true');
    await setDishStock(page, 'Pho', 5);
    await eventually(async () => expect((await dish('Pho'))?.stock).toBe(5), 10_000);
    await eventually(
      async () => expect(await page.getByLabel('Portions of Pho left today').getAttribute('aria-invalid')).toBeNull(),
      10_000,
    );
    await expectNoSeriousViolations(page, '/kitchen/:id (menu)');
  });
});
