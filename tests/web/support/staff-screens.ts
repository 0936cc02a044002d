import type { Locator, Page } from 'playwright-core';

/** The partner's kitchen staff screen (/partner/restaurants/:id/staff), driven by role and label. */

/** A cook's account as the "Add a staff member" form takes it. */
export interface StaffMemberDraft {
  name: string;
  email: string;
  password: string;
  phone?: string;
}

/** From /partner, opens the kitchen staff screen of `restaurant`. */
export async function openStaffScreen(page: Page, restaurant: string): Promise<void> {
  await page.goto('/partner');
  const card = page.getByRole('article', { name: restaurant, exact: true });
  await card.getByRole('link', { name: 'Kitchen staff' }).click();
  await page.getByRole('heading', { level: 1, name: `Kitchen staff of ${restaurant}` }).waitFor();
}

/** Fills the add form and sends it; does not wait for the outcome (the API may refuse a field). */
export async function submitStaffMember(page: Page, draft: StaffMemberDraft): Promise<void> {
  const form = page.getByRole('form', { name: 'Add a staff member' });
  await form.getByLabel('Name').fill(draft.name);
  await form.getByLabel('Email').fill(draft.email);
  await form.getByLabel('Initial password').fill(draft.password);
  await form.getByLabel('Phone (optional)').fill(draft.phone ?? '');
  await form.getByRole('button', { name: 'Add to the kitchen' }).click();
}

/** The staff table's row of `name`. */
export function staffRow(page: Page, name: string): Locator {
  return page
    .getByRole('table', { name: 'Staff members' })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name, exact: true }) });
}

export async function addStaffMember(page: Page, draft: StaffMemberDraft): Promise<void> {
  await submitStaffMember(page, draft);
  await staffRow(page, draft.name).waitFor();
}

export async function removeStaffMember(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: `Remove ${name}` }).click();
  await staffRow(page, name).waitFor({ state: 'detached' });
}
