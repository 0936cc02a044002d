import type { ConsumerSpec } from '@foodgraph/platform/process';
import type { PubSub } from '@foodgraph/platform/subscriptions';
import type { OrderSagaService } from '../services/order-saga.service';
import {
  markOrderDeliveredWhenDeliveryDelivered,
  markOrderPickedUpWhenDeliveryPickedUp,
  publishLiveUpdateWhenCourierAssigned,
  recordCourierWhenDeliveryAssigned,
  recordOfferWhenDeliveryOffered,
} from './delivery-events.reactions';
import {
  continueOrderWhenStockReserved,
  recordMenuItemWhenItemChanged,
  recordRestaurantWhenRestaurantChanged,
  rejectOrderWhenStockRejected,
} from './menu-events.reactions';
import {
  publishLiveUpdateWhenLineStatusChanged,
  publishLiveUpdateWhenOrderLinesChanged,
  publishLiveUpdateWhenOrderPlaced,
  publishLiveUpdateWhenOrderStatusChanged,
  publishLiveUpdateWhenPaymentRefunded,
} from './order-events.reactions';
import { letStaffInWhenStaffAdded, shutStaffOutWhenStaffRemoved } from './staff-events.reactions';

/** Durable consumer name of the menu read model. */
export const READ_MODEL_CONSUMER = 'orders-menu-read-model';

/** Durable consumer name of the saga's reactions to menu and delivery (and of recording the offered and assigned courier). */
export const SAGA_CONSUMER = 'orders-saga';

/** Durable consumer name of the kitchen staff read model (and of ending a removed member's feeds). */
export const KITCHEN_STAFF_CONSUMER = 'orders-kitchen-staff';

/** Durable consumer name of the feed behind the order subscriptions. */
export const LIVE_UPDATES_CONSUMER = 'orders-live-updates';

/** What the reactions call. */
export interface OrdersReactionDeps {
  saga: OrderSagaService;
  /** Where live updates go; the subscription resolvers listen on it. */
  pubsub: PubSub;
}

/**
 * Every consumer of the orders subgraph with its reactions, in the order they start. Each
 * reaction runs inside its consumer's transaction, with the inbox row that makes a redelivery
 * change nothing twice — except the live updates.
 *
 * The live updates are one durable consumer shared by every replica, so each change is
 * published once and in the order the changes happened (the bus hands one order's events over
 * one at a time, each after the one before was acknowledged). They only publish to pub/sub and
 * write nothing, so they run `at-least-once`: no transaction and no inbox row per event (three
 * of each per paid order). An event the bus delivers again (the process died before its ack,
 * or the ack went unconfirmed) is published again: the subscriber sees the state it carries
 * once more, which it had already seen.
 */
export function ordersConsumers({ saga, pubsub }: OrdersReactionDeps): ConsumerSpec[] {
  return [
    {
      consumer: READ_MODEL_CONSUMER,
      handlers: {
        'menu.restaurant.changed': recordRestaurantWhenRestaurantChanged,
        'menu.item.changed': recordMenuItemWhenItemChanged,
      },
    },
    {
      consumer: KITCHEN_STAFF_CONSUMER,
      handlers: {
        'users.staff.added': letStaffInWhenStaffAdded,
        'users.staff.removed': (event, manager) => shutStaffOutWhenStaffRemoved(pubsub, event, manager),
      },
    },
    {
      consumer: SAGA_CONSUMER,
      handlers: {
        'menu.stock.reserved': (event, manager) => continueOrderWhenStockReserved(saga, event, manager),
        'menu.stock.rejected': (event, manager) => rejectOrderWhenStockRejected(saga, event, manager),
        'delivery.delivery.offered': (event, manager) => recordOfferWhenDeliveryOffered(saga, event, manager),
        'delivery.delivery.assigned': (event, manager) => recordCourierWhenDeliveryAssigned(saga, event, manager),
        'delivery.delivery.picked_up': (event, manager) => markOrderPickedUpWhenDeliveryPickedUp(saga, event, manager),
        'delivery.delivery.delivered': (event, manager) => markOrderDeliveredWhenDeliveryDelivered(saga, event, manager),
      },
    },
    {
      consumer: LIVE_UPDATES_CONSUMER,
      effects: 'at-least-once',
      handlers: {
        'orders.order.placed': (event) => publishLiveUpdateWhenOrderPlaced(pubsub, event),
        'orders.order.status_changed': (event) => publishLiveUpdateWhenOrderStatusChanged(pubsub, event),
        'orders.order.lines_changed': (event) => publishLiveUpdateWhenOrderLinesChanged(pubsub, event),
        'orders.order.line_status_changed': (event) => publishLiveUpdateWhenLineStatusChanged(pubsub, event),
        'orders.payment.refunded': (event) => publishLiveUpdateWhenPaymentRefunded(pubsub, event),
        'delivery.delivery.assigned': (event, manager) => publishLiveUpdateWhenCourierAssigned(pubsub, event, manager),
      },
    },
  ];
}
