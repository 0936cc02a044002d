import type { Page } from 'playwright-core';

/** The kiosk (/kiosk/:restaurantId), driven by role and label as a customer at the counter finds it. */

/** Opens the kiosk of a restaurant; `idleSeconds` shortens the reset for a test. */
export async function openKiosk(page: Page, restaurantId: string, idleSeconds?: number): Promise<void> {
  await page.goto(`/kiosk/${restaurantId}${idleSeconds ? `?idle=${idleSeconds}` : ''}`);
  await page.getByRole('heading', { level: 2, name: 'Menu' }).waitFor();
}

/** One touch on a dish's big button (named by the dish and its price) adds one. */
export async function kioskAdd(page: Page, dish: string): Promise<void> {
  await page
    .getByRole('region', { name: 'Menu' })
    .getByRole('button', { name: new RegExp(`^${dish} `) })
    .click();
}

export async function kioskOrder(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Order and pay' }).click();
  await page.getByRole('heading', { name: 'Who is ordering?' }).waitFor();
}

/** Types a CPF digit by digit (the field masks it) and continues with it; does not wait. */
export async function identifyWithCpf(page: Page, cpf: string): Promise<void> {
  const field = page.getByLabel('Your CPF');
  await field.fill('');
  await field.pressSequentially(cpf.replace(/\D/g, ''));
  await page.getByRole('button', { name: 'Continue with my CPF' }).click();
}

/** Waits for the placed order's screen; returns its heading ("Order …"). */
export async function waitForKioskOrder(page: Page): Promise<string> {
  const heading = page.getByRole('heading', { level: 2, name: /^Order / });
  await heading.waitFor({ timeout: 20_000 });
  return (await heading.textContent()) ?? '';
}

/** Waits until the kiosk's live status reads `status`. */
export async function waitForKioskStatus(page: Page, status: string, timeout = 20_000): Promise<void> {
  await page.getByRole('region', { name: 'Status' }).getByText(status, { exact: true }).waitFor({ timeout });
}

/** The placed order's sums as the kiosk shows them, as [label, amount] pairs (e.g. ["Total", "R$16.00"]). */
export async function kioskSums(page: Page): Promise<string[][]> {
  const rows = await page.getByLabel('What the order costs').locator('div').all();
  return Promise.all(rows.map(async (row) => [await row.locator('dt').innerText(), await row.locator('dd').innerText()]));
}
