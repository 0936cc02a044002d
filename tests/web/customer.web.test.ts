import {
  dataOf,
  eventually,
  orderOf,
  placeOrder as placeOrderByApi,
  waitForOrder,
  type DemoRestaurant,
  type SignedIn,
  type TestSupergraph,
} from '@foodgraph/testing';
import type { Browser, Page } from 'playwright-core';
import { seriousViolations } from './support/axe';
import { launchChromium, openArea, screenshot, type Area } from './support/browser';
import {
  addReplacingBasket,
  addToBasket,
  cancelOrder,
  continueAsGuest,
  courierOnMap,
  fillCheckoutAndPlace,
  openRestaurantFromList,
  payInSandbox,
  placeOrder,
  reviewOrder,
  searchRestaurants,
  waitForOrderStatus,
} from './support/customer-screens';
import { focusedName, tabTo } from './support/keyboard';
import { createAccounts, openRestaurant, startWebStack, type Accounts } from './support/web-stack';

/** Where the customer is: the drop-off the checkout pins, near the test restaurant (40.0, -75.0). */
const HOME = { latitude: 40.01, longitude: -75.01 };
const ADDRESS = { line1: 'Customer Road 5', postalCode: '12345', city: 'Springfield' };

/**
 * The customer's area against the real stack: browse and search, the menu and the one-restaurant
 * basket, checkout as a guest and signed in, the QR code paid in the sandbox, the order page
 * following every step live (status, ETA, the courier on the map), cancel, review, history.
 */
