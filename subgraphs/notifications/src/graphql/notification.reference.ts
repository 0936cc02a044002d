import type { NotificationsContext } from './context';
import { toNotification } from './notification-view';
import type { Notification } from './types/notification.type';

/** `Notification` references: only its recipient sees it, as in `myNotifications`. */
export const notificationReference = {
  async __resolveReference(reference: { id: string }, ctx: NotificationsContext): Promise<Notification | null> {
    const row = await ctx.services.inbox.notification(ctx.identity, reference.id);
    return row ? toNotification(row) : null;
  },
};
