import type { Locator, Page } from 'playwright-core';

/** The courier's screens (/courier), driven by role and label as a person (or a screen reader) finds them. */

export const PHONE = { width: 390, height: 844 };

export async function openCourier(page: Page): Promise<void> {
  await page.goto('/courier');
  await page.getByRole('heading', { level: 1, name: 'Deliveries' }).waitFor();
}

/** The "Online" switch, set and confirmed by the API's answer. */
export async function setOnline(page: Page, on: boolean): Promise<void> {
  const toggle = page.getByRole('switch', { name: 'Online' });
  if ((await toggle.getAttribute('aria-checked')) !== String(on)) await toggle.click();
  await page.getByRole('switch', { name: 'Online', checked: on }).waitFor();
}

/** Turns location sharing on or off; on, waits until a position went out. */
export async function shareLocation(page: Page, on: boolean): Promise<void> {
  const toggle = page.getByRole('switch', { name: 'Share my location' });
  if ((await toggle.getAttribute('aria-checked')) !== String(on)) await toggle.click();
  if (on) await page.getByText(/^Location shared, last sent at /).waitFor({ timeout: 20_000 });
  else await page.getByText('Your location is not shared.').waitFor();
}

/** The offer card waiting for an answer, once it has arrived (live, no reload). */
export async function waitForOffer(page: Page, restaurant: string, timeout = 30_000): Promise<Locator> {
  const card = page.getByRole('article', { name: `New offer from ${restaurant}`, exact: true });
  await card.waitFor({ timeout });
  return card;
}

/** Seconds left on the offer's countdown. */
export async function offerSecondsLeft(page: Page): Promise<number> {
  const text = (await page.getByRole('timer', { name: 'Time left to answer' }).textContent()) ?? '';
  return Number(/(\d+)/.exec(text)?.[1] ?? Number.NaN);
}

export async function acceptOffer(page: Page, restaurant: string): Promise<void> {
  const card = await waitForOffer(page, restaurant);
  await card.getByRole('button', { name: 'Accept delivery' }).click();
  await activeDelivery(page).waitFor({ timeout: 20_000 });
}

export async function declineOffer(page: Page, restaurant: string): Promise<void> {
  const card = await waitForOffer(page, restaurant);
  await card.getByRole('button', { name: 'Decline' }).click();
  await card.waitFor({ state: 'detached', timeout: 20_000 });
}

/** The card of the delivery the courier holds. */
export function activeDelivery(page: Page): Locator {
  return page.getByRole('article', { name: /^Order \S+ from / });
}

/** "Picked up": allowed once the kitchen marked the order ready (the button answers with the API's error before). */
export async function markPickedUp(page: Page, timeout = 20_000): Promise<void> {
  await activeDelivery(page).getByRole('button', { name: 'Picked up' }).click();
  await activeDelivery(page).getByText('On the way to the customer').waitFor({ timeout });
}

export async function markDelivered(page: Page): Promise<void> {
  const card = activeDelivery(page);
  await card.getByRole('button', { name: 'Delivered' }).click();
  await card.waitFor({ state: 'detached', timeout: 20_000 });
}

/** The page's live region (offers, assignments, deliveries announced). */
export function courierNews(page: Page): Locator {
  return page.getByRole('status').filter({ hasText: /order/i });
}

/** Opens the earnings for 'Today', 'This week' or 'Dates' (then `from`/`to` as YYYY-MM-DD). */
export async function showEarnings(
  page: Page,
  period: 'Today' | 'This week' | 'Dates',
  range?: { from: string; to: string },
): Promise<void> {
  if (new URL(page.url()).pathname !== '/courier/earnings') {
    await page.getByRole('link', { name: 'My earnings' }).click();
    await page.getByRole('heading', { level: 1, name: 'Earnings' }).waitFor();
  }
  await page.getByRole('group', { name: 'Period' }).getByLabel(period, { exact: true }).check();
  if (range) {
    await page.getByLabel('From', { exact: true }).fill(range.from);
    await page.getByLabel('To (inclusive)').fill(range.to);
  }
}

/** A figure of the earnings summary by its row ("Deliveries", "Total", …). */
export function earningsFigure(page: Page, term: string): Locator {
  const summary = page.getByRole('table', { name: 'Summary' });
  return summary
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: term, exact: true }) })
    .getByRole('cell');
}
