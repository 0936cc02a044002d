import type { OrdersContext } from './context';
import { toOrder } from './order-view';
import type { Order } from './types/order.type';
import { restaurantRef, userRef, type RestaurantRef, type UserRef } from './types/references.type';

/**
 * `__resolveReference` per entity type. An `Order` reference (from delivery or feedback) gets
 * the same visibility rules as `order(id)`; `User` and `Restaurant` need nothing but their key
 * for the `orders` fields this subgraph adds.
 */
export const ordersReferenceResolvers = {
  Order: {
    async __resolveReference(reference: { id: string }, ctx: OrdersContext): Promise<Order | null> {
      const order = await ctx.services.reads.order(ctx.identity, reference.id);
      return order ? toOrder(order) : null;
    },
  },
  User: {
    __resolveReference: (reference: { id: string }): UserRef => userRef(reference.id),
  },
  Restaurant: {
    __resolveReference: (reference: { id: string }): RestaurantRef => restaurantRef(reference.id),
  },
};
