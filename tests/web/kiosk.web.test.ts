/// <reference lib="dom" /> -- page.evaluate callbacks run in the browser
import { dataOf, type DemoRestaurant, type TestSupergraph } from '@foodgraph/testing';
import type { Browser, Page } from 'playwright-core';
import { seriousViolations } from './support/axe';
import { launchChromium, openArea, screenshot, type Area } from './support/browser';
import { payInSandbox, waitForOrderStatus } from './support/customer-screens';
import {
  identifyWithCpf,
  kioskAdd,
  kioskOrder,
  kioskSums,
  openKiosk,
  waitForKioskOrder,
  waitForKioskStatus,
} from './support/kiosk-screens';
import { acceptOrder, handOver, markReady, openKitchen, startPreparing, waitForTicket } from './support/kitchen-screens';
import { signIn } from './support/sign-in';
import { createAccounts, openRestaurant, startWebStack, TEST_PASSWORD, type Accounts } from './support/web-stack';

/** A CPF with valid check digits from 9 random digits (each test run registers its own). */
function randomCpf(): string {
  const digits = Array.from({ length: 9 }, () => Math.floor(Math.random() * 10));
  for (const length of [9, 10]) {
    const sum = digits.slice(0, length).reduce((total, d, i) => total + d * (length + 1 - i), 0);
    digits.push(((sum * 10) % 11) % 10);
  }
  return digits.join('');
}

/**
 * The kiosk at the counter (/kiosk/:restaurantId) against the real stack: big buttons, a CPF
 * typed into the masked field (a wrong one refused before it is sent), a pick-up order with no
 * delivery fee, the QR code on screen, paid in the sandbox, the order's status live; the
 * kitchen cooks it and hands it over at the counter; the order is in that customer's history,
 * collected; the kiosk resets itself when nobody touches it.
 */
