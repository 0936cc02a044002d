import type { DomainEvent } from '@foodgraph/events';
import type { EntityManager } from 'typeorm';
import type { ReadModelService } from '../services/read-model.service';

/** What delivery copies when the users, menu and feedback subgraphs' events arrive. */

/** A registered user: a COURIER account may get a courier profile. */
export function copyUserWhenRegistered(
  readModels: ReadModelService,
  event: DomainEvent<'users.user.registered'>,
  manager: EntityManager,
): Promise<void> {
  return readModels.recordUser(manager, event.data);
}

/** A changed restaurant: its address is where couriers pick up, its owner may see the delivery. */
export function copyRestaurantWhenChanged(
  readModels: ReadModelService,
  event: DomainEvent<'menu.restaurant.changed'>,
  manager: EntityManager,
): Promise<void> {
  return readModels.recordRestaurant(manager, event.data);
}

/** A review with a courier rating counts towards the courier's rating bonus. */
export function recordCourierRatingWhenReviewed(
  readModels: ReadModelService,
  event: DomainEvent<'feedback.review.submitted'>,
  manager: EntityManager,
): Promise<void> {
  return readModels.recordCourierRating(manager, event.data);
}

/** A moderated review: hidden ones stop counting for the rating bonus. */
export function hideCourierRatingWhenModerated(
  readModels: ReadModelService,
  event: DomainEvent<'feedback.review.moderated'>,
  manager: EntityManager,
): Promise<void> {
  return readModels.setCourierRatingHidden(manager, event.data);
}
