import type { EventData } from '@foodgraph/events';
import { NotificationKind, type NotificationDraft } from './notification-kind';

/*
 * Who hears of a delivery's progress. Delivery's events name the order and the courier but not
 * the customer, so the reaction hands in the order's facts from the read model (null while
 * the order is unknown here, and then only the courier is told).
 */

/** What the read model knows of an order: whose it is, from where, and its number. */
export interface OrderFacts {
  customerId: string;
  restaurantId: string;
  number: string;
}

const orderLabel = (order: OrderFacts | null): string => (order ? `order #${order.number}` : 'an order');

/** The offered courier hears of the offer (it expires, so only the inbox and the live list carry it). */
export function notificationsOfOffer(offer: EventData<'delivery.delivery.offered'>, order: OrderFacts | null): NotificationDraft[] {
  return [
    {
      recipientId: offer.courierUserId,
      kind: NotificationKind.DeliveryOffer,
      title: `New delivery offer: ${orderLabel(order)}`,
      body: 'Accept it in the courier app before the offer runs out.',
      orderId: offer.orderId,
      restaurantId: order?.restaurantId ?? null,
    },
  ];
}

/** The customer hears that a courier took the order and is on the way, with the promised time. */
export function notificationsOfAssignment(
  assigned: EventData<'delivery.delivery.assigned'>,
  order: OrderFacts | null,
): NotificationDraft[] {
  if (!order) return [];
  return [
    {
      recipientId: order.customerId,
      kind: NotificationKind.DeliveryStatus,
      title: `A courier is on the way for order #${order.number}`,
      body: assigned.etaAt ? `Expected at your door around ${hourMinute(assigned.etaAt)} UTC.` : 'Follow the courier on the order page.',
      orderId: assigned.orderId,
      restaurantId: order.restaurantId,
    },
  ];
}

/**
 * The courier hears that a delivery is done and counted in their earnings (delivery emits no
 * event per earnings line, so the amount is on the earnings page, not here).
 */
export function notificationsOfDelivered(
  delivered: EventData<'delivery.delivery.delivered'>,
  order: OrderFacts | null,
): NotificationDraft[] {
  return [
    {
      recipientId: delivered.courierUserId,
      kind: NotificationKind.DeliveryStatus,
      title: `Delivered ${orderLabel(order)}`,
      body: 'The delivery is added to your earnings.',
      orderId: delivered.orderId,
      restaurantId: order?.restaurantId ?? null,
    },
  ];
}

/** An assigned courier hears that their delivery was called off (the order was cancelled). */
export function notificationsOfDeliveryCancelled(
  cancelled: EventData<'delivery.delivery.cancelled'>,
  order: OrderFacts | null,
): NotificationDraft[] {
  if (!cancelled.courierUserId) return [];
  return [
    {
      recipientId: cancelled.courierUserId,
      kind: NotificationKind.DeliveryStatus,
      title: `Delivery of ${orderLabel(order)} cancelled`,
      body: cancelled.reason ? `The order was cancelled. Reason: ${cancelled.reason}` : 'The order was cancelled.',
      orderId: cancelled.orderId,
      restaurantId: order?.restaurantId ?? null,
    },
  ];
}

/** `HH:MM` of an ISO instant in UTC: the e-mail and inbox text cannot know the reader's zone. */
function hourMinute(iso: string): string {
  return new Date(iso).toISOString().slice(11, 16);
}
