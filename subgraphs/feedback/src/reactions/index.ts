import type { EventHandlers } from '@foodgraph/platform/messaging';
import type { FeedbackReactionServices } from '../services/feedback-services';
import { attachCourierWhenDeliveryDelivered } from './delivery-events.reactions';
import { recordOwnerWhenRestaurantChanged } from './menu-events.reactions';
import { recordOrderFactsWhenOrderPlaced, recordOrderStatusWhenOrderStatusChanged } from './order-events.reactions';

/** Durable consumer name of the read models (orders, deliveries, restaurant owners). */
export const READ_MODEL_CONSUMER = 'feedback-read-models';

/**
 * What feedback does when others' events arrive: keep the read models behind "may this user
 * review / reply". One consumer takes all four, each event in its own transaction.
 */
export function readModelReactions(services: FeedbackReactionServices): EventHandlers {
  return {
    'orders.order.placed': (event, manager) => recordOrderFactsWhenOrderPlaced(event, manager, services),
    'orders.order.status_changed': (event, manager) => recordOrderStatusWhenOrderStatusChanged(event, manager, services),
    'delivery.delivery.delivered': (event, manager) => attachCourierWhenDeliveryDelivered(event, manager, services),
    'menu.restaurant.changed': (event, manager) => recordOwnerWhenRestaurantChanged(event, manager, services),
  };
}
