/// <reference lib="dom" /> -- page.evaluate callbacks run in the browser
import { dataOf, eventually, loginAdmin, type DemoRestaurant, type SignedIn, type TestSupergraph } from '@foodgraph/testing';
import type { Browser, Page } from 'playwright-core';
import { PartnerRestaurantsDocument } from '../../schema/generated/graphql';
import { seriousViolations } from './support/axe';
import { launchChromium, openArea, screenshot, type Area } from './support/browser';
import {
  addDish,
  addMenuSection,
  apiKeyRow,
  createApiKey,
  dishCard,
  openingWindow,
  openRestaurantScreen,
  replyToReview,
  restaurantCard,
  revokeApiKey,
  setOpeningHours,
  submitNewRestaurant,
} from './support/partner-screens';
import { reviewedOrder } from './support/reviewed-order';
import { createAccounts, openRestaurant, startWebStack, type Accounts } from './support/web-stack';

const documentId = (doc: unknown) => `sha256:${(doc as { __meta__: { hash: string } }).__meta__.hash}`;

/**
 * The partner's back office: a new restaurant (the API's error beside the opening window it
 * names, then waiting for approval), details and hours, the menu, an API key shown once, the
 * admin's suspension reason, replies to reviews; axe on every screen.
 */
describe('web app: partner area', () => {
  let sg: TestSupergraph;
  let browser: Browser;
  let accounts: Accounts;
  let venue: DemoRestaurant;
  /** Reviewed and suspended in the last test; its own, as the menu test changes venue's hours. */
  let reviewed: DemoRestaurant;
  const areas: Area[] = [];

  beforeAll(async () => {
    [sg, browser] = await Promise.all([
      startWebStack({ env: { DISPATCH_POLL_INTERVAL: '200ms', OFFER_TIMEOUT: '60s' } }),
      launchChromium(),
    ]);
    accounts = await createAccounts(sg);
    [venue, reviewed] = await Promise.all([
      openRestaurant(sg, accounts.partner, { name: 'Banh Mi Corner', items: [{ name: 'Banh Mi', price: 650 }] }),
      openRestaurant(sg, accounts.partner, { name: 'Bun Cha House', items: [{ name: 'Bun Cha', price: 1150 }] }),
    ]);
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

  async function signedInPartner(): Promise<Page> {
    const area = await openArea(browser, sg.url.replace(/\/graphql$/, ''));
    areas.push(area);
    const { page } = area;
    await page.goto('/login');
    await page.getByLabel('Email').fill(accounts.partner.email);
    await page.getByLabel('Password').fill(accounts.partner.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL('**/partner');
    return page;
  }

  async function api<T>(who: SignedIn, query: string, variables: Record<string, unknown>, what: string): Promise<T> {
    return dataOf(await sg.query<T>(query, { token: who.token, variables }), what);
  }

  interface OwnedView {
    name: string;
    status: string;
    deliveryFee: { amount: number };
    openingHours: { dayOfWeek: number; opens: string; closes: string }[];
  }
  const restaurantOf = async (id: string): Promise<OwnedView> =>
    (
      await api<{ restaurant: OwnedView }>(
        accounts.partner,
        'query($id: ID!) { restaurant(id: $id) { name status deliveryFee { amount } openingHours { dayOfWeek opens closes } } }',
        { id },
        'restaurant',
      )
    ).restaurant;

  it('creates a restaurant, with the API error beside the opening window it names, and shows it waiting for approval', async () => {
    const page = await signedInPartner();
    expect(await seriousViolations(page)).toEqual([]);
    await submitNewRestaurant(page, {
      name: 'Pho Real',
      cuisines: 'Vietnamese, Noodles',
      line1: 'Main St 1',
      postalCode: '10115',
      city: 'Berlin',
      location: { lat: 52.52, lng: 13.4 },
      deliveryFee: '2,50',
      minimumOrder: '10',
      timeZone: 'Europe/Berlin',
      openingHours: [
        { day: 'Monday', opens: '11:00', closes: '22:00' },
        { day: 'Tuesday', opens: '11:00', closes: '11:00' },
      ],
    });
    // input.openingHours[1].closes: beside the second window's closing time, and only there.
    const closes = openingWindow(page, 2).getByLabel('Closes');
    await page.waitForFunction(() => document.querySelector('[aria-invalid="true"]') !== null);
    expect(await closes.getAttribute('aria-invalid')).toBe('true');
    await openingWindow(page, 2).getByRole('alert').filter({ hasText: 'closes must differ from opens' }).waitFor();
    expect(await openingWindow(page, 1).getByLabel('Closes').getAttribute('aria-invalid')).toBeNull();
    expect(await seriousViolations(page)).toEqual([]);

    await closes.fill('15:00');
    await page.getByRole('button', { name: 'Create restaurant' }).click();
    await page.waitForURL('**/partner?created=*');
    await page.getByText("Pho Real was created. It is waiting for an admin's approval.").waitFor();
    const card = restaurantCard(page, 'Pho Real');
    await card.getByText('Waiting for approval', { exact: true }).waitFor();
    await card.getByText('customers cannot see this restaurant or order from it yet', { exact: false }).waitFor();
    const id = new URL(page.url()).searchParams.get('created')!;
    await expect(restaurantOf(id)).resolves.toMatchObject({ status: 'PENDING_APPROVAL', deliveryFee: { amount: 250 } });
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('edits the details and opening hours, then builds the menu', async () => {
    const page = await signedInPartner();
    await openRestaurantScreen(page, venue.name, 'Details and opening hours');
    await page.getByRole('heading', { level: 1, name: venue.name }).waitFor();
    await page.getByLabel(/^Delivery fee/).fill('3.20');
    await setOpeningHours(page, [
      { day: 'Friday', opens: '18:00', closes: '02:00' },
      { day: 'Saturday', opens: '12:00', closes: '23:00' },
    ]);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText('Changes saved.').waitFor();
    await expect(restaurantOf(venue.id)).resolves.toMatchObject({
      deliveryFee: { amount: 320 },
      openingHours: [
        { dayOfWeek: 5, opens: '18:00', closes: '02:00' },
        { dayOfWeek: 6, opens: '12:00', closes: '23:00' },
      ],
    });

    await openRestaurantScreen(page, venue.name, 'Menu');
    await page.getByRole('heading', { level: 1, name: `Menu of ${venue.name}` }).waitFor();
    await addMenuSection(page, 'Soups');
    await addDish(page, { name: 'Pho Bo', price: '9.50', section: 'Soups', stock: 5, tags: 'beef, soup' });
    const pho = dishCard(page, 'Pho Bo');
    await pho.getByText('€9.50').waitFor();
    await pho.getByText('5 portions left').waitFor();
    await pho.getByRole('button', { name: 'Switch off' }).click();
    await pho.getByText('Switched off').waitFor();
    await pho.getByRole('button', { name: 'Edit' }).click();
    await pho.getByLabel(/^Price/).fill('10');
    await pho.getByRole('button', { name: 'Save dish' }).click();
    await pho.getByText('€10.00').waitFor();
    type Dish = { name: string; available: boolean; stock: number | null; price: { amount: number }; category: { name: string } | null };
    const { restaurant } = await api<{ restaurant: { menu: Dish[] } }>(
      accounts.partner,
      'query($id: ID!) { restaurant(id: $id) { menu(availableOnly: false) { name available stock price { amount } category { name } } } }',
      { id: venue.id },
      'menu',
    );
    const menu = restaurant.menu;
    expect(menu.find((item) => item.name === 'Pho Bo')).toEqual({
      name: 'Pho Bo',
      available: false,
      stock: 5,
      price: { amount: 1000 },
      category: { name: 'Soups' },
    });
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'partner-menu');
  });

  it('shows a new API key secret once, which works until it is revoked', async () => {
    const page = await signedInPartner();
    const secret = await createApiKey(page, 'Kitchen POS');
    expect(secret).toMatch(/^fgk_/);
    await page.getByText("Copy this secret now and keep it somewhere safe: you won't see it again.").waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    const asKey = () =>
      fetch(sg.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-api-key': secret },
        body: JSON.stringify({ documentId: documentId(PartnerRestaurantsDocument) }),
      }).then((r) => r.json() as Promise<{ data?: { me: { id: string } }; errors?: { extensions?: { code?: string } }[] }>);
    expect((await asKey()).data?.me.id).toBe(accounts.partner.id);

    await page.getByRole('button', { name: 'I have stored it' }).click();
    expect(await page.getByLabel('Secret').count()).toBe(0);
    await page.getByRole('button', { name: 'Revoke Kitchen POS' }).click();
    await page
      .getByRole('row', { name: /Kitchen POS/ })
      .getByText(/^Revoked on/)
      .waitFor();
    await eventually(async () => expect((await asKey()).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED'), 10_000);
  });

  it('lists the keys made before this visit and revokes one of them', async () => {
    const { createApiKey: made } = await api<{ createApiKey: { apiKey: { id: string } } }>(
      accounts.partner,
      'mutation($name: String!) { createApiKey(name: $name) { apiKey { id } } }',
      { name: 'Old till' },
      'createApiKey',
    );
    const page = await signedInPartner();
    await page.goto('/partner/api-keys');
    const row = apiKeyRow(page, 'Old till');
    await row.getByRole('button', { name: 'Revoke Old till' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    await revokeApiKey(page, 'Old till');
    await page.getByText('The key Old till is revoked; systems using it are refused from now on.').waitFor();
    const keys = await api<{ myApiKeys: { id: string; revokedAt: string | null }[] }>(
      accounts.partner,
      '{ myApiKeys { id revokedAt } }',
      {},
      'myApiKeys',
    );
    expect(keys.myApiKeys.find((k) => k.id === made.apiKey.id)?.revokedAt).toEqual(expect.any(String));
    // A fresh visit still lists it, as revoked.
    await page.reload();
    await row.getByText(/^Revoked on/).waitFor();
  });

  it("shows an admin's suspension reason and replies to a review", async () => {
    await reviewedOrder(sg, accounts.partner, accounts.customer, reviewed, { restaurantRating: 4, comment: 'Crunchy and fresh' });
    const customerName = dataOf(await sg.query<{ me: { name: string } }>('{ me { name } }', { token: accounts.customer.token }), 'me').me
      .name;
    const admin = await loginAdmin(sg);
    dataOf(
      await sg.query('mutation($id: ID!) { suspendRestaurant(id: $id, reason: "Hygiene inspection pending") { id } }', {
        token: admin.token,
        variables: { id: reviewed.id },
      }),
      'suspendRestaurant',
    );
    const page = await signedInPartner();
    const card = restaurantCard(page, reviewed.name);
    await card.getByText('Suspended', { exact: true }).waitFor();
    await card.getByText('Reason: Hygiene inspection pending', { exact: false }).waitFor();

    await openRestaurantScreen(page, reviewed.name, 'Reviews');
    await page.getByRole('heading', { level: 1, name: `Reviews of ${reviewed.name}` }).waitFor();
    await page.getByText('Crunchy and fresh').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await replyToReview(page, customerName, 'Thank you, come again!');
    await page.getByRole('heading', { name: /^Your reply/ }).waitFor();
    await page.getByText('Thank you, come again!').waitFor();
    // Once only: the form is gone, and the reply is public.
    expect(await page.getByRole('button', { name: 'Send reply' }).count()).toBe(0);
  });
});
