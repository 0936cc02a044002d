import type { DomainEvent } from '@foodgraph/events';
import { uuidv7 } from '@foodgraph/platform/ids';
import type { Clock } from '@foodgraph/platform/process';
import type { PubSub } from '@foodgraph/platform/subscriptions';
import type { EntityManager } from 'typeorm';
import type { DeliveryChannel } from '../channels/delivery-channel';
import type { NotificationDraft } from '../domain/notification-kind';
import { publishNotificationAdded, type NotificationLiveEvent } from '../events/live-topics';

/**
 * Puts what the rules decided into the recipients' inboxes, once: each row is keyed by (event,
 * recipient, kind), so a redelivered event inserts nothing and tells nobody again. A new row
 * is queued for every channel that carries its kind, in the same transaction, and published
 * to the recipient's live subscriptions.
 */
export class NotifyService {
  constructor(
    private readonly pubsub: PubSub,
    private readonly clock: Clock,
    private readonly channels: readonly DeliveryChannel[],
  ) {}

  async notify(manager: EntityManager, event: DomainEvent, drafts: readonly NotificationDraft[]): Promise<void> {
    const added: NotificationLiveEvent[] = [];
    for (const draft of drafts) {
      const row = { ...draft, id: uuidv7(), createdAt: this.clock().toISOString() };
      const inserted = await manager.query<unknown[]>(
        `INSERT INTO notifications (id, recipient_id, kind, title, body, order_id, restaurant_id, source_event_id, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
         ON CONFLICT (source_event_id, recipient_id, kind) DO NOTHING RETURNING id`,
        [row.id, row.recipientId, row.kind, row.title, row.body, row.orderId, row.restaurantId, event.id, row.createdAt],
      );
      if (inserted.length === 0) continue;
      for (const channel of this.channels.filter((c) => c.accepts(draft.kind))) {
        await manager.query(`INSERT INTO channel_deliveries (notification_id, channel, next_attempt_at) VALUES ($1, $2, $3)`, [
          row.id,
          channel.name,
          row.createdAt,
        ]);
      }
      added.push(row);
    }
    // Published inside the consumer's transaction, as orders' live updates are: should the
    // commit then fail, the redelivered event stores (and publishes) them once more.
    for (const notification of added) await publishNotificationAdded(this.pubsub, notification);
  }
}
