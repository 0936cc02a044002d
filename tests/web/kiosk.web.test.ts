/// <reference lib="dom" /> -- page.evaluate callbacks run in the browser
import { dataOf, type DemoRestaurant, type TestSupergraph } from '@foodgraph/testing';
import type { Browser, Page } from 'playwright-core';
import { seriousViolations } from './support/axe';
import { launchChromium, openArea, screenshot, type Area } from './support/browser';
import { payInSandbox } from './support/customer-screens';
import { identifyWithCpf, kioskAdd, kioskOrder, openKiosk, waitForKioskOrder, waitForKioskStatus } from './support/kiosk-screens';
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
 * typed into the masked field (a wrong one refused before it is sent), the QR code on screen,
 * paid in the sandbox, the order's status live; the order is in that customer's history; the
 * kiosk resets itself when nobody touches it.
 */
describe('web app: kiosk', () => {
  let sg: TestSupergraph;
  let browser: Browser;
  let accounts: Accounts;
  let venue: DemoRestaurant;
  const areas: Area[] = [];
  const cpf = randomCpf();
  let customer: { token: string };

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
    const registered = await sg.query<{ register: { accessToken: string } }>(
      'mutation($input: RegisterInput!) { register(input: $input) { accessToken } }',
      {
        variables: {
          input: { name: 'Cliente do Totem', email: `kiosk-${Date.now()}@test.foodgraph`, password: TEST_PASSWORD, document: cpf },
        },
      },
    );
    customer = { token: dataOf(registered, 'register').register.accessToken };
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
    const area = await openArea(browser, sg.url.replace(/\/graphql$/, ''), { viewport: { width: 1080, height: 1920 } });
    areas.push(area);
    // A step that hangs fails where it hangs, well inside the test's own timeout.
    area.page.setDefaultTimeout(20_000);
    return area.page;
  }

  async function expectNoSeriousViolations(page: Page, where: string): Promise<void> {
    expect({ where, violations: await seriousViolations(page) }).toEqual({ where, violations: [] });
  }

  it('takes an order identified by CPF: QR code on screen, paid, status live, in the customer’s history', async () => {
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
    await waitForKioskStatus(page, 'Waiting for your payment');
    // The dishes and the restaurant's delivery fee (the API has no pick-up orders yet).
    await page.getByRole('img', { name: /^QR code to pay R\$18\.50/ }).waitFor();
    await expectNoSeriousViolations(page, '/kiosk QR');
    await screenshot(page, 'kiosk-qr');
    await payInSandbox(page);
    await waitForKioskStatus(page, 'Waiting for the restaurant to accept');
    await page.getByText(/^Paid, thank you!/).waitFor();

    const { myOrders } = dataOf(
      await sg.query<{ myOrders: { edges: { node: { id: string; number: string; total: { amount: number } } }[] } }>(
        '{ myOrders(first: 5) { edges { node { id number total { amount } } } } }',
        { token: customer.token },
      ),
      'myOrders',
    );
    // The order is the customer's: in their history, with the kiosk's total.
    const mine = myOrders.edges.find((e) => `Order ${e.node.number}` === heading.trim());
    expect(mine?.node.total.amount).toBe(1850);
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
