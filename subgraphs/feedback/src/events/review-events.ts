import type { DomainEvent } from '@foodgraph/events';
import { newEvent, type ChangeOrigin } from '@foodgraph/platform/messaging';
import type { ReviewEntity } from '../entities/review.entity';

/** Producer name stamped on every event of this subgraph. */
export const FEEDBACK_PRODUCER = 'feedback';

/** `feedback.review.submitted`: a new review and its ratings. */
export function reviewSubmitted(review: ReviewEntity, origin: ChangeOrigin): DomainEvent<'feedback.review.submitted'> {
  return newEvent(
    'feedback.review.submitted',
    {
      reviewId: review.id,
      orderId: review.orderId,
      authorId: review.authorId,
      restaurantId: review.restaurantId,
      restaurantRating: review.restaurantRating,
      courierId: review.courierId,
      courierRating: review.courierRating,
      at: review.createdAt.toISOString(),
    },
    { producer: FEEDBACK_PRODUCER, ...origin, occurredAt: review.createdAt },
  );
}

/** `feedback.review.moderated`: an admin hid the review or showed it again. */
export function reviewModerated(
  review: ReviewEntity,
  moderatorId: string,
  reason: string | null,
  at: Date,
  origin: ChangeOrigin,
): DomainEvent<'feedback.review.moderated'> {
  return newEvent(
    'feedback.review.moderated',
    {
      reviewId: review.id,
      orderId: review.orderId,
      restaurantId: review.restaurantId,
      restaurantRating: review.restaurantRating,
      courierId: review.courierId,
      courierRating: review.courierRating,
      hidden: review.hidden,
      reason,
      moderatorId,
      at: at.toISOString(),
    },
    { producer: FEEDBACK_PRODUCER, ...origin, occurredAt: at },
  );
}
