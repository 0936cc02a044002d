import { createLogger } from '@foodgraph/platform/logging';
import { newEvent, recordDeadLetter } from '@foodgraph/platform/messaging';
import { uuidv7 } from '@foodgraph/platform/ids';
import { dataOf, errorCodes, type DemoRestaurant, type SignedIn, type TestSupergraph } from '@foodgraph/testing';
import type { Browser, Page } from 'playwright-core';
import {
  deadLetterRow,
  deleteSection,
  moveSection,
  openDashboard,
  redrive,
  renameSection,
  sectionOrder,
  setAccountDisabled,
} from './support/admin-console-screens';
import { seriousViolations } from './support/axe';
import { launchChromium, openArea, type Area } from './support/browser';
import { signIn } from './support/sign-in';
import { createAccounts, openRestaurant, startWebStack, type Accounts } from './support/web-stack';

/*
 * Issue 16, item 5, the back office's screens against the real stack: the admin dashboard
 * (windows, the orders chart's table, the approval queue, a forced dead letter redriven until
 * its time shows), an account disabled and enabled again from the accounts list, and a
 * partner's menu sections moved, renamed and deleted. axe on each screen; no page errors.
 */
describe('web app: admin console and menu sections', () => {
  let sg: TestSupergraph;
  let browser: Browser;
  let accounts: Accounts;
  let venue: DemoRestaurant;
  const areas: Area[] = [];

  beforeAll(async () => {
    [sg, browser] = await Promise.all([startWebStack(), launchChromium()]);
    accounts = await createAccounts(sg);
    venue = await openRestaurant(sg, accounts.partner, { name: 'Sections Bistro', items: [{ name: 'Soup', price: 700 }] });
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

  async function signedIn(who: { email: string; password: string }, next: string): Promise<Page> {
    const area = await openArea(browser, sg.url.replace(/\/graphql$/, ''));
    areas.push(area);
    await signIn(area.page, who, next);
    return area.page;
  }

  const api = async <T>(who: SignedIn, query: string, variables: Record<string, unknown>, what: string): Promise<T> =>
    dataOf(await sg.query<T>(query, { token: who.token, variables }), what);

  it('shows the figures of each window with a table beside the chart, and redrives a dead letter until its time shows', async () => {
    // A menu change the orders read model gave up on, as in tests/e2e/admin-console.
    const event = newEvent(
      'menu.item.changed',
      {
        itemId: uuidv7(),
        revision: 1,
        restaurantId: venue.id,
        name: 'Lost Stew',
        price: 990,
        currency: 'EUR',
        available: true,
        stock: null,
        deleted: false,
      },
      { producer: 'menu', correlationId: 'admin-console-web', causationId: null },
    );
    await recordDeadLetter(sg.stack.subgraphs['orders'].dataSource, createLogger('test', 'silent'), {
      consumer: 'orders-menu-read-model',
      payload: event,
      reason: 'forced by the web test',
      attempts: 5,
    });

    const page = await signedIn(accounts.admin, '/admin');
    await openDashboard(page, 'Last 7 days');
    await page.getByRole('table', { name: 'Orders by status' }).waitFor();
    await page.getByText(/waiting for approval\./).waitFor();
    await page.getByRole('link', { name: 'Go to the approval queue' }).waitFor();
    expect(await deadLetterRow(page, 'menu.item.changed').getByRole('cell', { name: 'forced by the web test' }).count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);

    await redrive(page, 'menu.item.changed', 'orders');
    await page.getByRole('radio', { name: 'Today' }).check();
    await page.getByRole('heading', { level: 2, name: 'Figures: Today' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it("disables a customer's account from the accounts list and enables it again", async () => {
    const page = await signedIn(accounts.admin, '/admin');
    await page.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Accounts' }).click();
    const name = `Customer ${accounts.customer.email.replace(/^customer-|@test\.foodgraph$/g, '')}`;
    await setAccountDisabled(page, name, true);
    await page
      .getByRole('row', { name: new RegExp(name) })
      .getByText('Disabled', { exact: true })
      .waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    const login = 'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }';
    const refused = await sg.query(login, { variables: { email: accounts.customer.email, password: accounts.customer.password } });
    expect(errorCodes(refused)).toEqual(['FORBIDDEN']);

    await setAccountDisabled(page, name, false);
    const back = await sg.query(login, { variables: { email: accounts.customer.email, password: accounts.customer.password } });
    expect(errorCodes(back)).toEqual([]);
  });

  it('moves, renames and deletes (after a confirmation) menu sections', async () => {
    for (const [name, position] of [
      ['Starters', 0],
      ['Mains', 10],
      ['Desserts', 20],
    ] as const) {
      await api(
        accounts.partner,
        'mutation($id: ID!, $name: String!, $position: Int) { createMenuCategory(restaurantId: $id, name: $name, position: $position) { id } }',
        { id: venue.id, name, position },
        'createMenuCategory',
      );
    }
    const page = await signedIn(accounts.partner, `/partner/restaurants/${venue.id}/menu`);
    await page.getByRole('button', { name: 'Move Mains up', exact: true }).waitFor();
    expect(await sectionOrder(page)).toEqual(['Starters', 'Mains', 'Desserts']);

    await moveSection(page, 'Mains', 'up');
    expect(await sectionOrder(page)).toEqual(['Mains', 'Starters', 'Desserts']);
    await moveSection(page, 'Starters', 'down');
    expect(await sectionOrder(page)).toEqual(['Mains', 'Desserts', 'Starters']);
    expect(await seriousViolations(page)).toEqual([]);

    await renameSection(page, 'Desserts', 'Sweets');
    await page.getByRole('button', { name: 'Delete Starters', exact: true }).click();
    await page.getByText('Delete the section Starters? Its dishes stay on the menu, without a section.').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Keep it' }).click();
    await deleteSection(page, 'Starters');
    expect(await sectionOrder(page)).toEqual(['Mains', 'Sweets']);
  }, 60_000);
});
