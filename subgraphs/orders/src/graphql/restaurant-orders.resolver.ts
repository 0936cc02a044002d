import { toConnection } from '@foodgraph/platform/graphql';
import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { OrdersContext } from './context';
import { toOrder } from './order-view';
import { RestaurantOrdersArgs } from './types/order.args';
import { OrderConnection } from './types/order-connection.type';
import { RestaurantRef } from './types/references.type';

/** What the orders subgraph adds to the menu subgraph's `Restaurant`. */
@Resolver(() => RestaurantRef)
export class RestaurantOrdersResolver {
  @FieldResolver(() => OrderConnection, { description: 'Orders of this restaurant, newest first: its owner or an admin.' })
  async orders(
    @Root() restaurant: RestaurantRef,
    @Args(() => RestaurantOrdersArgs) { status, first, after }: RestaurantOrdersArgs,
    @Ctx() ctx: OrdersContext,
  ): Promise<OrderConnection> {
    const page = await ctx.services.reads.ordersOfRestaurant(ctx.identity, restaurant.id, status, first ?? 20, after);
    return toConnection(page, toOrder);
  }
}
