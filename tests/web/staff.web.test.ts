import {
  eventually,
  orderOf,
  payBySandboxWebhook,
  placeOrder,
  waitForOrder,
  type DemoRestaurant,
  type TestSupergraph,
} from '@foodgraph/testing';
import type { Browser, Page } from 'playwright-core';
import { seriousViolations } from './support/axe';
import { launchChromium, openArea, screenshot, type Area } from './support/browser';
import { acceptOrder, openKitchen, waitForTicket } from './support/kitchen-screens';
import { signIn } from './support/sign-in';
import { addStaffMember, openStaffScreen, removeStaffMember, staffRow, submitStaffMember } from './support/staff-screens';
import { createAccounts, openRestaurant, startWebStack, type Accounts } from './support/web-stack';

/**
 * Kitchen staff in the browser: the partner adds a cook on the restaurant's staff screen (the
 * API's password error beside its field), the cook signs in and lands in the kitchen with only
 * that restaurant, runs its queue without the owner's open switch; the partner removes the cook
 * and the cook's live kitchen ends with the API's refusal.
 */
describe('web app: kitchen staff', () => {
  let sg: TestSupergraph;
  let browser: Browser;
  let accounts: Accounts;
  let venue: DemoRestaurant;
  let other: DemoRestaurant;
  const areas: Area[] = [];
  const cook = { name: 'Carla Cook', email: `carla-${Date.now()}@test.foodgraph`, password: 'sizzling-pans-42', phone: '+5511987654321' };

  beforeAll(async () => {
    [sg, browser] = await Promise.all([startWebStack(), launchChromium()]);
    accounts = await createAccounts(sg);
    [venue, other] = await Promise.all([
      openRestaurant(sg, accounts.partner, { name: 'Staffed Bistro', items: [{ name: 'Feijoada', price: 2400 }] }),
      openRestaurant(sg, accounts.partner, { name: 'Unstaffed Grill', items: [{ name: 'Picanha', price: 3100 }] }),
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

  async function blankPage(): Promise<Page> {
    const area = await openArea(browser, sg.url.replace(/\/graphql$/, ''));
    areas.push(area);
    return area.page;
  }

  async function signedIn(who: { email: string; password: string }, next: string): Promise<Page> {
    const page = await blankPage();
    await signIn(page, who, next);
    return page;
  }

  it('lets the partner add a cook (the API error beside the password), who then lands in their one kitchen and runs it', async () => {
    const partner = await signedIn(accounts.partner, '/partner');
    await openStaffScreen(partner, venue.name);
    await partner.getByText('Nobody works in this kitchen yet.').waitFor();
    await submitStaffMember(partner, { ...cook, password: 'short' });
    const password = partner.getByRole('form', { name: 'Add a staff member' }).getByLabel('Initial password');
    await password.and(partner.locator('[aria-invalid="true"]')).waitFor();
    expect(await partner.getByRole('alert').allTextContents()).toEqual([expect.stringMatching(/10 characters/)]);
    await addStaffMember(partner, cook);
    await staffRow(partner, cook.name).getByRole('cell', { name: cook.email }).waitFor();
    await partner.getByText(`${cook.name} can now sign in to the kitchen.`).waitFor();
    expect(await seriousViolations(partner)).toEqual([]);

    // The cook signs in from the sign-in page and lands in the kitchen, with this restaurant only.
    const kitchen = await blankPage();
    await kitchen.goto('/login');
    await kitchen.getByLabel('Email').fill(cook.email);
    await kitchen.getByLabel('Password').fill(cook.password);
    await kitchen.getByRole('button', { name: 'Sign in' }).click();
    await kitchen.waitForURL('**/kitchen');
    await kitchen.getByRole('link', { name: venue.name, exact: true }).waitFor();
    expect(await kitchen.getByRole('link', { name: other.name, exact: true }).count()).toBe(0);
    await openKitchen(kitchen, venue.name);
    expect(await kitchen.getByRole('switch', { name: 'Taking orders' }).count()).toBe(0);

    const order = await paidOrder();
    await waitForTicket(kitchen, order.number, 'New');
    await acceptOrder(kitchen, order.number, 15);
    expect(await seriousViolations(kitchen)).toEqual([]);
    await screenshot(kitchen, 'staff-kitchen');
  }, 120_000);

  it("ends the removed cook's live kitchen with the API's refusal", async () => {
    const kitchen = await signedIn(cook, '/kitchen');
    await openKitchen(kitchen, venue.name);
    // The cook's kitchen feed is live upstream, so what follows ends an open subscription.
    await eventually(() => expect(sg.stack.subgraphs['orders']?.subgraph.subscriptions?.subscriptions).toBe(1));
    const partner = await signedIn(accounts.partner, '/partner');
    await openStaffScreen(partner, venue.name);
    await removeStaffMember(partner, cook.name);
    await partner.getByText(`${cook.name} no longer works here; their kitchen screen has closed.`).waitFor();
    await kitchen.getByText(/may watch its kitchen/).waitFor({ timeout: 20_000 });
  }, 120_000);

  async function paidOrder() {
    const placed = orderOf(
      await placeOrder(sg, accounts.customer, { restaurantId: venue.id, lines: [{ menuItemId: venue.items[0].id, quantity: 1 }] }),
      'placeOrder',
    );
    const awaiting = await waitForOrder(sg, accounts.customer, placed.id, 'AWAITING_PAYMENT');
    expect((await payBySandboxWebhook(sg, awaiting)).status).toBe(200);
    return waitForOrder(sg, accounts.customer, placed.id, 'PLACED');
  }
});
