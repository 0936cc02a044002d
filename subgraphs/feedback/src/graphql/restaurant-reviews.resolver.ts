import { toConnection } from '@foodgraph/platform/graphql';
import { Args, Ctx, FieldResolver, Float, Int, Resolver, Root } from 'type-graphql';
import { averageRating } from '../domain/rating';
import type { FeedbackContext } from './context';
import { toReview } from './review-view';
import { RestaurantRef } from './types/references.type';
import { ReviewPageArgs } from './types/review.args';
import { ReviewConnection } from './types/review-connection.type';

/** What the feedback subgraph adds to the menu subgraph's `Restaurant`. */
@Resolver(() => RestaurantRef)
export class RestaurantReviewsResolver {
  @FieldResolver(() => Float, {
    nullable: true,
    description: 'Average restaurant stars of its visible reviews, rounded to two decimals; null until reviewed.',
  })
  async rating(@Root() restaurant: RestaurantRef, @Ctx() ctx: FeedbackContext): Promise<number | null> {
    const totals = await ctx.loaders.restaurantRatings.load(restaurant.id);
    return averageRating(totals.sum, totals.count);
  }

  @FieldResolver(() => Int, { description: 'How many visible reviews it has.' })
  async reviewCount(@Root() restaurant: RestaurantRef, @Ctx() ctx: FeedbackContext): Promise<number> {
    return (await ctx.loaders.restaurantRatings.load(restaurant.id)).count;
  }

  @FieldResolver(() => ReviewConnection, { description: 'Its reviews, newest first; hidden ones only for admins.' })
  async reviews(
    @Root() restaurant: RestaurantRef,
    @Args(() => ReviewPageArgs) { first, after }: ReviewPageArgs,
    @Ctx() ctx: FeedbackContext,
  ): Promise<ReviewConnection> {
    const page = await ctx.services.reads.reviewsOfRestaurant(ctx.identity, restaurant.id, first ?? 20, after);
    return toConnection(page, (review) => toReview(review, ctx.identity));
  }
}
