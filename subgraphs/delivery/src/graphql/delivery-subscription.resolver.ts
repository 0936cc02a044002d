import { NotFoundError } from '@foodgraph/platform/errors';
import { listenAuthorized } from '@foodgraph/platform/subscriptions';
import { Arg, Ctx, ID, Resolver, Root, Subscription } from 'type-graphql';
import {
  courierLocationTrigger,
  courierOffersTrigger,
  type CourierDeliveryEvent,
  type CourierLocationEvent,
} from '../events/live-triggers';
import type { DeliveryContext } from './context';
import { Delivery, LocationPing, toDelivery, toGeoPoint } from './types/delivery.type';

/** What type-graphql hands a `subscribe` function. */
interface SubscribeData {
  args: Record<string, unknown>;
  context: unknown;
}

const contextOf = (data: SubscribeData) => data.context as DeliveryContext;

/** Live news for couriers and customers, fed by the live-updates consumer and location reports. */
@Resolver()
export class DeliverySubscriptionResolver {
  @Subscription(() => Delivery, {
    description:
      "The signed-in courier's offers and assignments as they happen: a new offer, its assignment, pick-up, drop-off, or a cancellation that took it away. Couriers only (FORBIDDEN otherwise, which ends the subscription).",
    subscribe: (data: SubscribeData) => {
      const ctx = contextOf(data);
      // Anonymous callers are refused by the check; the placeholder only names a trigger.
      const userId = ctx.identity.kind === 'user' ? ctx.identity.userId : 'anonymous';
      return listenAuthorized<CourierDeliveryEvent>(ctx.pubsub, courierOffersTrigger(userId), () =>
        ctx.services.reads.requireMyCourier(ctx.identity),
      );
    },
  })
  async deliveryOffers(@Root() event: CourierDeliveryEvent, @Ctx() ctx: DeliveryContext): Promise<Delivery> {
    const row = await ctx.services.reads.deliveryById(event.deliveryId);
    if (!row) throw new NotFoundError('Delivery', event.deliveryId);
    // The state this change produced, even if the delivery has moved on since.
    return toDelivery({ ...row, status: event.status });
  }

  @Subscription(() => LocationPing, {
    description:
      "The courier's positions while they deliver an order, as they report them: for the order's customer (and admins). Errors: FORBIDDEN, NOT_FOUND; either ends the subscription.",
    subscribe: (data: SubscribeData) => {
      const ctx = contextOf(data);
      const orderId = String(data.args['orderId']);
      return listenAuthorized<CourierLocationEvent>(ctx.pubsub, courierLocationTrigger(orderId), () =>
        ctx.services.reads.assertCanFollowCourier(ctx.identity, orderId),
      );
    },
  })
  courierLocation(
    @Root() event: CourierLocationEvent,
    @Arg('orderId', () => ID, { description: 'The order whose courier to follow.' }) _orderId: string,
  ): LocationPing {
    return Object.assign(new LocationPing(), { location: toGeoPoint(event), at: new Date(event.at) });
  }
}
