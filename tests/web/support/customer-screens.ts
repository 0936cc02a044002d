import type { Page } from 'playwright-core';

/** What the checkout form asks; `pinLocation` uses the browser's geolocation for the drop-off. */
export interface CheckoutDetails {
  line1: string;
  line2?: string;
  postalCode: string;
  city: string;
  payment: 'QR' | 'CASH';
  notes?: string;
  pinLocation?: boolean;
}

/** The customer's screens, driven by role and label as a person (or a screen reader) finds them. */

export async function searchRestaurants(page: Page, filters: { search?: string; cuisine?: string; openNow?: boolean }): Promise<void> {
  if (new URL(page.url()).pathname !== '/') await page.goto('/');
  const form = page.getByRole('search', { name: 'Find restaurants' });
  await form.getByLabel('Search').fill(filters.search ?? '');
  await form.getByLabel('Cuisine').fill(filters.cuisine ?? '');
  await form.getByLabel('Open now').setChecked(filters.openNow ?? false);
  await form.getByRole('button', { name: 'Show restaurants' }).click();
}

/** Opens a restaurant from the list (search for it first when the list is long). */
export async function openRestaurantFromList(page: Page, name: string): Promise<void> {
  await page.getByRole('list', { name: 'Restaurants found' }).getByRole('link', { name, exact: true }).click();
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

export async function addToBasket(page: Page, dish: string): Promise<void> {
  await page.getByRole('button', { name: `Add ${dish} to the basket` }).click();
}

/** Adds a dish of another restaurant and answers the "start a new basket?" question. */
export async function addReplacingBasket(page: Page, dish: string, replace: boolean): Promise<void> {
  await addToBasket(page, dish);
  const dialog = page.getByRole('alertdialog', { name: 'Start a new basket?' });
  await dialog.getByRole('button', { name: replace ? 'Empty the basket and add' : 'Keep my basket' }).click();
}

/** On /checkout while signed out: starts a guest session under `name`. */
export async function continueAsGuest(page: Page, name: string): Promise<void> {
  await page.getByLabel('Your name (to order as a guest)').fill(name);
  await page.getByRole('button', { name: 'Continue as guest' }).click();
  await page.getByRole('heading', { name: 'Delivery address' }).waitFor();
}

/** Fills the checkout form and places the order; does not wait for the order page (errors may come back). */
export async function fillCheckoutAndPlace(page: Page, details: CheckoutDetails): Promise<void> {
  await page.getByLabel('Street and number').fill(details.line1);
  await page.getByLabel('Flat, floor (optional)').fill(details.line2 ?? '');
  await page.getByLabel('Postal code').fill(details.postalCode);
  await page.getByLabel('City').fill(details.city);
  if (details.pinLocation) {
    await page.getByRole('button', { name: 'Use my current location for the courier' }).click();
    await page.getByText('Your location will be sent with the address.').waitFor();
  }
  await page.getByLabel(details.payment === 'QR' ? 'Pay now with a QR code' : 'Cash on delivery').check();
  if (details.notes) await page.getByLabel('Notes for the restaurant or courier (optional)').fill(details.notes);
  await page.getByRole('button', { name: 'Place order' }).click();
}

/** Places the order and waits for its live page; returns the order's id from the address. */
export async function placeOrder(page: Page, details: CheckoutDetails): Promise<string> {
  await fillCheckoutAndPlace(page, details);
  await page.waitForURL(/\/orders\/[^/]+$/);
  await page.getByRole('heading', { level: 1, name: /^Order / }).waitFor();
  return new URL(page.url()).pathname.split('/').pop()!;
}

/** Waits until the order page's live status reads `status` (e.g. "Accepted by the restaurant"). */
export async function waitForOrderStatus(page: Page, status: string, timeout = 20_000): Promise<void> {
  await page.getByRole('region', { name: 'Status' }).getByText(status, { exact: true }).waitFor({ timeout });
}

/** The sandbox's "Pay" on an order waiting for its QR payment. */
export async function payInSandbox(page: Page): Promise<void> {
  await page.getByRole('img', { name: /^QR code to pay / }).waitFor();
  await page.getByRole('region', { name: /^Pay / }).getByRole('button', { name: 'Pay', exact: true }).click();
}

export async function cancelOrder(page: Page, reason?: string): Promise<void> {
  const form = page.getByRole('form', { name: 'Cancel this order' });
  if (reason) await form.getByLabel('Why are you cancelling? (optional)').fill(reason);
  await form.getByRole('button', { name: 'Cancel order' }).click();
}

/** The review form after delivery: stars for the restaurant, optionally the courier, and a comment. */
export async function reviewOrder(page: Page, review: { restaurant: number; courier?: number; comment?: string }): Promise<void> {
  const form = page.getByRole('region', { name: 'Review your order' });
  await form
    .getByRole('group', { name: 'Stars for the restaurant' })
    .getByRole('radio', { name: starsName(review.restaurant), exact: true })
    .check();
  if (review.courier) {
    await form
      .getByRole('group', { name: /^Stars for .*, your courier/ })
      .getByRole('radio', { name: starsName(review.courier), exact: true })
      .check();
  }
  if (review.comment) await form.getByLabel('Comment (optional)').fill(review.comment);
  await form.getByRole('button', { name: 'Send review' }).click();
  await page.getByRole('heading', { name: 'Your review' }).waitFor();
}

const starsName = (stars: number) => (stars === 1 ? '1 star' : `${stars} stars`);

/** The map's text alternative: what it says about the courier. */
export function courierOnMap(page: Page) {
  return page.getByRole('figure').getByRole('listitem').filter({ hasText: 'Courier:' });
}
