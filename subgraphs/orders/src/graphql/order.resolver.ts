import { toConnection } from '@foodgraph/platform/graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { OrdersContext } from './context';
import { toOrder, toOrderLine, toStatusChange } from './order-view';
import { OrderPageArgs } from './types/order.args';
import { OrderConnection } from './types/order-connection.type';
import { Order, OrderLine, OrderStatusChange } from './types/order.type';

/** Reading orders, and the order fields that need their own lookups. */
@Resolver(() => Order)
export class OrderResolver {
  @Query(() => Order, {
    nullable: true,
    description:
      "An order by id, for its customer, its restaurant's owner, its courier (or the courier it is offered to: no payment details) and admins; null when there is none.",
  })
  async order(@Arg('id', () => ID, { description: "The order's id." }) id: string, @Ctx() ctx: OrdersContext): Promise<Order | null> {
    const order = await ctx.services.reads.readable(ctx.identity, id);
    return order ? toOrder(order.row, order.view) : null;
  }

  @Query(() => OrderConnection, { description: "The signed-in user's own orders, newest first." })
  async myOrders(@Args(() => OrderPageArgs) { first, after }: OrderPageArgs, @Ctx() ctx: OrdersContext): Promise<OrderConnection> {
    const page = await ctx.services.reads.ordersOfCaller(ctx.identity, first ?? 20, after);
    return toConnection(page, toOrder);
  }

  @Query(() => [Order], {
    description:
      'The kitchen display of a restaurant: orders from PLACED to READY_FOR_PICKUP, oldest first. Its owner, its kitchen staff or an admin.',
  })
  async kitchenQueue(
    @Arg('restaurantId', () => ID, { description: 'The restaurant.' }) restaurantId: string,
    @Ctx() ctx: OrdersContext,
  ): Promise<Order[]> {
    return (await ctx.services.reads.kitchenQueue(ctx.identity, restaurantId)).map((order) => toOrder(order));
  }

  @FieldResolver(() => [OrderLine], { description: "What was ordered, in the customer's order." })
  async lines(@Root() order: Order, @Ctx() ctx: OrdersContext): Promise<OrderLine[]> {
    return (await ctx.loaders.lines.load(order.id)).map((line) => toOrderLine(line, order.currency));
  }

  @FieldResolver(() => [OrderStatusChange], { description: 'Every status the order went through, oldest first, with who and why.' })
  async history(@Root() order: Order, @Ctx() ctx: OrdersContext): Promise<OrderStatusChange[]> {
    return (await ctx.loaders.history.load(order.id)).map(toStatusChange);
  }
}
