import type { EventHandlers } from '@foodgraph/platform/messaging';
import type { ConsumerSpec } from '@foodgraph/platform/process';
import type { PubSub } from '@foodgraph/platform/subscriptions';
import type { DeliveryLifecycleService } from '../services/delivery-lifecycle.service';
import type { ReadModelService } from '../services/read-model.service';
import { publishLiveUpdateWhenDeliveryChanged } from './live-updates.reactions';
import {
  cancelDeliveryWhenOrderCancelled,
  copyOrderWhenPlaced,
  createDeliveryWhenOrderAccepted,
  trackOrderWhenStatusChanged,
} from './order-events.reactions';
import {
  copyRestaurantWhenChanged,
  copyUserWhenRegistered,
  hideCourierRatingWhenModerated,
  recordCourierRatingWhenReviewed,
} from './read-model.reactions';

/** Durable consumer name of the users, menu and feedback read models. */
export const READ_MODEL_CONSUMER = 'delivery-read-models';
/** Durable consumer name of delivery's reactions to the orders subgraph. */
export const ORDERS_CONSUMER = 'delivery-orders';
/** Durable consumer name of the feed behind `deliveryOffers`. */
export const LIVE_UPDATES_CONSUMER = 'delivery-live-updates';

/** What the reactions call. */
export interface DeliveryReactionDeps {
  readModels: ReadModelService;
  lifecycle: DeliveryLifecycleService;
  /** Where courier news is published for the subscriptions of every replica. */
  pubsub: PubSub;
}

/** Every consumer of the delivery subgraph, with the reactions it runs per event type. */
export function deliveryConsumers(deps: DeliveryReactionDeps): ConsumerSpec[] {
  const { readModels, lifecycle, pubsub } = deps;
  const tellCourier: EventHandlers = {
    'delivery.delivery.offered': (event) => publishLiveUpdateWhenDeliveryChanged(pubsub, event),
    'delivery.delivery.assigned': (event) => publishLiveUpdateWhenDeliveryChanged(pubsub, event),
    'delivery.delivery.picked_up': (event) => publishLiveUpdateWhenDeliveryChanged(pubsub, event),
    'delivery.delivery.delivered': (event) => publishLiveUpdateWhenDeliveryChanged(pubsub, event),
    'delivery.delivery.cancelled': (event) => publishLiveUpdateWhenDeliveryChanged(pubsub, event),
  };
  return [
    {
      consumer: READ_MODEL_CONSUMER,
      handlers: {
        'users.user.registered': (event, manager) => copyUserWhenRegistered(readModels, event, manager),
        'menu.restaurant.changed': (event, manager) => copyRestaurantWhenChanged(readModels, event, manager),
        'feedback.review.submitted': (event, manager) => recordCourierRatingWhenReviewed(readModels, event, manager),
        'feedback.review.moderated': (event, manager) => hideCourierRatingWhenModerated(readModels, event, manager),
      },
    },
    {
      // One consumer for both order event types, so an order's placement is seen before its acceptance.
      consumer: ORDERS_CONSUMER,
      handlers: {
        'orders.order.placed': (event, manager) => copyOrderWhenPlaced(readModels, event, manager),
        'orders.order.status_changed': async (event, manager) => {
          await trackOrderWhenStatusChanged(readModels, event, manager);
          await createDeliveryWhenOrderAccepted(lifecycle, event, manager);
          await cancelDeliveryWhenOrderCancelled(lifecycle, event, manager);
        },
      },
    },
    // Publishing to pub/sub writes nothing: a redelivered event tells the courier the same
    // state again, so no transaction and no inbox row per event (see publishLiveUpdateWhenDeliveryChanged).
    { consumer: LIVE_UPDATES_CONSUMER, effects: 'at-least-once', handlers: tellCourier },
  ];
}
