import type { DeliveryStatus } from '../domain/delivery-status';

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
