import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { FeedbackContext } from './context';
import { toReview } from './review-view';
import { OrderRef } from './types/references.type';
import { Review } from './types/review.type';

/** What the feedback subgraph adds to the orders subgraph's `Order`. */
@Resolver(() => OrderRef)
export class OrderReviewResolver {
  @FieldResolver(() => Review, {
    nullable: true,
    description:
      "The customer's review of this order; null until reviewed. A review an admin hid is shown only to its author (the order's customer) and admins; null for anyone else.",
  })
  async review(@Root() order: OrderRef, @Ctx() ctx: FeedbackContext): Promise<Review | null> {
    const review = ctx.services.reads.visibleTo(ctx.identity, await ctx.loaders.orderReview.load(order.id));
    return review ? toReview(review, ctx.identity) : null;
  }
}
