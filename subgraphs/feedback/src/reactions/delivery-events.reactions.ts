import type { DomainEvent } from '@foodgraph/events';
import type { EntityManager } from 'typeorm';
import type { FeedbackReactionServices } from '../services/feedback-services';

/**
 * `delivery.delivery.delivered`: the order is reviewable and its courier known; a review that
 * already rated the courier gets them attached and counted.
 */
export async function attachCourierWhenDeliveryDelivered(
  event: DomainEvent<'delivery.delivery.delivered'>,
  manager: EntityManager,
  services: FeedbackReactionServices,
): Promise<void> {
  await services.orderFacts.recordDelivered(manager, event.data, event.correlationId);
}
