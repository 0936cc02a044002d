import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { FeedbackContext } from './context';
import { toReview } from './review-view';
import { Review } from './types/review.type';

/** Reading one review. */
@Resolver(() => Review)
export class ReviewResolver {
  @Query(() => Review, {
    nullable: true,
    description: 'A review by id; null when there is none or it is hidden (hidden reviews: admins and their author only).',
  })
  async review(@Arg('id', () => ID, { description: "The review's id." }) id: string, @Ctx() ctx: FeedbackContext): Promise<Review | null> {
    const review = await ctx.services.reads.review(ctx.identity, id);
    return review ? toReview(review, ctx.identity) : null;
  }
}
