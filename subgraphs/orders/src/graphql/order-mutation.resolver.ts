import { originOfRequest } from '@foodgraph/platform/messaging';
import { Arg, Args, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { OrdersContext } from './context';
import { toOrder } from './order-view';
import { AcceptOrderArgs, CancelOrderArgs, RejectOrderArgs, SetLineStatusArgs, UpdateOrderLinesArgs } from './types/order.args';
import { Order } from './types/order.type';
import { PlaceOrderInput } from './types/place-order.input';

const orderId = () => Arg('orderId', () => ID, { description: 'The order.' });

/** Everything that changes an order; each mutation returns the order as it is afterwards. */
@Resolver(() => Order)
export class OrderMutationResolver {
  @Mutation(() => Order, {
    description:
      'Places an order (customers). It starts PENDING while the stock is checked; the same idempotencyKey returns the same order.',
  })
  async placeOrder(
    @Arg('input', () => PlaceOrderInput, { description: 'The order.' }) input: PlaceOrderInput,
    @Ctx() ctx: OrdersContext,
  ): Promise<Order> {
    return toOrder(await ctx.services.placing.place(ctx.identity, input, originOfRequest(ctx)));
  }

  @Mutation(() => Order, {
    description:
      'The customer replaces the lines of an order the restaurant has not accepted and that is not paid yet. The order is re-priced and checked for stock again (PENDING).',
  })
  async updateOrderLines(
    @Args(() => UpdateOrderLinesArgs) { orderId, lines }: UpdateOrderLinesArgs,
    @Ctx() ctx: OrdersContext,
  ): Promise<Order> {
    return toOrder(await ctx.services.commands.updateLines(ctx.identity, orderId, lines, originOfRequest(ctx)));
  }

  @Mutation(() => Order, {
    description:
      'Cancels an order: its customer until the restaurant accepted it, an admin any time before it is finished. A paid order is refunded.',
  })
  async cancelOrder(@Args(() => CancelOrderArgs) { orderId, reason }: CancelOrderArgs, @Ctx() ctx: OrdersContext): Promise<Order> {
    return toOrder(await ctx.services.commands.cancel(ctx.identity, orderId, reason, originOfRequest(ctx)));
  }

  @Mutation(() => Order, {
    description: "Sandbox payments only: pretends the customer paid the order's QR code (its customer or an admin).",
  })
  async confirmSandboxPayment(@orderId() id: string, @Ctx() ctx: OrdersContext): Promise<Order> {
    await ctx.services.payments.confirmSandboxPayment(ctx.identity, id, originOfRequest(ctx));
    return toOrder((await ctx.services.reads.order(ctx.identity, id))!);
  }

  @Mutation(() => Order, { description: 'The restaurant (its owner or kitchen staff) accepts a PLACED order and says how long it takes.' })
  async acceptOrder(@Args(() => AcceptOrderArgs) { orderId, prepMinutes }: AcceptOrderArgs, @Ctx() ctx: OrdersContext): Promise<Order> {
    return toOrder(await ctx.services.commands.accept(ctx.identity, orderId, prepMinutes, originOfRequest(ctx)));
  }

  @Mutation(() => Order, { description: 'The restaurant (its owner or kitchen staff) turns down a PLACED order; a paid one is refunded.' })
  async rejectOrder(@Args(() => RejectOrderArgs) { orderId, reason }: RejectOrderArgs, @Ctx() ctx: OrdersContext): Promise<Order> {
    return toOrder(await ctx.services.commands.reject(ctx.identity, orderId, reason, originOfRequest(ctx)));
  }

  @Mutation(() => Order, { description: 'The restaurant (its owner or kitchen staff) starts cooking an ACCEPTED order.' })
  async startPreparing(@orderId() id: string, @Ctx() ctx: OrdersContext): Promise<Order> {
    return toOrder(await ctx.services.commands.startPreparing(ctx.identity, id, originOfRequest(ctx)));
  }

  @Mutation(() => Order, {
    description:
      'Kitchen display: the restaurant (its owner or kitchen staff) sets one line QUEUED, COOKING or DONE (order ACCEPTED or PREPARING).',
  })
  async setLineStatus(
    @Args(() => SetLineStatusArgs) { orderId, lineId, status }: SetLineStatusArgs,
    @Ctx() ctx: OrdersContext,
  ): Promise<Order> {
    return toOrder(await ctx.services.commands.setLineStatus(ctx.identity, orderId, lineId, status, originOfRequest(ctx)));
  }

  @Mutation(() => Order, {
    description: 'The restaurant (its owner or kitchen staff) marks a PREPARING order ready for the courier; every line becomes DONE.',
  })
  async markOrderReady(@orderId() id: string, @Ctx() ctx: OrdersContext): Promise<Order> {
    return toOrder(await ctx.services.commands.markReady(ctx.identity, id, originOfRequest(ctx)));
  }

  @Mutation(() => Order, {
    description:
      'The restaurant (its owner or kitchen staff) hands a PICKUP order that is READY_FOR_PICKUP to its customer at the counter: it becomes DELIVERED. A delivery order is refused (INVALID_STATE_TRANSITION): its courier finishes it.',
  })
  async handOverOrder(@orderId() id: string, @Ctx() ctx: OrdersContext): Promise<Order> {
    return toOrder(await ctx.services.commands.handOver(ctx.identity, id, originOfRequest(ctx)));
  }
}
