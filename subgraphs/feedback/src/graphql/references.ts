import type { FeedbackContext } from './context';
import { toReview } from './review-view';
import { courierRef, orderRef, restaurantRef, type CourierRef, type OrderRef, type RestaurantRef } from './types/references.type';
import type { Review } from './types/review.type';

/**
 * `__resolveReference` per entity type. A `Review` reference gets the same visibility as
 * `review(id)`; `Restaurant`, `Courier` and `Order` need nothing but their key for the fields
 * this subgraph adds (the owning subgraphs decide who may see the entity itself).
 */
export const feedbackReferenceResolvers = {
  Review: {
    async __resolveReference(reference: { id: string }, ctx: FeedbackContext): Promise<Review | null> {
      const review = await ctx.services.reads.review(ctx.identity, reference.id);
      return review ? toReview(review, ctx.identity) : null;
    },
  },
  Restaurant: {
    __resolveReference: (reference: { id: string }): RestaurantRef => restaurantRef(reference.id),
  },
  Courier: {
    __resolveReference: (reference: { id: string }): CourierRef => courierRef(reference.id),
  },
  Order: {
    __resolveReference: (reference: { id: string }): OrderRef => orderRef(reference.id),
  },
};
