import { originOfRequest } from '@foodgraph/platform/messaging';
import { Arg, Args, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { FeedbackContext } from './context';
import { toReview } from './review-view';
import { HideReviewArgs, ReplyToReviewArgs } from './types/review.args';
import { Review } from './types/review.type';
import { SubmitReviewInput } from './types/submit-review.input';

/** Everything that changes a review; each mutation returns the review as it is afterwards. */
@Resolver(() => Review)
export class ReviewMutationResolver {
  @Mutation(() => Review, {
    description:
      "The order's customer reviews it, once, after it was delivered. A courier rating only when a courier delivered it. Errors: BAD_USER_INPUT (ratings 1..5, comment length), FORBIDDEN (not your order, or not delivered yet), CONFLICT (reviewed already).",
  })
  async submitReview(
    @Arg('input', () => SubmitReviewInput, { description: 'The review.' }) input: SubmitReviewInput,
    @Ctx() ctx: FeedbackContext,
  ): Promise<Review> {
    return toReview(await ctx.services.commands.submit(ctx.identity, input, originOfRequest(ctx)), ctx.identity);
  }

  @Mutation(() => Review, { description: "The restaurant's owner replies publicly to a review of the restaurant, once (CONFLICT after)." })
  async replyToReview(@Args(() => ReplyToReviewArgs) { reviewId, reply }: ReplyToReviewArgs, @Ctx() ctx: FeedbackContext): Promise<Review> {
    return toReview(await ctx.services.commands.reply(ctx.identity, reviewId, reply), ctx.identity);
  }

  @Mutation(() => Review, {
    description: 'Admins hide a review: it leaves the listings and the restaurant and courier averages (CONFLICT when hidden already).',
  })
  async hideReview(@Args(() => HideReviewArgs) { reviewId, reason }: HideReviewArgs, @Ctx() ctx: FeedbackContext): Promise<Review> {
    return toReview(await ctx.services.moderation.hide(ctx.identity, reviewId, reason, originOfRequest(ctx)), ctx.identity);
  }

  @Mutation(() => Review, { description: 'Admins show a hidden review again; it counts in the averages again (CONFLICT when not hidden).' })
  async unhideReview(
    @Arg('reviewId', () => ID, { description: 'The hidden review.' }) reviewId: string,
    @Ctx() ctx: FeedbackContext,
  ): Promise<Review> {
    return toReview(await ctx.services.moderation.unhide(ctx.identity, reviewId, originOfRequest(ctx)), ctx.identity);
  }
}