describe('web app: customer', () => {
  let sg: TestSupergraph;
  let browser: Browser;
  let accounts: Accounts;
  let noodles: DemoRestaurant;
  let tacos: DemoRestaurant;
  const areas: Area[] = [];

  beforeAll(async () => {
    [sg, browser] = await Promise.all([startWebStack(), launchChromium()]);
    accounts = await createAccounts(sg);
    [noodles, tacos] = await Promise.all([
      openRestaurant(sg, accounts.partner, {
        name: 'Noodle Bar Customer Test',
        items: [
          { name: 'Shoyu ramen', price: 1300 },
          { name: 'Gyoza', price: 550 },
        ],
      }),
      openRestaurant(sg, accounts.partner, { name: 'Taco Stand Customer Test', items: [{ name: 'Al pastor', price: 900 }] }),
    ]);
    // Sold out from the start: the menu lists it as unavailable.
    await api(
      accounts.partner,
      'mutation($input: MenuItemInput!) { createMenuItem(input: $input) { id } }',
      { input: { restaurantId: noodles.id, name: 'Sold-out bao', price: 400, stock: 0 } },
      'createMenuItem',
    );
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
    const area = await openArea(browser, sg.url.replace(/\/graphql$/, ''), { geolocation: HOME });
    areas.push(area);
    return area.page;
  }

  async function api<T = Record<string, unknown>>(
    who: SignedIn,
    query: string,
    variables: Record<string, unknown>,
    what: string,
  ): Promise<T> {
    return dataOf(await sg.query<T>(query, { token: who.token, variables }), what);
  }

  async function signIn(page: Page, who: { email: string; password: string }, next = '/'): Promise<void> {
    await page.goto(`/login?next=${encodeURIComponent(next)}`);
    await page.getByLabel('Email').fill(who.email);
    await page.getByLabel('Password').fill(who.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL((url) => url.pathname === next);
  }

  async function expectNoSeriousViolations(page: Page, where: string): Promise<void> {
    expect({ where, violations: await seriousViolations(page) }).toEqual({ where, violations: [] });
  }

  it('works with the keyboard alone: skip link, sign-in, a restaurant, the basket', async () => {
    const page = await open();
    await page.goto('/login');
    // The app renders after its languages load: the first Tab must land on a drawn page.
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await page.keyboard.press('Tab');
    expect(await focusedName(page)).toBe('Skip to content');
    await page.keyboard.press('Enter');
    await tabTo(page, 'Email');
    await page.keyboard.type(accounts.customer.email);
    await tabTo(page, 'Password');
    await page.keyboard.type(accounts.customer.password);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === '/');
    await page.getByRole('link', { name: noodles.name, exact: true }).waitFor();
    await tabTo(page, noodles.name);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: noodles.name }).waitFor();
    await tabTo(page, 'Add Gyoza to the basket');
    await page.keyboard.press('Enter');
    await page.getByRole('link', { name: 'Basket (1 item)' }).waitFor();
  });

  it('browses and searches restaurants; the menu shows what cannot be ordered; one restaurant per basket', async () => {
    const page = await open();
    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: 'Restaurants' }).waitFor();
    await searchRestaurants(page, { search: 'Taco Stand Customer', openNow: true });
    const list = page.getByRole('list', { name: 'Restaurants found' });
    await list.getByRole('link', { name: tacos.name }).waitFor();
    expect(await list.getByRole('link', { name: noodles.name }).count()).toBe(0);
    await expectNoSeriousViolations(page, '/');

    await searchRestaurants(page, { search: 'Noodle Bar Customer' });
    await openRestaurantFromList(page, noodles.name);
    await page.getByText('No reviews yet').first().waitFor();
    // The sold-out dish is listed, marked, and has no "Add" button.
    const soldOut = page.getByRole('listitem').filter({ hasText: 'Sold-out bao' });
    await soldOut.getByText('Unavailable').waitFor();
    expect(await page.getByRole('button', { name: 'Add Sold-out bao to the basket' }).count()).toBe(0);
    await addToBasket(page, 'Shoyu ramen');
    await addToBasket(page, 'Shoyu ramen');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Basket (2 items)' }).waitFor();
    await expectNoSeriousViolations(page, '/restaurants/:id');

    // A dish of another restaurant asks first; keeping the basket changes nothing.
    await page.goto(`/restaurants/${tacos.id}`);
    await addReplacingBasket(page, 'Al pastor', false);
    await page.getByRole('link', { name: 'Basket (2 items)' }).waitFor();
    await addReplacingBasket(page, 'Al pastor', true);
    await page.getByRole('link', { name: 'Basket (1 item)' }).waitFor();
    await page.getByRole('complementary').getByText('From Taco Stand Customer Test').waitFor();
  });

  it('offers no sandbox "Pay" where payments do not go through the sandbox', async () => {
    const lines = [{ menuItemId: noodles.items[0].id, quantity: 1 }];
    const placed = orderOf(await placeOrderByApi(sg, accounts.customer, { restaurantId: noodles.id, lines }), 'placeOrder');
    await waitForOrder(sg, accounts.customer, placed.id, 'AWAITING_PAYMENT');
    const page = await open();
    // What a router with another payment provider answers (router/tests/web-app.test.ts covers that side).
    await page.route('**/app-config.json', (route) => route.fulfill({ json: { mapTiles: null, sandboxPayments: false } }));
    await signIn(page, accounts.customer, `/orders/${placed.id}`);
    await page.getByRole('img', { name: /^QR code to pay / }).waitFor();
    expect(await page.getByRole('button', { name: 'Pay', exact: true }).count()).toBe(0);
    await expectNoSeriousViolations(page, '/orders/:id without the sandbox');
  });

  it('lets a guest order: the API’s field error beside its field, the QR code paid in the sandbox, live status, cancel', async () => {
    const page = await open();
    await page.goto(`/restaurants/${noodles.id}`);
    await addToBasket(page, 'Gyoza');
    await page.getByRole('link', { name: 'Go to checkout' }).click();
    await page.getByRole('heading', { level: 1, name: 'Checkout' }).waitFor();
    // Signed out: sign in and register come back here.
    const main = page.getByRole('main');
    expect(await main.getByRole('link', { name: 'Sign in' }).getAttribute('href')).toBe('/login?next=%2Fcheckout');
    expect(await main.getByRole('link', { name: 'Create an account' }).getAttribute('href')).toBe('/register?next=%2Fcheckout');
    await continueAsGuest(page, 'Guest Gina');
    await expectNoSeriousViolations(page, '/checkout');

    // A blank street: the API says so, beside the street field.
    await fillCheckoutAndPlace(page, { ...ADDRESS, line1: '   ', payment: 'QR' });
    const street = page.getByLabel('Street and number');
    await eventually(async () => expect(await street.getAttribute('aria-invalid')).toBe('true'), 10_000);
    const errorId = (await street.getAttribute('aria-describedby'))?.split(' ').pop() ?? '';
    expect(await page.locator(`[id="${errorId}"]`).textContent()).toMatch(/line1/);
    expect(await page.getByLabel('City').getAttribute('aria-invalid')).toBeNull();

    await fillCheckoutAndPlace(page, { ...ADDRESS, payment: 'QR' });
    await page.waitForURL(/\/orders\/[^/]+$/);
    await waitForOrderStatus(page, 'Waiting for your payment');
    await expectNoSeriousViolations(page, '/orders/:id (QR)');
    await screenshot(page, 'customer-qr-payment');
    await payInSandbox(page);
    // No reload: the subscription moves the page on.
    await waitForOrderStatus(page, 'Waiting for the restaurant to accept');
    await page.getByRole('list', { name: 'Order history' }).getByText('Waiting for your payment').waitFor();
    await cancelOrder(page, 'Changed my mind');
    await waitForOrderStatus(page, 'Cancelled');
    await page
      .getByText(/refunded/)
      .first()
      .waitFor({ timeout: 20_000 });
  });

  it('follows a signed-in customer’s order live to the door, the courier on the map, then the review and the rating', async () => {
    const { customer, partner, courier } = accounts;
    // The courier is online near the restaurant, so the delivery is offered to them.
    await api(courier, 'mutation { setCourierAvailability(available: true) { id } }', {}, 'setCourierAvailability');
    await api(
      courier,
      'mutation($l: GeoPointInput!) { updateCourierLocation(location: $l) { id } }',
      { l: { lat: 40.0, lng: -75.0 } },
      'location',
    );

    const page = await open();
    await signIn(page, customer);
    await page.goto(`/restaurants/${noodles.id}`);
    await addToBasket(page, 'Shoyu ramen');
    await page.goto('/checkout');
    const orderId = await placeOrder(page, { ...ADDRESS, payment: 'CASH', pinLocation: true, notes: 'Ring twice' });
    await waitForOrderStatus(page, 'Waiting for the restaurant to accept');
    expect(await page.getByRole('form', { name: 'Cancel this order' }).count()).toBe(1);

    await api(partner, 'mutation($id: ID!) { acceptOrder(orderId: $id, prepMinutes: 15) { id } }', { id: orderId }, 'acceptOrder');
    await waitForOrderStatus(page, 'Accepted by the restaurant');
    await page.getByText(/^Ready around /).waitFor();
    expect(await page.getByRole('form', { name: 'Cancel this order' }).count()).toBe(0);
    await api(partner, 'mutation($id: ID!) { startPreparing(orderId: $id) { id } }', { id: orderId }, 'startPreparing');
    await waitForOrderStatus(page, 'Being prepared');

    const deliveryId = await eventually(
      async () => {
        const { myCourierProfile } = await api<{ myCourierProfile: { offeredDelivery: { id: string } | null } }>(
          courier,
          'query { myCourierProfile { offeredDelivery { id } } }',
          {},
          'offeredDelivery',
        );
        if (!myCourierProfile.offeredDelivery) throw new Error('no offer yet');
        return myCourierProfile.offeredDelivery.id;
      },
      20_000,
      250,
    );
    await api(courier, 'mutation($id: ID!) { acceptDelivery(deliveryId: $id) { id } }', { id: deliveryId }, 'acceptDelivery');
    await page.getByText(/^Your courier: /).waitFor({ timeout: 20_000 });
    await api(partner, 'mutation($id: ID!) { markOrderReady(orderId: $id) { id } }', { id: orderId }, 'markOrderReady');
    await waitForOrderStatus(page, 'Ready, waiting for the courier');
    await api(courier, 'mutation($id: ID!) { markPickedUp(deliveryId: $id) { id } }', { id: deliveryId }, 'markPickedUp');
    await waitForOrderStatus(page, 'On its way');

    // The courier moves; the map's text alternative follows without a reload.
    await eventually(
      async () => {
        await api(
          courier,
          'mutation($l: GeoPointInput!) { updateCourierLocation(location: $l) { id } }',
          { l: { lat: 40.005, lng: -75.005 } },
          'ping',
        );
        await courierOnMap(page)
          .getByText(/40\.005, -75\.005/)
          .waitFor({ timeout: 2_000 });
      },
      20_000,
      250,
    );
    await page
      .getByRole('figure')
      .getByRole('group', { name: /^Map of order / })
      .waitFor();
    await expectNoSeriousViolations(page, '/orders/:id (on its way)');
    await screenshot(page, 'customer-order-on-its-way');

    await api(courier, 'mutation($id: ID!) { markDelivered(deliveryId: $id) { id } }', { id: deliveryId }, 'markDelivered');
    await waitForOrderStatus(page, 'Delivered');
    await reviewOrder(page, { restaurant: 5, courier: 4, comment: 'Hot and quick' });

    await page.goto(`/restaurants/${noodles.id}`);
    await page.getByText('5 of 5 stars (1 review)').first().waitFor({ timeout: 20_000 });
    await page
      .getByRole('article', { name: /^Review by / })
      .getByText('Hot and quick')
      .waitFor();

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My orders' }).click();
    await page.getByRole('heading', { level: 1, name: 'My orders' }).waitFor();
    await page.getByRole('table').getByRole('row').filter({ hasText: noodles.name }).getByText('Delivered').waitFor();
    await expectNoSeriousViolations(page, '/orders');
  });
});
