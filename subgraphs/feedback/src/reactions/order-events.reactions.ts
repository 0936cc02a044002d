import type { DomainEvent } from '@foodgraph/events';
import type { EntityManager } from 'typeorm';
import type { FeedbackReactionServices } from '../services/feedback-services';

/** `orders.order.placed`: remember whose order it is and from which restaurant, for the review check. */
export async function recordOrderFactsWhenOrderPlaced(
  event: DomainEvent<'orders.order.placed'>,
  manager: EntityManager,
  services: FeedbackReactionServices,
): Promise<void> {
  await services.orderFacts.recordPlaced(manager, event.data, event.correlationId);
}

/** `orders.order.status_changed`: track the order's status; a DELIVERED one becomes reviewable. */
export async function recordOrderStatusWhenOrderStatusChanged(
  event: DomainEvent<'orders.order.status_changed'>,
  manager: EntityManager,
  services: FeedbackReactionServices,
): Promise<void> {
  await services.orderFacts.recordStatus(manager, event.data, event.correlationId);
}
