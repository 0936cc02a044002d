import type { DomainEvent } from '@foodgraph/events';
import type { EventHandlers } from '@foodgraph/platform/messaging';
import { STATUSES_THAT_DECIDE } from '../domain/eligibility';
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

/**
 * The events the read-model consumer leaves alone: status changes that decide nothing about a
 * review (only DELIVERED, CANCELLED and REJECTED do). A delivered order passes through six
 * others on its way; without this each cost feedback a transaction and an inbox row.
 */
export function readModelLeavesAlone(event: DomainEvent): boolean {
  return event.type === 'orders.order.status_changed' && !STATUSES_THAT_DECIDE.has(event.data.to);
}
