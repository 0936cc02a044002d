import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RestaurantEntity } from '../entities/restaurant.entity';
import { canSeeRestaurant } from '../services/access';
import type { MenuContext } from './context';
import { Restaurant } from './types/restaurant.type';
import { UserReference } from './types/user.type';

/** What the menu subgraph adds to the users subgraph's `User`. */
@Resolver(() => UserReference)
export class UserRestaurantsResolver {
  @FieldResolver(() => [Restaurant], {
    description: 'Restaurants this partner owns: all of them for the partner and admins, ACTIVE ones for everyone else.',
  })
  async restaurants(@Root() user: UserReference, @Ctx() ctx: MenuContext): Promise<RestaurantEntity[]> {
    const owned = await ctx.loaders.restaurantsOfOwner.load(user.id);
    return owned.filter((r) => canSeeRestaurant(ctx.identity, r));
  }
}
