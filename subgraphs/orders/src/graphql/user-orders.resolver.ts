import { toConnection } from '@foodgraph/platform/graphql';
import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { OrdersContext } from './context';
import { toOrder } from './order-view';
import { OrderPageArgs } from './types/order.args';
import { OrderConnection } from './types/order-connection.type';
import { UserRef } from './types/references.type';

/** What the orders subgraph adds to the users subgraph's `User`. */
@Resolver(() => UserRef)
export class UserOrdersResolver {
  @FieldResolver(() => OrderConnection, { description: 'Orders this user placed, newest first: the user themself or an admin.' })
  async orders(
    @Root() user: UserRef,
    @Args(() => OrderPageArgs) { first, after }: OrderPageArgs,
    @Ctx() ctx: OrdersContext,
  ): Promise<OrderConnection> {
    const page = await ctx.services.reads.ordersOfCustomer(ctx.identity, user.id, first ?? 20, after);
    return toConnection(page, toOrder);
  }
}
