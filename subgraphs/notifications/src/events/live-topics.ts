import type { PubSub } from '@foodgraph/platform/subscriptions';
import type { NotificationKind } from '../domain/notification-kind';

/*
 * The live update this subgraph publishes on its pub/sub (Redis when configured, so every
 * replica's subscribers get it): the topic of a user's new notifications and its message.
 * The notifications subgraph emits no domain events; this is all it sends out besides e-mail.
 */

/** Pub/sub trigger of one user's new notifications: what `notificationAdded` listens on. */
export const notificationAddedTrigger = (userId: string): string => `notifications.added.${userId.toLowerCase()}`;

/** A stored notification as it travels to its recipient's subscriptions (JSON: dates as ISO strings). */
export interface NotificationLiveEvent {
  id: string;
  recipientId: string;
  kind: NotificationKind;
  title: string;
  body: string;
  orderId: string | null;
  restaurantId: string | null;
  createdAt: string;
}

/** Tells the recipient's open `notificationAdded` subscriptions, on any replica. */
export function publishNotificationAdded(pubsub: PubSub, event: NotificationLiveEvent): Promise<void> {
  return pubsub.publish(notificationAddedTrigger(event.recipientId), event);
}
