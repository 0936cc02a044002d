import { requireRole, requireUser } from '@foodgraph/platform';
import { Arg, Args, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { RestaurantEntity } from '../entities/restaurant.entity';
import { parseId } from '../services/access';
import { originOf, type MenuContext } from './context';
import { CreateRestaurantInput } from './types/create-restaurant.input';
import { Restaurant } from './types/restaurant.type';
import { SetRestaurantOpenArgs, SuspendRestaurantArgs, UpdateRestaurantArgs } from './types/restaurant-mutation.args';

/**
 * Restaurant writes. Roles are checked here (so an anonymous caller gets UNAUTHENTICATED, a
 * wrong role FORBIDDEN); ownership is checked by the service against the locked row.
 */
@Resolver(() => Restaurant)
export class RestaurantAdminResolver {
  @Mutation(() => Restaurant, { description: 'Partner: open a restaurant. It starts PENDING_APPROVAL and is owned by the caller.' })
  async createRestaurant(
    @Arg('input', () => CreateRestaurantInput, { description: "The restaurant's details." }) input: CreateRestaurantInput,
    @Ctx() ctx: MenuContext,
  ): Promise<RestaurantEntity> {
    const actor = requireRole(ctx, 'PARTNER');
    return this.fresh(ctx, await ctx.services.restaurants.create(actor, input, originOf(ctx)));
  }

  @Mutation(() => Restaurant, { description: "Owner or admin: change a restaurant's details." })
  async updateRestaurant(
    @Args(() => UpdateRestaurantArgs) { id, input }: UpdateRestaurantArgs,
    @Ctx() ctx: MenuContext,
  ): Promise<RestaurantEntity> {
    const actor = requireUser(ctx);
    return this.fresh(ctx, await ctx.services.restaurants.update(actor, parseId(id, 'id'), input, originOf(ctx)));
  }

  @Mutation(() => Restaurant, { description: 'Owner or admin: switch taking orders on or off (opening hours still apply).' })
  async setRestaurantOpen(
    @Args(() => SetRestaurantOpenArgs) { id, open }: SetRestaurantOpenArgs,
    @Ctx() ctx: MenuContext,
  ): Promise<RestaurantEntity> {
    const actor = requireUser(ctx);
    return this.fresh(ctx, await ctx.services.restaurants.setOpen(actor, parseId(id, 'id'), open, originOf(ctx)));
  }

  @Mutation(() => Restaurant, { description: 'Admin: approve a pending restaurant, or lift a suspension (→ ACTIVE).' })
  async approveRestaurant(
    @Arg('id', () => ID, { description: 'The restaurant to approve.' }) id: string,
    @Ctx() ctx: MenuContext,
  ): Promise<RestaurantEntity> {
    requireRole(ctx, 'ADMIN');
    return this.fresh(ctx, await ctx.services.restaurants.approve(parseId(id, 'id'), originOf(ctx)));
  }

  @Mutation(() => Restaurant, { description: 'Admin: suspend an active restaurant (→ SUSPENDED), recording why.' })
  async suspendRestaurant(
    @Args(() => SuspendRestaurantArgs) { id, reason }: SuspendRestaurantArgs,
    @Ctx() ctx: MenuContext,
  ): Promise<RestaurantEntity> {
    requireRole(ctx, 'ADMIN');
    return this.fresh(ctx, await ctx.services.restaurants.suspend(parseId(id, 'id'), reason, originOf(ctx)));
  }

  /** Rows loaded earlier in this request are stale now; the result's fields must read fresh ones. */
  private fresh<T>(ctx: MenuContext, result: T): T {
    ctx.loaders.clearAll();
    return result;
  }
}
