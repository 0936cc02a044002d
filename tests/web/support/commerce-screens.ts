import type { Page } from 'playwright-core';

/** The commerce screens of issue 17 (coupons, tips, "deliver later"), driven by role and label. */

/** On /checkout: types a coupon code and applies it; does not wait (the API may refuse it beside the field). */
export async function applyCoupon(page: Page, code: string): Promise<void> {
  const form = page.getByRole('form', { name: 'Coupon' });
  await form.getByLabel('Coupon code').fill(code);
  await form.getByRole('button', { name: 'Apply coupon' }).click();
}

/** On /checkout: a tip choice by its label's start ("No tip", "10 %", "Another amount"). */
export async function chooseTip(page: Page, choice: string): Promise<void> {
  await page
    .getByRole('group', { name: 'Tip for your courier' })
    .getByRole('radio', { name: new RegExp(`^${choice.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) })
    .check();
}

/** On /checkout: "Deliver later", then the slots' select; returns the slots offered (values are ISO instants). */
export async function deliverLater(page: Page): Promise<string[]> {
  await page.getByRole('group', { name: 'When' }).getByRole('radio', { name: 'Deliver later' }).check();
  const select = page.getByLabel('Delivery time');
  await select.waitFor();
  return select.locator('option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
}

/** The basket's totals beside the checkout (a definition list named "Basket totals"), as "term: value" lines. */
export async function basketTotals(page: Page): Promise<string[]> {
  const totals = page.getByRole('complementary').locator('dl[aria-label="Basket totals"] > div');
  return (await totals.allTextContents()).map((row) => row.replace(/\s+/g, ' ').trim());
}

/** On /partner: opens the coupons page of `restaurant`. */
export async function openCoupons(page: Page, restaurant: string): Promise<void> {
  const card = page.getByRole('article', { name: restaurant });
  await card.getByRole('link', { name: 'Coupons' }).click();
  await page.getByRole('heading', { level: 1, name: `Coupons of ${restaurant}` }).waitFor();
}

export interface CouponSpec {
  code: string;
  percent?: number;
  /** A fixed amount as typed, e.g. "2.50". */
  amount?: string;
  maxRedemptions?: number;
}

/** Fills "New coupon" and creates it; does not wait (the API may refuse a field). */
export async function createCoupon(page: Page, spec: CouponSpec): Promise<void> {
  const form = page.getByRole('form', { name: 'New coupon' });
  await form.getByLabel('Code').fill(spec.code);
  await form.getByLabel('Kind of discount').selectOption(spec.amount ? 'FIXED' : 'PERCENT');
  if (spec.amount) await form.getByLabel(/^Amount off/).fill(spec.amount);
  else await form.getByLabel('Percent off (1–100)').fill(String(spec.percent ?? 10));
  if (spec.maxRedemptions) await form.getByLabel('Total redemptions (optional)').fill(String(spec.maxRedemptions));
  await form.getByRole('button', { name: 'Create coupon' }).click();
}

/** The coupon list's row of `code`. */
export function couponRow(page: Page, code: string) {
  return page
    .getByRole('table', { name: 'Coupons' })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: code, exact: true }) });
}
