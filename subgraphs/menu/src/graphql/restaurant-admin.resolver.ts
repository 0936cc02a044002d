import { originOfRequest } from '@foodgraph/platform/messaging';
import { Arg, Args, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { RestaurantEntity } from '../entities/restaurant.entity';
import type { MenuContext } from './context';
import { CreateRestaurantInput } from './types/create-restaurant.input';
import { Restaurant } from './types/restaurant.type';
import { SetRestaurantOpenArgs, SuspendRestaurantArgs, UpdateRestaurantArgs } from './types/restaurant-mutation.args';

/**
 * Restaurant writes. The service's guards decide who may make them: roles before anything is
 * read, ownership against the locked row.
 */
@Resolver(() => Restaurant)
export class RestaurantAdminResolver {
  @Mutation(() => Restaurant, { description: 'Partner: open a restaurant. It starts PENDING_APPROVAL and is owned by the caller.' })
  async createRestaurant(
    @Arg('input', () => CreateRestaurantInput, { description: "The restaurant's details." }) input: CreateRestaurantInput,
    @Ctx() ctx: MenuContext,
  ): Promise<RestaurantEntity> {
    return this.fresh(ctx, await ctx.services.restaurants.create(ctx.identity, input, originOfRequest(ctx)));
  }

  @Mutation(() => Restaurant, { description: "Owner or admin: change a restaurant's details." })
  async updateRestaurant(
    @Args(() => UpdateRestaurantArgs) { id, input }: UpdateRestaurantArgs,
    @Ctx() ctx: MenuContext,
  ): Promise<RestaurantEntity> {
    return this.fresh(ctx, await ctx.services.restaurants.update(ctx.identity, id, input, originOfRequest(ctx)));
  }

  @Mutation(() => Restaurant, { description: 'Owner or admin: switch taking orders on or off (opening hours still apply).' })
  async setRestaurantOpen(
    @Args(() => SetRestaurantOpenArgs) { id, open }: SetRestaurantOpenArgs,
    @Ctx() ctx: MenuContext,
  ): Promise<RestaurantEntity> {
    return this.fresh(ctx, await ctx.services.restaurants.setOpen(ctx.identity, id, open, originOfRequest(ctx)));
  }

  @Mutation(() => Restaurant, { description: 'Admin: approve a pending restaurant, or lift a suspension (→ ACTIVE).' })
  async approveRestaurant(
    @Arg('id', () => ID, { description: 'The restaurant to approve.' }) id: string,
    @Ctx() ctx: MenuContext,
  ): Promise<RestaurantEntity> {
    return this.fresh(ctx, await ctx.services.restaurants.approve(ctx.identity, id, originOfRequest(ctx)));
  }

  @Mutation(() => Restaurant, { description: 'Admin: suspend an active restaurant (→ SUSPENDED), recording why.' })
  async suspendRestaurant(
    @Args(() => SuspendRestaurantArgs) { id, reason }: SuspendRestaurantArgs,
    @Ctx() ctx: MenuContext,
  ): Promise<RestaurantEntity> {
    return this.fresh(ctx, await ctx.services.restaurants.suspend(ctx.identity, id, reason, originOfRequest(ctx)));
  }

  /** Rows loaded earlier in this request are stale now; the result's fields must read fresh ones. */
  private fresh<T>(ctx: MenuContext, result: T): T {
    ctx.loaders.clearAll();
    return result;
  }
}
