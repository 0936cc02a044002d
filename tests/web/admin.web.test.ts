import { dataOf, eventually, type DemoRestaurant, type SignedIn, type TestSupergraph } from '@foodgraph/testing';
import type { Browser, Page } from 'playwright-core';
import { seriousViolations } from './support/axe';
import { launchChromium, openArea, screenshot, type Area } from './support/browser';
import {
  approveRestaurant,
  createAccount,
  createCourierProfile,
  hideReview,
  moderatedReview,
  openModeration,
  restaurantRow,
  submitSuspension,
  unhideReview,
} from './support/admin-screens';
import { reviewedOrder } from './support/reviewed-order';
import { createAccounts, openRestaurant, startWebStack, type Accounts } from './support/web-stack';

/**
 * The admin console: a partner's pending restaurant approved and then suspended with a reason
 * (the API's error beside the reason when it is empty), accounts in any role and a courier
 * profile for one, the users list by role, and review moderation; axe on every screen.
 */
describe('web app: admin area', () => {
  let sg: TestSupergraph;
  let browser: Browser;
  let accounts: Accounts;
  const areas: Area[] = [];

  beforeAll(async () => {
    [sg, browser] = await Promise.all([
      startWebStack({ env: { DISPATCH_POLL_INTERVAL: '200ms', OFFER_TIMEOUT: '60s' } }),
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

  async function api<T>(who: SignedIn, query: string, variables: Record<string, unknown>, what: string): Promise<T> {
    return dataOf(await sg.query<T>(query, { token: who.token, variables }), what);
  }

  async function signedInAdmin(): Promise<Page> {
    const area = await openArea(browser, sg.url.replace(/\/graphql$/, ''));
    areas.push(area);
    const { page } = area;
    await page.goto('/login');
    await page.getByLabel('Email').fill(accounts.admin.email);
    await page.getByLabel('Password').fill(accounts.admin.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL('**/admin');
    return page;
  }

  const statusOf = async (id: string) =>
    (
      await api<{ restaurant: { status: string; suspensionReason: string | null } }>(
        accounts.admin,
        'query($id: ID!) { restaurant(id: $id) { status suspensionReason } }',
        { id },
        'restaurant',
      )
    ).restaurant;

  it('approves a pending restaurant, then suspends it with a reason, the empty one refused beside its field', async () => {
    const { createRestaurant } = await api<{ createRestaurant: { id: string } }>(
      accounts.partner,
      'mutation($input: CreateRestaurantInput!) { createRestaurant(input: $input) { id } }',
      {
        input: {
          name: 'Awaiting Approval Diner',
          cuisines: ['Diner'],
          address: { line1: 'Side St 2', city: 'Lyon', postalCode: '69001' },
          openingHours: [{ dayOfWeek: 1, opens: '08:00', closes: '16:00' }],
          deliveryFee: 200,
          minimumOrder: 0,
          currency: 'EUR',
        },
      },
      'createRestaurant',
    );
    const page = await signedInAdmin();
    const pending = page.getByRole('region', { name: /^Waiting for approval/ });
    await pending.getByRole('rowheader', { name: /Awaiting Approval Diner/ }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    await approveRestaurant(page, 'Awaiting Approval Diner');
    await page
      .getByRole('region', { name: 'Approved restaurants' })
      .getByRole('rowheader', { name: /Awaiting Approval Diner/ })
      .waitFor();
    expect(await pending.getByRole('rowheader', { name: /Awaiting Approval Diner/ }).count()).toBe(0);
    await expect(statusOf(createRestaurant.id)).resolves.toMatchObject({ status: 'ACTIVE' });

    await submitSuspension(page, 'Awaiting Approval Diner', '   ');
    const reason = page.getByLabel('Why suspend Awaiting Approval Diner?');
    await page.waitForFunction(() => document.querySelector('[aria-invalid="true"]') !== null);
    expect(await reason.getAttribute('aria-invalid')).toBe('true');
    await page.getByRole('form', { name: 'Suspend Awaiting Approval Diner' }).getByRole('alert').filter({ hasText: 'reason' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    await submitSuspension(page, 'Awaiting Approval Diner', 'Repeated late deliveries');
    const row = restaurantRow(page, 'Awaiting Approval Diner');
    await row.getByText('Reason: Repeated late deliveries').waitFor();
    await page
      .getByRole('region', { name: 'Suspended restaurants' })
      .getByRole('rowheader', { name: /Awaiting Approval Diner/ })
      .waitFor();
    await row.getByText('Suspended', { exact: true }).waitFor();
    await expect(statusOf(createRestaurant.id)).resolves.toEqual({ status: 'SUSPENDED', suspensionReason: 'Repeated late deliveries' });
    await screenshot(page, 'admin-restaurants');
  });

  it('creates accounts in any role, a courier profile for one, and lists users by role', async () => {
    const page = await signedInAdmin();
    const stamp = Date.now();
    const courier = {
      name: `Cora Courier ${stamp}`,
      email: `cora-${stamp}@test.foodgraph`,
      password: 'courier-password-1',
      role: 'Courier' as const,
    };
    await createAccount(page, courier);
    await createAccount(page, {
      name: `Pat Partner ${stamp}`,
      email: `pat-${stamp}@test.foodgraph`,
      password: 'partner-password-1',
      role: 'Partner',
    });
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByLabel('Show role').selectOption({ label: 'Courier' });
    const table = page.getByRole('table', { name: 'All accounts' });
    await table.getByRole('rowheader', { name: courier.name }).waitFor();
    await eventually(async () => expect(await table.getByRole('rowheader', { name: `Pat Partner ${stamp}` }).count()).toBe(0), 5_000);

    // delivery learns of the account from users' event: the profile form retries like a person would.
    await eventually(() => createCourierProfile(page, { accountEmail: courier.email, name: 'Cora on wheels', vehicle: 'Scooter' }), 20_000);
    const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Cora on wheels' }) });
    await row.getByText('Scooter').waitFor();
    await row.getByText('Offline').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('hides a review with a reason and shows it again', async () => {
    const venue: DemoRestaurant = await openRestaurant(sg, accounts.partner, {
      name: 'Moderated Bistro',
      items: [{ name: 'Soup', price: 700 }],
    });
    const { reviewId } = await reviewedOrder(sg, accounts.partner, accounts.customer, venue, {
      restaurantRating: 1,
      comment: 'Rude words here',
    });
    const { me } = await api<{ me: { name: string } }>(accounts.customer, '{ me { name } }', {}, 'me');
    const page = await signedInAdmin();
    await openModeration(page, 'Moderated Bistro');
    await moderatedReview(page, me.name).getByText('Rude words here').waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    await hideReview(page, me.name, 'Offensive language');
    const hidden = await api<{ review: { hidden: boolean; hiddenReason: string | null } }>(
      accounts.admin,
      'query($id: ID!) { review(id: $id) { hidden hiddenReason } }',
      { id: reviewId },
      'review',
    );
    expect(hidden.review).toEqual({ hidden: true, hiddenReason: 'Offensive language' });
    expect(await seriousViolations(page)).toEqual([]);

    await unhideReview(page, me.name);
    const shown = await api<{ review: { hidden: boolean } }>(
      accounts.admin,
      'query($id: ID!) { review(id: $id) { hidden } }',
      { id: reviewId },
      'review',
    );
    expect(shown.review.hidden).toBe(false);
  });
});