describe('web app: kiosk', () => {
  let sg: TestSupergraph;
  let browser: Browser;
  let accounts: Accounts;
  let venue: DemoRestaurant;
  const areas: Area[] = [];
  const cpf = randomCpf();
  let customer: { token: string; email: string; password: string };

  beforeAll(async () => {
    [sg, browser] = await Promise.all([startWebStack(), launchChromium()]);
    accounts = await createAccounts(sg);
    venue = await openRestaurant(sg, accounts.partner, {
      name: 'Pastelaria do Totem',
      currency: 'BRL',
      items: [
        { name: 'Pastel de queijo', price: 900 },
        { name: 'Caldo de cana', price: 700 },
      ],
    });
    const email = `kiosk-${Date.now()}@test.foodgraph`;
    const registered = await sg.query<{ register: { accessToken: string } }>(
      'mutation($input: RegisterInput!) { register(input: $input) { accessToken } }',
      { variables: { input: { name: 'Cliente do Totem', email, password: TEST_PASSWORD, document: cpf } } },
    );
    customer = { token: dataOf(registered, 'register').register.accessToken, email, password: TEST_PASSWORD };
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

  /** A kiosk's portrait screen unless `viewport` says otherwise (the kitchen's, a customer's). */
  async function open(viewport = { width: 1080, height: 1920 }): Promise<Page> {
    const area = await openArea(browser, sg.url.replace(/\/graphql$/, ''), { viewport });
    areas.push(area);
    // A step that hangs fails where it hangs, well inside the test's own timeout.
    area.page.setDefaultTimeout(20_000);
    return area.page;
  }

  async function expectNoSeriousViolations(page: Page, where: string): Promise<void> {
    expect({ where, violations: await seriousViolations(page) }).toEqual({ where, violations: [] });
  }

  it('takes a pick-up order identified by CPF: no delivery fee, QR code on screen, paid, status live, handed over at the counter, collected in the customer’s history', async () => {
    const page = await open();
    await openKiosk(page, venue.id);
    await kioskAdd(page, 'Pastel de queijo');
    await kioskAdd(page, 'Pastel de queijo');
    await kioskAdd(page, 'Caldo de cana');
    await page.getByRole('heading', { name: 'Your order (3 items)' }).waitFor();
    await page.getByRole('button', { name: 'One less Pastel de queijo' }).click();
    await page.getByText('Total R$16.00').waitFor();
    await expectNoSeriousViolations(page, '/kiosk menu');
    await kioskOrder(page);

    // A mistyped CPF is caught by its check digits before anything is sent.
    const wrong = `${cpf.slice(0, 10)}${(Number(cpf[10]) + 1) % 10}`;
    await identifyWithCpf(page, wrong);
    const field = page.getByLabel('Your CPF');
    expect(await field.inputValue()).toBe(`${wrong.slice(0, 3)}.${wrong.slice(3, 6)}.${wrong.slice(6, 9)}-${wrong.slice(9)}`);
    await page.getByText('This is not a valid CPF. Check the 11 digits.').waitFor();
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    await expectNoSeriousViolations(page, '/kiosk who');

    await identifyWithCpf(page, cpf);
    const heading = await waitForKioskOrder(page);
    const number = heading.trim().replace(/^Order /, '');
    await waitForKioskStatus(page, 'Waiting for your payment');
    // Collected at the counter: the dishes only. The fee is the order's own (the restaurant's
    // R$2.50 on a delivery), shown as the API priced it.
    await page.getByRole('img', { name: /^QR code to pay R\$16\.00/ }).waitFor();
    expect(await kioskSums(page)).toEqual([
      ['Dishes', 'R$16.00'],
      ['Delivery fee', 'R$0.00'],
      ['Total', 'R$16.00'],
    ]);
    await expectNoSeriousViolations(page, '/kiosk QR');
    await screenshot(page, 'kiosk-qr');
    await payInSandbox(page);
    await waitForKioskStatus(page, 'Waiting for the restaurant to accept');
    await page.getByText(/^Paid, thank you!/).waitFor();

    type Mine = { id: string; number: string; fulfilment: string; deliveryFee: { amount: number }; total: { amount: number } };
    const { myOrders } = dataOf(
      await sg.query<{ myOrders: { edges: { node: Mine }[] } }>(
        '{ myOrders(first: 5) { edges { node { id number fulfilment deliveryFee { amount } total { amount } } } } }',
        { token: customer.token },
      ),
      'myOrders',
    );
    // The order is the customer's: in their history, a pick-up with the kiosk's total.
    const mine = myOrders.edges.find((e) => e.node.number === number)?.node;
    expect([mine?.fulfilment, mine?.deliveryFee.amount, mine?.total.amount]).toEqual(['PICKUP', 0, 1600]);

    // The kitchen sees a pick-up order, cooks it, and hands it over at the counter.
    const kitchen = await open({ width: 1280, height: 900 });
    await signIn(kitchen, accounts.partner, '/kitchen');
    await openKitchen(kitchen, venue.name);
    const ticket = await waitForTicket(kitchen, number, 'New');
    await ticket.getByText('Pick-up', { exact: true }).waitFor();
    await acceptOrder(kitchen, number, 10);
    await startPreparing(kitchen, number);
    await waitForKioskStatus(page, 'Being prepared');
    await markReady(kitchen, number);
    await ticket.getByText('Ready — waiting for the customer at the counter.').waitFor();
    await waitForKioskStatus(page, 'Ready — collect it at the counter');
    await expectNoSeriousViolations(page, '/kiosk ready');
    await handOver(kitchen, number);
    await waitForKioskStatus(page, 'Collected');

    // Handed over, never offered to a courier: DELIVERED with no delivery at all.
    const collected = dataOf(
      await sg.query<{ order: { status: string; delivery: { id: string } | null } }>(
        'query($id: ID!) { order(id: $id) { status delivery { id } } }',
        {
          token: customer.token,
          variables: { id: mine?.id },
        },
      ),
      'order',
    ).order;
    expect(collected).toEqual({ status: 'DELIVERED', delivery: null });

    // At home, the customer's app: collected at the restaurant, with no delivery address or map.
    const app = await open({ width: 1280, height: 900 });
    await signIn(app, customer, '/orders');
    const row = app.getByRole('row').filter({ has: app.getByRole('link', { name: `Order ${number} from ${venue.name}` }) });
    await row.getByText('Collected · Pick-up').waitFor();
    await row.getByRole('link').click();
    await waitForOrderStatus(app, 'Collected');
    await app.getByRole('heading', { name: 'Collected at the restaurant' }).waitFor();
    expect(await app.getByRole('heading', { name: 'Delivered to', exact: true }).count()).toBe(0);
    expect(await app.getByRole('heading', { name: 'Map', exact: true }).count()).toBe(0);
    await app
      .getByRole('list', { name: 'Order history' })
      .getByText(/Ready — collect it at the restaurant/)
      .waitFor();
  });

  it('goes on as a guest, and starts afresh when nobody touches it', async () => {
    const page = await open();
    await openKiosk(page, venue.id, 8);
    await kioskAdd(page, 'Caldo de cana');
    await kioskOrder(page);
    await page.getByRole('button', { name: 'Continue as guest' }).click();
    await waitForKioskOrder(page);
    expect(await page.evaluate(() => sessionStorage.getItem('foodgraph.kiosk.session'))).not.toBeNull();
    // Eight seconds untouched: back to an empty menu, the guest's session gone.
    await page.getByRole('heading', { name: 'Your order (0 items)' }).waitFor({ timeout: 30_000 });
    expect(await page.evaluate(() => sessionStorage.getItem('foodgraph.kiosk.session'))).toBeNull();
  });
});
