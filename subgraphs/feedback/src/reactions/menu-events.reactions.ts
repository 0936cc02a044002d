import type { DomainEvent } from '@foodgraph/events';
import type { EntityManager } from 'typeorm';
import type { FeedbackReactionServices } from '../services/feedback-services';

/** `menu.restaurant.changed`: remember the restaurant's owner, who may reply to its reviews. */
export async function recordOwnerWhenRestaurantChanged(
  event: DomainEvent<'menu.restaurant.changed'>,
  manager: EntityManager,
  services: FeedbackReactionServices,
): Promise<void> {
  await services.restaurantOwners.recordSnapshot(manager, event.data);
}
