import type { DeliveryContext } from './context';
import { toDelivery, type Delivery } from './types/delivery.type';

/** A `Delivery` reference resolves only for those who may see it (null for others). */
export const deliveryReference = {
  async __resolveReference(reference: { id: string }, ctx: DeliveryContext): Promise<Delivery | null> {
    const delivery = await ctx.services.reads.visibleDelivery(ctx.identity, reference.id);
    return delivery ? toDelivery(delivery) : null;
  },
};
