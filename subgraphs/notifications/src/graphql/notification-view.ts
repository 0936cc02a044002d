import type { NotificationEntity } from '../entities/notification.entity';
import type { NotificationLiveEvent } from '../events/live-topics';
import { Notification } from './types/notification.type';
import { orderRef, restaurantRef } from './types/references.type';

/** A stored notification, or one as it travelled over the pub/sub, as the API shows it. */
export function toNotification(row: NotificationEntity | NotificationLiveEvent): Notification {
  return Object.assign(new Notification(), {
    id: row.id,
    kind: row.kind,
    title: row.title,
    body: row.body,
    order: row.orderId ? orderRef(row.orderId) : null,
    restaurant: row.restaurantId ? restaurantRef(row.restaurantId) : null,
    createdAt: new Date(row.createdAt),
    readAt: 'readAt' in row && row.readAt ? new Date(row.readAt) : null,
  });
}
