import { PageInfo, type Identity } from '@foodgraph/platform';
import { encodeCursor } from '../domain/pagination';
import type { ReviewEntity } from '../entities/review.entity';
import { canReadModerationReason } from '../services/access';
import type { ReviewPage } from '../services/review-reads.service';
import { courierRef, orderRef, restaurantRef, userRef } from './types/references.type';
import { ReviewConnection, ReviewEdge } from './types/review-connection.type';
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

/** A page of review rows as a `ReviewConnection`. */
export function toConnection(page: ReviewPage, identity: Identity): ReviewConnection {
  const edges = page.reviews.map((r) => Object.assign(new ReviewEdge(), { cursor: encodeCursor(r.id), node: toReview(r, identity) }));
  const last = page.reviews.at(-1);
  return Object.assign(new ReviewConnection(), {
    edges,
    pageInfo: Object.assign(new PageInfo(), { hasNextPage: page.hasNextPage, endCursor: last ? encodeCursor(last.id) : null }),
  });
}
