import { NotFoundError } from '@foodgraph/platform/errors';
import { listenAuthorized } from '@foodgraph/platform/subscriptions';
import { Arg, Ctx, ID, Resolver, Root, Subscription } from 'type-graphql';
import {
  kitchenAccessTrigger,
  orderUpdatedTrigger,
  restaurantFeedTrigger,
  type KitchenAccessChange,
  type OrderLiveEvent,
} from '../events/live-topics';
import { endWhenKitchenAccessEnds } from './kitchen-feed';
import type { OrdersContext } from './context';
import { toOrder } from './order-view';
import { Order } from './types/order.type';

/** What type-graphql hands a `subscribe` function. */
interface SubscribeData {
  args: Record<string, unknown>;
  context: unknown;
}

/**
 * The order as this change left it: the current row, with the status the change produced laid
 * over it, so a subscriber sees PLACED, ACCEPTED and PREPARING each even when the kitchen moved
 * faster than the event travelled.
 */
async function orderAsOf(event: OrderLiveEvent, ctx: OrdersContext): Promise<Order> {
  ctx.loaders = ctx.newLoaders();
  const row = await ctx.services.reads.orderById(event.orderId);
  if (!row) throw new NotFoundError('Order', event.orderId);
  const order = toOrder(row, await ctx.services.reads.viewOf(ctx.identity, row));
  if (event.status !== undefined) {
    order.status = event.status;
    order.updatedAt = new Date(event.occurredAt);
    if (event.statusReason !== undefined) order.statusReason = event.statusReason;
  }
  if (event.paymentStatus !== undefined) order.payment.status = event.paymentStatus;
  return order;
}

const contextOf = (data: SubscribeData) => data.context as OrdersContext;
const idArg = (data: SubscribeData, name: string) => String(data.args[name]);

/** Live order updates, fed by the `orders-live-updates` consumer through the pub/sub. */
@Resolver(() => Order)
export class OrderSubscriptionResolver {
  @Subscription(() => Order, {
    description:
      "Every change of one order, in order: its customer, its restaurant's owner, its assigned (or offered) courier and admins. Errors: FORBIDDEN (someone else's order), NOT_FOUND; either ends the subscription.",
    subscribe: (data: SubscribeData) => {
      const ctx = contextOf(data);
      const orderId = idArg(data, 'orderId');
      return listenAuthorized<OrderLiveEvent>(ctx.pubsub, orderUpdatedTrigger(orderId), async () => {
        const order = await ctx.services.reads.order(ctx.identity, orderId);
        if (!order) throw new NotFoundError('Order', orderId);
      });
    },
  })
  orderUpdated(
    @Root() event: OrderLiveEvent,
    @Arg('orderId', () => ID, { description: 'The order to watch.' }) _orderId: string,
    @Ctx() ctx: OrdersContext,
  ): Promise<Order> {
    return orderAsOf(event, ctx);
  }

  @Subscription(() => Order, {
    description:
      'The kitchen screen: every new or changed order of a restaurant, in order. Its owner, its kitchen staff or an admin; FORBIDDEN otherwise, which ends the subscription — also the moment a staff member is removed from the restaurant.',
    subscribe: async (data: SubscribeData) => {
      const ctx = contextOf(data);
      const restaurantId = idArg(data, 'restaurantId');
      const { identity } = ctx;
      const authorize = () => ctx.services.reads.assertCanWatchRestaurant(identity, restaurantId);
      // Only kitchen staff can lose the kitchen while watching (owners and admins stay what they are).
      if (identity.kind !== 'user' || identity.role !== 'STAFF')
        return listenAuthorized<OrderLiveEvent>(ctx.pubsub, restaurantFeedTrigger(restaurantId), authorize);
      const triggers = [restaurantFeedTrigger(restaurantId), kitchenAccessTrigger(restaurantId, identity.userId)];
      const events = await listenAuthorized<OrderLiveEvent | KitchenAccessChange>(ctx.pubsub, triggers, authorize);
      return endWhenKitchenAccessEnds(events, {
        caughtUp: (change) => ctx.services.reads.hasKitchenChange(change.restaurantId, change.userId, change.revision),
        judge: authorize,
      });
    },
  })
  restaurantOrderFeed(
    @Root() event: OrderLiveEvent,
    @Arg('restaurantId', () => ID, { description: 'The restaurant.' }) _restaurantId: string,
    @Ctx() ctx: OrdersContext,
  ): Promise<Order> {
    return orderAsOf(event, ctx);
  }
}
