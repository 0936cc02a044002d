/// <reference lib="dom" /> -- page.evaluate callbacks run in the browser
import type { Page } from 'playwright-core';

/** The accessible-ish name of the focused element: its label, aria-label or text. */
export function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return '';
    const labelled = el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : undefined;
    return (labelled ?? el.getAttribute('aria-label') ?? el.textContent ?? '').trim();
  });
}

/**
 * Presses Tab until the focused element's name matches `name` — as a keyboard user moves
 * through a page; fails after `max` stops (the element is unreachable by keyboard).
 */
export async function tabTo(page: Page, name: string | RegExp, max = 60): Promise<void> {
  const matches = (text: string) => (typeof name === 'string' ? text === name : name.test(text));
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (matches(await focusedName(page))) return;
  }
  throw new Error(`no element named ${String(name)} within ${max} presses of Tab`);
}
