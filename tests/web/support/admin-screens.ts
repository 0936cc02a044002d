import type { Locator, Page } from 'playwright-core';

/** The admin's screens (/admin), driven by role and label as a person (or a screen reader) finds them. */

/** A row of the restaurants screen's tables: 'Waiting for approval', 'Suspended restaurants' or 'Approved restaurants'. */
export function restaurantRow(page: Page, name: string): Locator {
  return page.getByRole('row').filter({ has: page.getByRole('rowheader', { name }) });
}

/** Approves a restaurant waiting for approval (or reinstates a suspended one) and waits until it is approved. */
export async function approveRestaurant(page: Page, name: string): Promise<void> {
  await page.goto('/admin');
  await page.getByRole('button', { name: new RegExp(`^(Approve|Reinstate) ${escape(name)}$`) }).click();
  await page.getByRole('button', { name: `Suspend ${name}` }).waitFor();
}

/** Starts suspending an active restaurant and sends `reason`; does not wait (an empty reason comes back as an error). */
export async function submitSuspension(page: Page, name: string, reason: string): Promise<void> {
  if (new URL(page.url()).pathname !== '/admin') await page.goto('/admin');
  const form = page.getByRole('form', { name: `Suspend ${name}` });
  if (!(await form.isVisible())) await page.getByRole('button', { name: `Suspend ${name}` }).click();
  await form.getByLabel(`Why suspend ${name}?`).fill(reason);
  await form.getByRole('button', { name: 'Suspend', exact: true }).click();
}

export interface StaffAccount {
  name: string;
  email: string;
  password: string;
  role: 'Customer' | 'Partner' | 'Courier' | 'Admin';
  phone?: string;
}

/** Creates an account in any role; waits for the confirmation. */
export async function createAccount(page: Page, account: StaffAccount): Promise<void> {
  await page.goto('/admin/accounts');
  const form = page.getByRole('form', { name: 'New account' });
  await form.getByLabel('Name').fill(account.name);
  await form.getByLabel('Email').fill(account.email);
  await form.getByLabel('First password').fill(account.password);
  await form.getByLabel('Phone (optional)').fill(account.phone ?? '');
  await form.getByLabel('Role').selectOption({ label: account.role });
  await form.getByRole('button', { name: 'Create account' }).click();
  await form.getByText(`${account.name} can now sign in as`).waitFor();
}

/** Gives a COURIER account (chosen by its email) a courier profile; waits for it in the list. */
export async function createCourierProfile(
  page: Page,
  profile: { accountEmail: string; name: string; vehicle: 'Bicycle' | 'Scooter' | 'Car' | 'On foot' },
): Promise<void> {
  await page.goto('/admin/couriers');
  const form = page.getByRole('form', { name: 'New courier profile' });
  const account = form.getByLabel('Courier account');
  const option = account.locator('option', { hasText: profile.accountEmail });
  await option.waitFor({ state: 'attached' });
  await account.selectOption((await option.getAttribute('value')) ?? '');
  await form.getByLabel('Name shown to customers').fill(profile.name);
  await form.getByLabel('Vehicle').selectOption({ label: profile.vehicle });
  await form.getByRole('button', { name: 'Create courier' }).click();
  await page.getByRole('rowheader', { name: profile.name }).waitFor();
}

/** Opens the reviews of a restaurant on the moderation screen. */
export async function openModeration(page: Page, restaurant: string): Promise<void> {
  await page.goto('/admin/reviews');
  const select = page.getByLabel('Restaurant');
  const option = select.locator('option', { hasText: restaurant }).first();
  await option.waitFor({ state: 'attached' });
  await select.selectOption((await option.getAttribute('value')) ?? '');
  await page.getByRole('heading', { name: `Reviews of ${restaurant}` }).waitFor();
}

/** A review on the moderation screen, by its author's name. */
export function moderatedReview(page: Page, author: string): Locator {
  return page.getByRole('article', { name: new RegExp(`^${escape(author)}, `) });
}

/** Hides the review of `author` with `reason`; waits until it shows as hidden. */
export async function hideReview(page: Page, author: string, reason: string): Promise<void> {
  const review = moderatedReview(page, author);
  await review.getByRole('button', { name: 'Hide review' }).click();
  await review.getByLabel('Reason for hiding').fill(reason);
  await review.getByRole('button', { name: 'Hide', exact: true }).click();
  await review.getByText(`Hidden because: ${reason}`).waitFor();
}

export async function unhideReview(page: Page, author: string): Promise<void> {
  const review = moderatedReview(page, author);
  await review.getByRole('button', { name: 'Show again' }).click();
  await review.getByRole('button', { name: 'Hide review' }).waitFor();
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
