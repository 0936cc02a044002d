import type { DemoRestaurant, TestSupergraph } from '@foodgraph/testing';
import type { Browser, Page } from 'playwright-core';
import { placePaidOrder } from '../e2e/support/journey';
import { seriousViolations } from './support/axe';
import { launchChromium, openArea, screenshot, type Area } from './support/browser';
import {
  bell,
  bellAnnouncement,
  followNotification,
  markAllRead,
  notification,
  openNotifications,
  waitForUnread,
} from './support/notifications-screens';
import { signIn } from './support/sign-in';
import { createAccounts, openRestaurant, startWebStack, type Account, type Accounts } from './support/web-stack';

/**
 * The notification bell against the real stack: the unread count in the header of every area,
 * a list that grows live while the page is open (and is announced), links to what each
 * notification is about, marking read, keyboard use, the languages, and no serious axe finding.
 */
describe('web app: notifications', () => {
  let sg: TestSupergraph;
  let browser: Browser;
  let accounts: Accounts;
  let venue: DemoRestaurant;
  const areas: Area[] = [];

  beforeAll(async () => {
    [sg, browser] = await Promise.all([startWebStack(), launchChromium()]);
    accounts = await createAccounts(sg);
    venue = await openRestaurant(sg, accounts.partner, { name: 'Bell Test Diner', items: [{ name: 'Toast', price: 900 }] });
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await sg?.stop();
  });
  afterEach(async () => {
    for (const area of areas.splice(0)) {
      expect(area.pageErrors).toEqual([]);
      expect(area.blocked).toEqual([]);
      await area.context.close();
    }
  });

  async function signedIn(who: Account, landing: string): Promise<Page> {
    const area = await openArea(browser, sg.url.replace(/\/graphql$/, ''));
    areas.push(area);
    await signIn(area.page, who, landing);
    return area.page;
  }

  it('shows the partner the approval, then a new order live, announced, linking to its kitchen; marks all read', async () => {
    const page = await signedIn(accounts.partner, '/partner');
    await waitForUnread(page, 1);
    const panel = await openNotifications(page);
    await notification(page, 'Bell Test Diner is approved').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'notifications-partner');

    // An order paid while the page is open: the count, the list and the announcement follow.
    const order = await placePaidOrder(sg, accounts.customer, venue, [{ menuItemId: venue.items[0].id, quantity: 1 }]);
    await waitForUnread(page, 2);
    await notification(page, `New order #${order.number}`).waitFor();
    await bellAnnouncement(page)
      .filter({ hasText: `New order #${order.number}` })
      .waitFor();
    expect(await panel.getByRole('listitem').count()).toBe(2);

    await followNotification(page, `New order #${order.number}`);
    await page.waitForURL((url) => url.pathname === `/kitchen/${venue.id}`);
    await waitForUnread(page, 1);
    await markAllRead(page);
    await waitForUnread(page, 0);
  });

  it("shows the customer their order's steps, linking to the order page", async () => {
    const page = await signedIn(accounts.customer, '/');
    await waitForUnread(page, 2);
    await openNotifications(page);
    await notification(page, /^.*Payment received for order/).waitFor();
    await followNotification(page, /Payment received for order/);
    await page.waitForURL((url) => url.pathname.startsWith('/orders/'));
    await waitForUnread(page, 1);
  });

  it('works from the keyboard: Enter opens the list, Escape closes it and gives focus back to the bell', async () => {
    const page = await signedIn(accounts.admin, '/admin');
    const button = bell(page);
    await button.focus();
    await page.keyboard.press('Enter');
    await notification(page, 'Bell Test Diner is waiting for approval').waitFor();
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('Escape');
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    expect(await button.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('speaks Portuguese and French', async () => {
    const pt = await signedIn(accounts.courier, '/courier');
    await pt.getByLabel('Language').selectOption('pt-BR');
    await pt.getByRole('button', { name: 'Notificações, nenhuma não lida' }).waitFor();
    const fr = await signedIn(accounts.admin, '/admin');
    await fr.getByLabel('Language').selectOption('fr');
    await fr.getByRole('button', { name: /^Notifications, 1 non lue$/ }).click();
    await fr.getByRole('region', { name: 'Notifications' }).getByRole('button', { name: 'Tout marquer comme lu' }).waitFor();
  });
});
