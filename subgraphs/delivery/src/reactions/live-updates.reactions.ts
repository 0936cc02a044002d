import type { DomainEvent } from '@foodgraph/events';
import type { PubSub } from '@foodgraph/platform/subscriptions';
import { DeliveryStatus } from '../domain/delivery-status';
import { publishCourierDeliveryEvent } from '../events/live-triggers';

/** The delivery events a courier hears about live. */
export type DeliveryChangeType =
  | 'delivery.delivery.offered'
  | 'delivery.delivery.assigned'
  | 'delivery.delivery.picked_up'
  | 'delivery.delivery.delivered'
  | 'delivery.delivery.cancelled';

/** The status each change leaves the delivery in (a cancellation says which itself). */
const STATUS_AFTER: Readonly<Record<Exclude<DeliveryChangeType, 'delivery.delivery.cancelled'>, DeliveryStatus>> = {
  'delivery.delivery.offered': DeliveryStatus.AwaitingCourier,
  'delivery.delivery.assigned': DeliveryStatus.Assigned,
  'delivery.delivery.picked_up': DeliveryStatus.PickedUp,
  'delivery.delivery.delivered': DeliveryStatus.Delivered,
};

/**
 * Tells the courier a change concerns (the offer, the assignment, pick-up and drop-off, and a
 * cancellation that took their delivery away) through pub/sub. One durable consumer shared by
 * every replica publishes each change once, in order (the bus keeps one message of a consumer
 * in flight), and Redis carries it to the replica that serves the courier's subscription. The
 * consumer runs `at-least-once` (no inbox): an event the bus delivers again — the process died
 * before acknowledging it — is published again, and the courier sees the same state twice.
 */
export async function publishLiveUpdateWhenDeliveryChanged(pubsub: PubSub, event: DomainEvent<DeliveryChangeType>): Promise<void> {
  const courierUserId = event.data.courierUserId;
  // Nobody to tell when no courier had taken it yet.
  if (courierUserId === null) return;
  const status = event.type === 'delivery.delivery.cancelled' ? event.data.status : STATUS_AFTER[event.type];
  await publishCourierDeliveryEvent(pubsub, {
    deliveryId: event.data.deliveryId,
    courierUserId,
    cause: event.type,
    status,
    occurredAt: event.data.at,
  });
}
