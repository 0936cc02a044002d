import type { DomainEvent } from '@foodgraph/events';
import type { PubSub } from '@foodgraph/platform/subscriptions';
import { OrderStatus, PaymentStatus } from '../domain/order-status';
import { publishOrderLiveEvent } from '../events/live-topics';

/*
 * What orders does when its own events come back from the stream: publish them live to the
 * subscribers of `orderUpdated` and `restaurantOrderFeed`. Each message carries the state the
 * change produced, so a subscriber sees every step even when the order moved on since.
 */

/** `orders.order.placed` → watchers see the new PENDING order. */
export async function publishLiveUpdateWhenOrderPlaced(pubsub: PubSub, event: DomainEvent<'orders.order.placed'>): Promise<void> {
  await publishOrderLiveEvent(pubsub, {
    orderId: event.data.orderId,
    restaurantId: event.data.restaurantId,
    cause: event.type,
    status: OrderStatus.Pending,
    occurredAt: event.occurredAt,
  });
}

/** `orders.order.status_changed` → watchers see the new status and payment status. */
export async function publishLiveUpdateWhenOrderStatusChanged(
  pubsub: PubSub,
  event: DomainEvent<'orders.order.status_changed'>,
): Promise<void> {
  const { to, reason } = event.data;
  await publishOrderLiveEvent(pubsub, {
    orderId: event.data.orderId,
    restaurantId: event.data.restaurantId,
    cause: event.type,
    status: to,
    paymentStatus: event.data.paymentStatus,
    // As the order row keeps it: a reason only for the two ways an order fails.
    statusReason: to === OrderStatus.Cancelled || to === OrderStatus.Rejected ? reason : null,
    occurredAt: event.data.at,
  });
}

/** `orders.order.lines_changed` → watchers see the order back in PENDING with its new lines. */
export async function publishLiveUpdateWhenOrderLinesChanged(
  pubsub: PubSub,
  event: DomainEvent<'orders.order.lines_changed'>,
): Promise<void> {
  await publishOrderLiveEvent(pubsub, {
    orderId: event.data.orderId,
    restaurantId: event.data.restaurantId,
    cause: event.type,
    status: OrderStatus.Pending,
    occurredAt: event.data.changedAt,
  });
}

/** `orders.order.line_status_changed` → watchers and the kitchen feed see the line's new state; the status stays. */
export async function publishLiveUpdateWhenLineStatusChanged(
  pubsub: PubSub,
  event: DomainEvent<'orders.order.line_status_changed'>,
): Promise<void> {
  await publishOrderLiveEvent(pubsub, {
    orderId: event.data.orderId,
    restaurantId: event.data.restaurantId,
    cause: event.type,
    occurredAt: event.data.at,
  });
}

/** `orders.payment.refunded` → watchers see the payment REFUNDED; the status stays. */
export async function publishLiveUpdateWhenPaymentRefunded(pubsub: PubSub, event: DomainEvent<'orders.payment.refunded'>): Promise<void> {
  // A refunded superseded payment was never the order's payment (nothing of it is visible on
  // the order), so nothing changes to show.
  if (event.data.superseded) return;
  await publishOrderLiveEvent(pubsub, {
    orderId: event.data.orderId,
    restaurantId: event.data.restaurantId,
    cause: event.type,
    paymentStatus: PaymentStatus.Refunded,
    occurredAt: event.data.at,
  });
}
