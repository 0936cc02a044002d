import type { DomainEvent } from '@foodgraph/events';
import type { EntityManager } from 'typeorm';
import { notificationsOfReview } from '../domain/restaurant-notifications';
import type { NotificationsReactionServices } from '../services/notifications-services';

/** `feedback.review.submitted`: tell the restaurant's owner of the new review. */
export async function notifyOwnerWhenReviewSubmitted(
  event: DomainEvent<'feedback.review.submitted'>,
  manager: EntityManager,
  { readModels, notify }: NotificationsReactionServices,
): Promise<void> {
  const ownerId = await readModels.restaurantOwner(manager, event.data.restaurantId);
  await notify.notify(manager, event, notificationsOfReview(event.data, ownerId));
}
