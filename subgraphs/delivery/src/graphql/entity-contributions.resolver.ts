import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { DeliveryContext } from './context';
import { Courier, toCourier } from './types/courier.type';
import { Delivery, toDelivery } from './types/delivery.type';
import { OrderRef, UserRef } from './types/references.type';

/** What the delivery subgraph adds to the users subgraph's `User`. */
@Resolver(() => UserRef)
export class UserCourierResolver {
  @FieldResolver(() => Courier, { nullable: true, description: "The user's courier profile, if they have one." })
  async courierProfile(@Root() user: UserRef, @Ctx() ctx: DeliveryContext): Promise<Courier | null> {
    const courier = await ctx.services.reads.courierOfUser(user.id);
    return courier ? toCourier(courier) : null;
  }
}

/** What the delivery subgraph adds to the orders subgraph's `Order`. */
@Resolver(() => OrderRef)
export class OrderDeliveryResolver {
  @FieldResolver(() => Delivery, { nullable: true, description: 'Its delivery, once the restaurant accepted it.' })
  async delivery(@Root() order: OrderRef, @Ctx() ctx: DeliveryContext): Promise<Delivery | null> {
    const delivery = await ctx.services.reads.deliveryOfOrder(ctx.identity, order.id);
    return delivery ? toDelivery(delivery) : null;
  }
}
