import { eventually } from '@foodgraph/testing';
import type { Locator, Page } from 'playwright-core';

/** The kitchen's screens (/kitchen), driven by role and label as a person (or a screen reader) finds them. */

/** From /kitchen, opens the restaurant's kitchen board. */
export async function openKitchen(page: Page, restaurant: string): Promise<void> {
  await page.goto('/kitchen');
  await page.getByRole('heading', { level: 1, name: 'Kitchen' }).waitFor();
  await page.getByRole('link', { name: restaurant, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: `Kitchen — ${restaurant}` }).waitFor();
}

/** The ticket of order `number` in the queue (e.g. "003"). */
export function ticket(page: Page, number: string): Locator {
  return page.getByRole('article', { name: `Order ${number}`, exact: true });
}

/** Waits until the ticket shows the status badge `status` (e.g. "New", "Preparing"). */
export async function waitForTicket(page: Page, number: string, status: string, timeout = 20_000): Promise<Locator> {
  const card = ticket(page, number);
  await card.getByText(status, { exact: true }).first().waitFor({ timeout });
  return card;
}

/** The live region where arrivals are announced. */
export function kitchenAnnouncements(page: Page): Locator {
  return page.getByRole('status').filter({ hasText: /^New order / });
}

export async function enableSound(page: Page): Promise<void> {
  const sound = page.getByRole('switch', { name: 'Sound for new orders' });
  await sound.click();
  await page.getByRole('switch', { name: 'Sound for new orders', checked: true }).waitFor();
}

/** Types the preparation minutes and accepts; does not wait for the outcome (errors may come back). */
export async function submitAccept(page: Page, number: string, prepMinutes: number): Promise<void> {
  const form = page.getByRole('form', { name: `Accept order ${number}` });
  await form.getByLabel('Preparation minutes').fill(String(prepMinutes));
  await form.getByRole('button', { name: 'Accept' }).click();
}

export async function acceptOrder(page: Page, number: string, prepMinutes: number): Promise<void> {
  await submitAccept(page, number, prepMinutes);
  await waitForTicket(page, number, 'Accepted');
}

export async function rejectOrder(page: Page, number: string, reason: string): Promise<void> {
  const form = page.getByRole('form', { name: `Reject order ${number}` });
  await form.getByLabel('Reason for rejecting').fill(reason);
  await form.getByRole('button', { name: 'Reject' }).click();
  await ticket(page, number).waitFor({ state: 'detached', timeout: 20_000 });
}

/** Sets one dish's kitchen status; `dish` as the ticket shows it ("2 × Pho"), `status` as the menu reads ("Cooking"). */
export async function setLineStatus(page: Page, number: string, dish: string, status: 'Queued' | 'Cooking' | 'Done'): Promise<void> {
  const select = ticket(page, number).getByLabel(`Status of ${dish}`);
  await select.selectOption({ label: status });
  // The select shows the server's answer: the new status once the order came back with it.
  await eventually(async () => {
    if ((await select.inputValue()) !== status.toUpperCase() || (await select.isDisabled()))
      throw new Error(`${dish} is not ${status} yet`);
  }, 20_000);
}

export async function startPreparing(page: Page, number: string): Promise<void> {
  await ticket(page, number).getByRole('button', { name: 'Start preparing' }).click();
  await waitForTicket(page, number, 'Preparing');
}

export async function markReady(page: Page, number: string): Promise<void> {
  await ticket(page, number).getByRole('button', { name: 'Mark ready' }).click();
  await waitForTicket(page, number, 'Ready for pickup');
}

/** Gives a ready pick-up order to its customer at the counter: it is DELIVERED and leaves the queue. */
export async function handOver(page: Page, number: string): Promise<void> {
  await ticket(page, number).getByRole('button', { name: 'Handed over' }).click();
  await ticket(page, number).waitFor({ state: 'detached', timeout: 20_000 });
}

/** Turns the restaurant's "Taking orders" switch on or off and waits for the answer. */
export async function setTakingOrders(page: Page, on: boolean): Promise<void> {
  const toggle = page.getByRole('switch', { name: 'Taking orders' });
  if ((await toggle.getAttribute('aria-checked')) !== String(on)) await toggle.click();
  await page.getByRole('switch', { name: 'Taking orders', checked: on }).waitFor();
}

/** The dish's row in "Dishes and stock". */
export function dishRow(page: Page, dish: string): Locator {
  return page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: dish, exact: true }) });
}

export async function setDishAvailable(page: Page, dish: string, on: boolean): Promise<void> {
  const toggle = page.getByRole('switch', { name: `${dish} available` });
  if ((await toggle.getAttribute('aria-checked')) !== String(on)) await toggle.click();
  await page.getByRole('switch', { name: `${dish} available`, checked: on }).waitFor();
}

/** Saves the portions left today (`null`: unlimited); does not wait for the outcome. */
export async function setDishStock(page: Page, dish: string, stock: number | null): Promise<void> {
  await page.getByLabel(`Portions of ${dish} left today`).fill(stock === null ? '' : String(stock));
  await page.getByRole('button', { name: `Save portions of ${dish}` }).click();
}
