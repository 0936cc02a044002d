import type { Identity } from '@foodgraph/platform/auth';
import type { ReviewEntity } from '../entities/review.entity';
import { canReadModerationReason } from '../services/access';
import { courierRef, orderRef, restaurantRef, userRef } from './types/references.type';
import { Review } from './types/review.type';

/** A review row as the GraphQL `Review` seen by `identity` (the moderation reason is not for everyone). */
export function toReview(r: ReviewEntity, identity: Identity): Review {
  return Object.assign(new Review(), {
    id: r.id,
    order: orderRef(r.orderId),
    author: userRef(r.authorId),
    restaurant: restaurantRef(r.restaurantId),
    restaurantRating: r.restaurantRating,
    courier: r.courierId === null ? null : courierRef(r.courierId),
    courierRating: r.courierRating,
    comment: r.comment,
    reply: r.reply,
    repliedAt: r.repliedAt,
    hidden: r.hidden,
    hiddenReason: canReadModerationReason(identity, r) ? r.hiddenReason : null,
    createdAt: r.createdAt,
  });
}
