import type { Locator, Page } from 'playwright-core';

/** The partner's screens (/partner), driven by role and label as a person (or a screen reader) finds them. */

export interface NewRestaurant {
  name: string;
  cuisines?: string;
  line1: string;
  postalCode: string;
  city: string;
  /** Both or neither, in degrees. */
  location?: { lat: number; lng: number };
  /** Typed as a person would, e.g. "2.50". @default "0" */
  deliveryFee?: string;
  /** @default "0" */
  minimumOrder?: string;
  /** @default EUR */
  currency?: string;
  timeZone?: string;
  /** Replaces the form's default windows (every day 11:00–22:00). */
  openingHours?: { day: string; opens: string; closes: string }[];
}

/** Fills the "New restaurant" form and sends it; does not wait for the outcome (errors may come back). */
export async function submitNewRestaurant(page: Page, restaurant: NewRestaurant): Promise<void> {
  await page.goto('/partner/new');
  await page.getByRole('heading', { level: 1, name: 'New restaurant' }).waitFor();
  await page.getByLabel('Name', { exact: true }).fill(restaurant.name);
  await page.getByLabel('Cuisines').fill(restaurant.cuisines ?? '');
  await page.getByLabel('Street and number').fill(restaurant.line1);
  await page.getByLabel('Postal code').fill(restaurant.postalCode);
  await page.getByLabel('City').fill(restaurant.city);
  if (restaurant.location) {
    await page.getByLabel('Latitude').fill(String(restaurant.location.lat));
    await page.getByLabel('Longitude').fill(String(restaurant.location.lng));
  }
  await page.getByLabel('Currency').fill(restaurant.currency ?? 'EUR');
  await page.getByLabel(/^Delivery fee/).fill(restaurant.deliveryFee ?? '0');
  await page.getByLabel(/^Minimum order/).fill(restaurant.minimumOrder ?? '0');
  if (restaurant.timeZone) await page.getByLabel('Time zone').fill(restaurant.timeZone);
  if (restaurant.openingHours) await setOpeningHours(page, restaurant.openingHours);
  await page.getByRole('button', { name: 'Create restaurant' }).click();
}

/** Replaces every opening window of the form on screen with `windows`. */
export async function setOpeningHours(page: Page, windows: { day: string; opens: string; closes: string }[]): Promise<void> {
  const remove = page.getByRole('button', { name: /^Remove window \d+$/ });
  while ((await remove.count()) > 0) await remove.first().click();
  for (const [i, window] of windows.entries()) {
    await page.getByRole('button', { name: 'Add a window' }).click();
    const group = openingWindow(page, i + 1);
    await group.getByLabel('Day').selectOption({ label: window.day });
    await group.getByLabel('Opens').fill(window.opens);
    await group.getByLabel('Closes').fill(window.closes);
  }
}

/** The fields of the n-th opening window (1-based). */
export function openingWindow(page: Page, n: number): Locator {
  return page.getByRole('group', { name: `Window ${n}`, exact: true });
}

/** Creates a restaurant and waits for it in "My restaurants" (waiting for approval). */
export async function createRestaurant(page: Page, restaurant: NewRestaurant): Promise<void> {
  await submitNewRestaurant(page, restaurant);
  await page.waitForURL('**/partner?created=*');
  await restaurantCard(page, restaurant.name).waitFor();
}

/** A restaurant of "My restaurants" (/partner). */
export function restaurantCard(page: Page, name: string): Locator {
  return page.getByRole('article', { name, exact: true });
}

/** From "My restaurants" to one restaurant's screen: 'Details and opening hours', 'Menu', 'Reviews' or 'Kitchen'. */
export async function openRestaurantScreen(
  page: Page,
  restaurant: string,
  screen: 'Details and opening hours' | 'Menu' | 'Reviews' | 'Kitchen',
): Promise<void> {
  await page.goto('/partner');
  await restaurantCard(page, restaurant).getByRole('link', { name: screen }).click();
}

/** On the menu screen: adds a section. */
export async function addMenuSection(page: Page, name: string): Promise<void> {
  const form = page.getByRole('form', { name: 'New section' });
  await form.getByLabel('Section name').fill(name);
  await form.getByRole('button', { name: 'Add section' }).click();
  await page.getByRole('region', { name, exact: true }).waitFor();
}

export interface NewDish {
  name: string;
  /** Typed as a person would, e.g. "8.90". */
  price: string;
  description?: string;
  section?: string;
  /** Portions left today; unlimited when omitted. */
  stock?: number;
  tags?: string;
}

/** On the menu screen: adds a dish; waits for it to be listed. */
export async function addDish(page: Page, dish: NewDish): Promise<void> {
  const form = page.getByRole('form', { name: 'New dish' });
  await form.getByLabel('Name', { exact: true }).fill(dish.name);
  await form.getByLabel('Description').fill(dish.description ?? '');
  await form.getByLabel(/^Price/).fill(dish.price);
  await form.getByLabel('Portions left today').fill(dish.stock === undefined ? '' : String(dish.stock));
  await form.getByLabel('Section').selectOption({ label: dish.section ?? 'No section' });
  await form.getByLabel('Labels').fill(dish.tags ?? '');
  await form.getByRole('button', { name: 'Add dish' }).click();
  await dishCard(page, dish.name).waitFor();
}

/** A dish on the menu screen. */
export function dishCard(page: Page, name: string): Locator {
  return page.getByRole('article', { name, exact: true });
}

/** On the API keys screen: creates a key and reads its one-time secret. */
export async function createApiKey(page: Page, name: string): Promise<string> {
  await page.goto('/partner/api-keys');
  const form = page.getByRole('form', { name: 'Create key' });
  await form.getByLabel('Key name').fill(name);
  await form.getByRole('button', { name: 'Create key' }).click();
  const secret = page.getByRole('region', { name: `Secret of the key ${name}` }).getByLabel('Secret');
  await secret.waitFor();
  return secret.inputValue();
}

/** A key's row in the API keys screen's list (every key of the partner, older ones included). */
export function apiKeyRow(page: Page, name: string): Locator {
  return page.getByRole('row').filter({ has: page.getByRole('rowheader', { name, exact: true }) });
}

/** On the API keys screen: revokes the key called `name` and waits until it shows as revoked. */
export async function revokeApiKey(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: `Revoke ${name}` }).click();
  await apiKeyRow(page, name)
    .getByText(/^Revoked on/)
    .waitFor();
}

/** On the reviews screen: replies to the review of `author`. */
export async function replyToReview(page: Page, author: string, reply: string): Promise<void> {
  await page.getByLabel(`Your public reply to ${author}`).fill(reply);
  await page.getByRole('button', { name: 'Send reply' }).click();
}
