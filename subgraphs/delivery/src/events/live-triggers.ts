import type { PubSub } from '@foodgraph/platform/subscriptions';
import type { DeliveryStatus } from '../domain/delivery-status';

/**
 * The pub/sub side of what delivery emits: the triggers its subscriptions listen on and the
 * payloads published there. Live news goes through pub/sub, not the event bus: it is for
 * whoever listens now, on any replica, and is worthless later.
 */

/** Pub/sub trigger of one courier's offers and assignments: what `deliveryOffers` listens on. */
export const courierOffersTrigger = (courierUserId: string): string => `delivery.courier.offers.${courierUserId.toLowerCase()}`;

/** Pub/sub trigger of the courier's positions during an order's delivery: `courierLocation(orderId)`. */
export const courierLocationTrigger = (orderId: string): string => `delivery.order.location.${orderId.toLowerCase()}`;

/**
 * What the live-updates consumer publishes to a courier for one change of a delivery that
 * concerns them. It carries the status the change produced, so each step shows as itself even
 * when the delivery moved on before the event was resolved.
 */
export interface CourierDeliveryEvent {
  deliveryId: string;
  courierUserId: string;
  /** What happened: the domain event's type. */
  cause: string;
  /** The delivery's status right after the change. */
  status: DeliveryStatus;
  /** When it happened (ISO 8601). */
  occurredAt: string;
}

/** One position of the courier, published after it was stored with the delivery's trail. */
export interface CourierLocationEvent {
  orderId: string;
  lat: number;
  lng: number;
  /** When the courier reported it (ISO 8601). */
  at: string;
}

/** Tells the courier's `deliveryOffers` subscribers about a change of one of their deliveries. */
export function publishCourierDeliveryEvent(pubsub: PubSub, event: CourierDeliveryEvent): Promise<void> {
  return pubsub.publish(courierOffersTrigger(event.courierUserId), event);
}

/** Tells the order's `courierLocation` subscribers where its courier is. */
export function publishCourierLocation(pubsub: PubSub, event: CourierLocationEvent): Promise<void> {
  return pubsub.publish(courierLocationTrigger(event.orderId), event);
}
