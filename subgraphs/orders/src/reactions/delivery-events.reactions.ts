import type { DomainEvent } from '@foodgraph/events';
import type { PubSub } from '@foodgraph/platform/subscriptions';
import type { EntityManager } from 'typeorm';
import { OrderStatus } from '../domain/order-status';
import { publishOrderLiveEvent } from '../events/live-topics';
import { findOrder } from '../services/order-queries';
import type { OrderSagaService } from '../services/order-saga.service';

/*
 * What orders does when delivery's events arrive: follow the courier (saga), and show the
 * assignment live. Each runs in the consumer's transaction.
 */

/** `delivery.delivery.offered` → the offered courier may read the order while the offer is open. */
export async function recordOfferWhenDeliveryOffered(
  saga: OrderSagaService,
  event: DomainEvent<'delivery.delivery.offered'>,
  manager: EntityManager,
): Promise<void> {
  await saga.courierOffered(manager, event.data.orderId, event.data.courierUserId, new Date(event.data.expiresAt));
}

/** `delivery.delivery.assigned` → the assigned courier may read (and watch) the order. */
export async function recordCourierWhenDeliveryAssigned(
  saga: OrderSagaService,
  event: DomainEvent<'delivery.delivery.assigned'>,
  manager: EntityManager,
): Promise<void> {
  await saga.courierAssigned(manager, event.data.orderId, event.data.courierUserId);
}

/** `delivery.delivery.picked_up` → the order is PICKED_UP. */
export async function markOrderPickedUpWhenDeliveryPickedUp(
  saga: OrderSagaService,
  event: DomainEvent<'delivery.delivery.picked_up'>,
  manager: EntityManager,
): Promise<void> {
  await saga.courierProgressed(manager, event.data, OrderStatus.PickedUp, event);
}

/** `delivery.delivery.delivered` → the order is DELIVERED. */
export async function markOrderDeliveredWhenDeliveryDelivered(
  saga: OrderSagaService,
  event: DomainEvent<'delivery.delivery.delivered'>,
  manager: EntityManager,
): Promise<void> {
  await saga.courierProgressed(manager, event.data, OrderStatus.Delivered, event);
}

/** `delivery.delivery.assigned` → watchers see the order again: its status stays, but its delivery now has a courier to show. */
export async function publishLiveUpdateWhenCourierAssigned(
  pubsub: PubSub,
  event: DomainEvent<'delivery.delivery.assigned'>,
  manager: EntityManager,
): Promise<void> {
  const order = await findOrder(manager, event.data.orderId);
  if (!order) return;
  await publishOrderLiveEvent(pubsub, {
    orderId: order.id,
    restaurantId: order.restaurantId,
    cause: event.type,
    occurredAt: event.data.at,
  });
}
