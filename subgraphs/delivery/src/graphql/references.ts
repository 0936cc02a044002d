import type { DeliveryContext } from './context';
import { toCourier, type Courier } from './types/courier.type';
import { toDelivery, type Delivery } from './types/delivery.type';
import { orderRef, userRef, type OrderRef, type UserRef } from './types/references.type';

/**
 * `__resolveReference` per entity type. A `Courier` shows its public fields to anyone (its
 * private ones check the caller themselves); a `Delivery` only to those who may see it.
 * `User` and `Order` need nothing but their key for the fields this subgraph adds.
 */
export const deliveryReferenceResolvers = {
  Courier: {
    async __resolveReference(reference: { id: string }, ctx: DeliveryContext): Promise<Courier | null> {
      const courier = await ctx.services.reads.courier(reference.id);
      return courier ? toCourier(courier) : null;
    },
  },
  Delivery: {
    async __resolveReference(reference: { id: string }, ctx: DeliveryContext): Promise<Delivery | null> {
      const delivery = await ctx.services.reads.deliveryById(reference.id);
      return delivery && (await ctx.services.reads.canRead(ctx.identity, delivery)) ? toDelivery(delivery) : null;
    },
  },
  User: {
    __resolveReference: (reference: { id: string }): UserRef => userRef(reference.id),
  },
  Order: {
    __resolveReference: (reference: { id: string }): OrderRef => orderRef(reference.id),
  },
};
