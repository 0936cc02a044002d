import type { Locator, Page } from 'playwright-core';

/** The admin dashboard, on the window named as the screen names it ("Today", "Last 7 days", "Last 30 days"). */
export async function openDashboard(page: Page, window = 'Today'): Promise<void> {
  await page.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Dashboard' }).click();
  await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
  await page.getByRole('radio', { name: window }).check();
  await page.getByRole('heading', { level: 2, name: `Figures: ${window}` }).waitFor();
}

/** The row of a dead letter in the dashboard's table, by its event type. */
export function deadLetterRow(page: Page, eventType: string): Locator {
  return page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: eventType, exact: true }) });
}

/** Asks for a dead letter's redrive and waits until the table shows when it was redriven. */
export async function redrive(page: Page, eventType: string, subgraph: string): Promise<void> {
  await page.getByRole('button', { name: `Redrive ${eventType} of ${subgraph}`, exact: true }).click();
  await deadLetterRow(page, eventType)
    .getByText(/^Redriven /)
    .waitFor({ timeout: 15_000 });
}

/** Disables (or enables) the account of `name` on the accounts screen and waits for the new state. */
export async function setAccountDisabled(page: Page, name: string, disabled: boolean): Promise<void> {
  await page.getByRole('button', { name: `${disabled ? 'Disable' : 'Enable'} ${name}`, exact: true }).click();
  await page.getByRole('button', { name: `${disabled ? 'Enable' : 'Disable'} ${name}`, exact: true }).waitFor();
}

/** Menu section actions on the partner's menu page. */
export async function moveSection(page: Page, name: string, direction: 'up' | 'down'): Promise<void> {
  await page.getByRole('button', { name: `Move ${name} ${direction}`, exact: true }).click();
  await page.getByText(`${name} moved ${direction}.`).waitFor();
}

export async function renameSection(page: Page, name: string, to: string): Promise<void> {
  await page.getByRole('button', { name: `Rename ${name}`, exact: true }).click();
  await page.getByLabel(`New name for ${name}`).fill(to);
  await page.getByRole('button', { name: 'Save name', exact: true }).click();
  await page.getByRole('button', { name: `Rename ${to}`, exact: true }).waitFor();
}

export async function deleteSection(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: `Delete ${name}`, exact: true }).click();
  await page.getByRole('button', { name: `Yes, delete ${name}`, exact: true }).click();
  // The section's other actions go once the menu is read again without it.
  await page.getByRole('button', { name: `Rename ${name}`, exact: true }).waitFor({ state: 'detached' });
}

/** The menu's section names in the order the page lists them. */
export async function sectionOrder(page: Page): Promise<string[]> {
  const names = await page.getByRole('button', { name: /^Rename / }).allTextContents();
  return names.map((name) => name.replace(/^Rename /, ''));
}
