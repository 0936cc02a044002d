import type { EventHandlers, PubSub } from '@foodgraph/platform';
import { OrderStatus, PaymentStatus } from '../domain/order-status';
import { orderUpdatedTrigger, restaurantFeedTrigger, type OrderLiveEvent } from '../graphql/live-triggers';
import { findOrder } from '../services/order-queries';

/** Durable consumer name of the feed behind the order subscriptions. */
export const LIVE_UPDATES_CONSUMER = 'orders-live-updates';

/**
 * Turns order events (and a courier's assignment) into pub/sub messages for `orderUpdated` and `restaurantOrderFeed`. One
 * durable consumer shared by every replica, so each change is published exactly once (to
 * Redis when configured, which reaches the subscribers of every replica) and in the order the
 * changes happened: the bus keeps one message of a consumer in flight. The publish happens
 * inside the consumer's transaction; if that transaction then failed to commit, the
 * redelivered event is published again — a duplicate the subscriber sees as the same state.
 */
export function liveUpdateHandlers(pubsub: PubSub): EventHandlers {
  const publish = async (event: OrderLiveEvent) => {
    await Promise.all([
      pubsub.publish(orderUpdatedTrigger(event.orderId), event),
      pubsub.publish(restaurantFeedTrigger(event.restaurantId), event),
    ]);
  };

  return {
    'orders.order.placed': async (event) =>
      publish({
        orderId: event.data.orderId,
        restaurantId: event.data.restaurantId,
        cause: event.type,
        status: OrderStatus.Pending,
        occurredAt: event.occurredAt,
      }),
    'orders.order.status_changed': async (event) => {
      const { to, reason } = event.data;
      await publish({
        orderId: event.data.orderId,
        restaurantId: event.data.restaurantId,
        cause: event.type,
        status: to,
        paymentStatus: event.data.paymentStatus,
        // As the order row keeps it: a reason only for the two ways an order fails.
        statusReason: to === OrderStatus.Cancelled || to === OrderStatus.Rejected ? reason : null,
        occurredAt: event.data.at,
      });
    },
    'orders.order.lines_changed': async (event) =>
      publish({
        orderId: event.data.orderId,
        restaurantId: event.data.restaurantId,
        cause: event.type,
        status: OrderStatus.Pending,
        occurredAt: event.data.changedAt,
      }),
    // The status stays; the payment shown turns REFUNDED. A refunded superseded payment was
    // never the order's payment (nothing of it is visible on the order), so nothing changes to show.
    'orders.payment.refunded': async (event) => {
      if (event.data.superseded) return;
      await publish({
        orderId: event.data.orderId,
        restaurantId: event.data.restaurantId,
        cause: event.type,
        paymentStatus: PaymentStatus.Refunded,
        occurredAt: event.data.at,
      });
    },
    // The order's status stays, but its delivery now has a courier to show.
    'delivery.delivery.assigned': async (event, manager) => {
      const order = await findOrder(manager, event.data.orderId);
      if (!order) return;
      await publish({ orderId: order.id, restaurantId: order.restaurantId, cause: event.type, occurredAt: event.data.at });
    },
  };
}
