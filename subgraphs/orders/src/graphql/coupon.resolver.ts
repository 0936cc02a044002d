import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { OrdersContext } from './context';
import { toCoupon } from './coupon-view';
import { Coupon, CouponInput } from './types/coupon.type';
import { Order } from './types/order.type';

@ArgsType()
class CouponsArgs {
  @Field(() => ID, {
    nullable: true,
    description: "One restaurant's coupons; omitted: all (admins) or all of the caller's restaurants (owners).",
  })
  restaurantId?: string | null;

  @Field(() => Int, { nullable: true, defaultValue: 20, description: 'Page size, 1 to 100.' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'The id of the last coupon of the previous page.' })
  after?: string | null;
}

/** Coupons for those who run them (admins, restaurant owners). */
@Resolver(() => Coupon)
export class CouponResolver {
  @Query(() => [Coupon], {
    description: "Coupons, newest first: admins see all of them, a restaurant's owner their restaurants'.",
  })
  async coupons(@Args(() => CouponsArgs) { restaurantId, first, after }: CouponsArgs, @Ctx() ctx: OrdersContext): Promise<Coupon[]> {
    return (await ctx.services.coupons.list(ctx.identity, restaurantId, first ?? 20, after)).map(toCoupon);
  }

  @Mutation(() => Coupon, {
    description: 'Creates a coupon: platform-wide (admins) or for a restaurant (its owner, or an admin). A code in use → CONFLICT.',
  })
  async createCoupon(
    @Arg('input', () => CouponInput, { description: 'The coupon.' }) input: CouponInput,
    @Ctx() ctx: OrdersContext,
  ): Promise<Coupon> {
    return toCoupon(await ctx.services.coupons.create(ctx.identity, input));
  }

  @Mutation(() => Coupon, {
    description: 'Deactivates a coupon: it no longer applies to new orders (those who may create it). Orders using it keep their discount.',
  })
  async deactivateCoupon(@Arg('id', () => ID, { description: 'The coupon.' }) id: string, @Ctx() ctx: OrdersContext): Promise<Coupon> {
    return toCoupon(await ctx.services.coupons.deactivate(ctx.identity, id));
  }
}

/** `Order.coupon`: whoever may read the order sees the coupon it used. */
@Resolver(() => Order)
export class OrderCouponResolver {
  @FieldResolver(() => Coupon, { nullable: true, description: 'The coupon the order used; null without one.' })
  async coupon(@Root() order: Order, @Ctx() ctx: OrdersContext): Promise<Coupon | null> {
    if (!order.couponId) return null;
    const coupon = await ctx.services.coupons.byId(order.couponId);
    return coupon ? toCoupon(coupon) : null;
  }
}
