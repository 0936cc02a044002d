import type { FeedbackContext } from './context';
import { toReview } from './review-view';
import type { Review } from './types/review.type';

/** `Review` references from other subgraphs: the same visibility as `review(id)`, applied by the reads service. */
export const reviewReference = {
  async __resolveReference(reference: { id: string }, ctx: FeedbackContext): Promise<Review | null> {
    const review = await ctx.services.reads.review(ctx.identity, reference.id);
    return review ? toReview(review, ctx.identity) : null;
  },
};
