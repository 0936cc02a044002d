import { GeoPoint } from '@foodgraph/platform/graphql';
import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { DeliveryContext } from './context';
import { CouriersArgs, EarningsArgs } from './types/courier.args';
import { Courier, toCourier } from './types/courier.type';
import { Delivery, toDelivery, toGeoPoint } from './types/delivery.type';
import { CourierEarnings, toEarnings } from './types/earnings.type';
import { UserRef, userRef } from './types/references.type';

/** Courier queries and the fields of `Courier` that need more than its row. */
@Resolver(() => Courier)
export class CourierResolver {
  @Query(() => [Courier], { description: 'Couriers ordered by id, optionally of one status (admins).' })
  async couriers(@Args(() => CouriersArgs) { status, first, after }: CouriersArgs, @Ctx() ctx: DeliveryContext): Promise<Courier[]> {
    return (await ctx.services.reads.couriers(ctx.identity, status, first ?? 20, after)).map(toCourier);
  }

  @Query(() => Courier, { nullable: true, description: "The signed-in user's courier profile; null for users who have none." })
  async myCourierProfile(@Ctx() ctx: DeliveryContext): Promise<Courier | null> {
    const courier = await ctx.services.reads.myCourier(ctx.identity);
    return courier ? toCourier(courier) : null;
  }

  @FieldResolver(() => UserRef, { description: "The courier's user account." })
  user(@Root() courier: Courier): UserRef {
    return userRef(courier.entity.userId);
  }

  @FieldResolver(() => GeoPoint, {
    nullable: true,
    description:
      "Last reported position: for the courier themself, admins, and the customer and restaurant of the courier's current delivery (null for others or before the first report).",
  })
  async location(@Root() courier: Courier, @Ctx() ctx: DeliveryContext): Promise<GeoPoint | null> {
    const location = await ctx.services.reads.location(ctx.identity, courier.entity);
    return location ? toGeoPoint(location) : null;
  }

  @FieldResolver(() => Date, {
    nullable: true,
    description: 'When the courier last reported a position (the courier themself and admins).',
  })
  lastSeenAt(@Root() courier: Courier, @Ctx() ctx: DeliveryContext): Date | null {
    return ctx.services.reads.lastSeenAt(ctx.identity, courier.entity);
  }

  @FieldResolver(() => Delivery, { nullable: true, description: 'The delivery the courier holds now (the courier themself and admins).' })
  async activeDelivery(@Root() courier: Courier, @Ctx() ctx: DeliveryContext): Promise<Delivery | null> {
    const delivery = await ctx.services.reads.activeDeliveryOf(ctx.identity, courier.entity);
    return delivery ? toDelivery(delivery) : null;
  }

  @FieldResolver(() => Delivery, {
    nullable: true,
    description: 'The delivery offered to the courier and waiting for an accept or decline (the courier themself and admins).',
  })
  async offeredDelivery(@Root() courier: Courier, @Ctx() ctx: DeliveryContext): Promise<Delivery | null> {
    const delivery = await ctx.services.reads.offeredDeliveryOf(ctx.identity, courier.entity);
    return delivery ? toDelivery(delivery) : null;
  }

  @FieldResolver(() => CourierEarnings, {
    description: 'Pay and bonuses for deliveries delivered in [from, to) (the courier themself and admins).',
  })
  async earnings(
    @Root() courier: Courier,
    @Args(() => EarningsArgs) { from, to }: EarningsArgs,
    @Ctx() ctx: DeliveryContext,
  ): Promise<CourierEarnings> {
    const earnings = ctx.services.earnings;
    return toEarnings(await earnings.earnings(ctx.identity, courier.entity, from, to), earnings.policy.currency);
  }
}
