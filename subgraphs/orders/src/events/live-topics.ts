import type { PubSub } from '@foodgraph/platform/subscriptions';
import type { OrderStatus, PaymentStatus } from '../domain/order-status';

/*
 * The live updates this subgraph publishes on its pub/sub (Redis when configured, so every
 * replica's subscribers get them): topic names, the message, and the one publish helper. The
 * live-updates reactions publish here; the subscription resolvers listen here.
 */

/** Pub/sub trigger of one order's changes: what `orderUpdated(orderId)` listens on. */
export const orderUpdatedTrigger = (orderId: string): string => `orders.order.updated.${orderId.toLowerCase()}`;

/** Pub/sub trigger of every new or changed order of a restaurant: `restaurantOrderFeed(restaurantId)`. */
export const restaurantFeedTrigger = (restaurantId: string): string => `orders.restaurant.feed.${restaurantId.toLowerCase()}`;

/**
 * What the live-updates consumer publishes for one change of an order. It carries the state
 * the change produced, so a subscriber sees each step even when the order has already moved
 * on by the time the event is resolved (the resolver loads the order and lays this over it).
 */
export interface OrderLiveEvent {
  orderId: string;
  restaurantId: string;
  /** What happened: the domain event's type. */
  cause: string;
  /** The status this change left the order in; absent when the change did not touch it. */
  status?: OrderStatus;
  /** The payment status after this change, when the change reports it. */
  paymentStatus?: PaymentStatus;
  /** The reason of a cancellation or rejection (null for other statuses). */
  statusReason?: string | null;
  /** When the change happened (ISO 8601). */
  occurredAt: string;
}

/**
 * Publishes one change of an order to both topics that show it: the order's own and its
 * restaurant's feed.
 */
export async function publishOrderLiveEvent(pubsub: PubSub, event: OrderLiveEvent): Promise<void> {
  await Promise.all([
    pubsub.publish(orderUpdatedTrigger(event.orderId), event),
    pubsub.publish(restaurantFeedTrigger(event.restaurantId), event),
  ]);
}

/**
 * Pub/sub trigger of changes to one user's access to a restaurant's kitchen: the open
 * `restaurantOrderFeed` subscriptions of that user for that restaurant listen on it, so
 * removing them from its staff ends those feeds at once.
 */
export const kitchenAccessTrigger = (restaurantId: string, userId: string): string =>
  `orders.restaurant.kitchen-access.${restaurantId.toLowerCase()}.${userId.toLowerCase()}`;

/** What the kitchen-staff consumer publishes when a membership ends. */
export interface KitchenAccessChange {
  restaurantId: string;
  userId: string;
  /** The membership's revision after the change: the feed judges once the read model has it. */
  revision: number;
}
