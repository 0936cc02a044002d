import type { OrdersContext } from './context';
import { toOrder } from './order-view';
import type { Order } from './types/order.type';

/**
 * `Order` references from other subgraphs (a delivery's order, a review's): the same
 * visibility rules as `order(id)`, applied by the reads service.
 */
export const orderReference = {
  async __resolveReference(reference: { id: string }, ctx: OrdersContext): Promise<Order | null> {
    const order = await ctx.services.reads.readable(ctx.identity, reference.id);
    return order ? toOrder(order.row, order.view) : null;
  },
};
