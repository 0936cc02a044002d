import type { EventHandlers, PubSub } from '@foodgraph/platform';
import { DeliveryStatus } from '../domain/delivery-status';
import { courierOffersTrigger, type CourierDeliveryEvent } from '../graphql/live-triggers';

/** Durable consumer name of the feed behind `deliveryOffers`. */
export const LIVE_UPDATES_CONSUMER = 'delivery-live-updates';

/**
 * Turns dispatch events into pub/sub messages for the courier they concern: the offer, the
 * assignment, pick-up and drop-off, and a cancellation that took their delivery away. One
 * durable consumer shared by every replica publishes each change once, in order (the bus keeps
 * one message of a consumer in flight), and Redis carries it to the replica that serves the
 * courier's subscription. A transaction that fails to commit after publishing makes the event
 * come again: the courier may see the same state twice, never a state out of order.
 */
export function liveUpdateHandlers(pubsub: PubSub): EventHandlers {
  const publish = (event: CourierDeliveryEvent) => pubsub.publish(courierOffersTrigger(event.courierUserId), event);
  const base = (e: { id: string; type: string; data: { deliveryId: string; at: string } }) => ({
    deliveryId: e.data.deliveryId,
    cause: e.type,
    occurredAt: e.data.at,
  });

  return {
    'delivery.delivery.offered': async (event) =>
      publish({ ...base(event), courierUserId: event.data.courierUserId, status: DeliveryStatus.AwaitingCourier }),
    'delivery.delivery.assigned': async (event) =>
      publish({ ...base(event), courierUserId: event.data.courierUserId, status: DeliveryStatus.Assigned }),
    'delivery.delivery.picked_up': async (event) =>
      publish({ ...base(event), courierUserId: event.data.courierUserId, status: DeliveryStatus.PickedUp }),
    'delivery.delivery.delivered': async (event) =>
      publish({ ...base(event), courierUserId: event.data.courierUserId, status: DeliveryStatus.Delivered }),
    'delivery.delivery.cancelled': async (event) => {
      // Nobody to tell when no courier had taken it yet.
      if (event.data.courierUserId === null) return;
      await publish({ ...base(event), courierUserId: event.data.courierUserId, status: event.data.status });
    },
  };
}
