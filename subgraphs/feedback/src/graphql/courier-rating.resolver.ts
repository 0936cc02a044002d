import { Ctx, FieldResolver, Float, Resolver, Root } from 'type-graphql';
import { averageRating } from '../domain/rating';
import type { FeedbackContext } from './context';
import { CourierRef } from './types/references.type';

/** What the feedback subgraph adds to the delivery subgraph's `Courier`. */
@Resolver(() => CourierRef)
export class CourierRatingResolver {
  @FieldResolver(() => Float, {
    nullable: true,
    description: 'Average courier stars of the visible reviews that rated this courier, rounded to two decimals; null until rated.',
  })
  async rating(@Root() courier: CourierRef, @Ctx() ctx: FeedbackContext): Promise<number | null> {
    const totals = await ctx.loaders.courierRatings.load(courier.id);
    return averageRating(totals.sum, totals.count);
  }
}
