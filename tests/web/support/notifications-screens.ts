import type { Locator, Page } from 'playwright-core';

/*
 * The notification bell in the header of every signed-in page, driven by role and label. The
 * bell's name carries the unread count ("Notifications, 2 unread"); its list is the region
 * named "Notifications" it opens.
 */

/** The bell button, whatever the count. */
export function bell(page: Page): Locator {
  return page.getByRole('button', { name: /^Notifications,/ });
}

/** Waits until the bell says `count` unread (0: "none unread"). */
export async function waitForUnread(page: Page, count: number, timeout = 15_000): Promise<void> {
  const name = count === 0 ? 'Notifications, none unread' : `Notifications, ${count} unread`;
  await page.getByRole('button', { name, exact: true }).waitFor({ timeout });
}

/** Opens the list (if closed) and returns it. */
export async function openNotifications(page: Page): Promise<Locator> {
  const button = bell(page);
  if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
  const panel = page.getByRole('region', { name: 'Notifications' });
  await panel.waitFor();
  return panel;
}

/** The listed notification whose title is `title`. */
export function notification(page: Page, title: string | RegExp): Locator {
  return page.getByRole('region', { name: 'Notifications' }).getByRole('listitem').filter({ hasText: title });
}

/** Follows a notification's link (it is marked read on the way). */
export async function followNotification(page: Page, title: string | RegExp): Promise<void> {
  await openNotifications(page);
  await notification(page, title).getByRole('link', { name: title }).click();
}

/** "Mark all as read" in the open list. */
export async function markAllRead(page: Page): Promise<void> {
  const panel = await openNotifications(page);
  await panel.getByRole('button', { name: 'Mark all as read' }).click();
}

/** What the bell last announced to screen readers. */
export function bellAnnouncement(page: Page): Locator {
  return page.getByRole('status').filter({ hasText: /^New notification: / });
}
