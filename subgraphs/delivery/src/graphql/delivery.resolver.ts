import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { ACTIVE_DELIVERY_STATUSES } from '../domain/delivery-status';
import { minutesUntil } from '../domain/eta';
import type { DeliveryContext } from './context';
import { Courier, toCourier } from './types/courier.type';
import { Delivery, LocationPing, toDelivery, toLocationPing } from './types/delivery.type';
import { OrderRef, orderRef } from './types/references.type';

/** `delivery(id)` and the fields of `Delivery` that need more than its row. */
@Resolver(() => Delivery)
export class DeliveryResolver {
  @Query(() => Delivery, {
    nullable: true,
    description: "A delivery: for its order's customer, the restaurant's owner, its courier (or the courier it is offered to) and admins.",
  })
  async delivery(@Arg('id', () => ID, { description: 'The delivery.' }) id: string, @Ctx() ctx: DeliveryContext): Promise<Delivery | null> {
    const delivery = await ctx.services.reads.delivery(ctx.identity, id);
    return delivery ? toDelivery(delivery) : null;
  }

  @FieldResolver(() => OrderRef, { description: 'The order being delivered.' })
  order(@Root() delivery: Delivery): OrderRef {
    return orderRef(delivery.entity.orderId);
  }

  @FieldResolver(() => Courier, { nullable: true, description: 'The courier who accepted it; null while it waits for one.' })
  async courier(@Root() delivery: Delivery, @Ctx() ctx: DeliveryContext): Promise<Courier | null> {
    const id = delivery.entity.courierId;
    const courier = id ? await ctx.services.reads.courier(id) : null;
    return courier ? toCourier(courier) : null;
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description:
      "Minutes until the food should reach the customer, recomputed from the courier's location reports; null unless assigned or picked up.",
  })
  etaMinutes(@Root() delivery: Delivery, @Ctx() ctx: DeliveryContext): number | null {
    const { etaAt, status } = delivery.entity;
    if (!etaAt || !ACTIVE_DELIVERY_STATUSES.includes(status)) return null;
    return minutesUntil(etaAt, ctx.services.clock());
  }

  @FieldResolver(() => Date, {
    nullable: true,
    description:
      'When the open offer of this delivery ends (then it goes to the next courier): for the courier it is offered to and admins; null for others and when no offer waits.',
  })
  offerExpiresAt(@Root() delivery: Delivery, @Ctx() ctx: DeliveryContext): Promise<Date | null> {
    return ctx.services.reads.offerExpiresAt(ctx.identity, delivery.id);
  }

  @FieldResolver(() => [LocationPing], { description: "The courier's last reported positions during this delivery, oldest first." })
  async track(
    @Root() delivery: Delivery,
    @Arg('last', () => Int, { nullable: true, defaultValue: 50, description: 'How many of the latest points, 1 to 500.' })
    last: number | null,
    @Ctx() ctx: DeliveryContext,
  ): Promise<LocationPing[]> {
    return (await ctx.services.reads.track(delivery.id, last ?? 50)).map(toLocationPing);
  }
}
