import type { DeliveryContext } from './context';
import { toCourier, type Courier } from './types/courier.type';

/** A `Courier` reference shows its public fields to anyone; its private ones check the caller themselves. */
export const courierReference = {
  async __resolveReference(reference: { id: string }, ctx: DeliveryContext): Promise<Courier | null> {
    const courier = await ctx.services.reads.courier(reference.id);
    return courier ? toCourier(courier) : null;
  },
};
