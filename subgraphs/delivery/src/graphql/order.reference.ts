import { orderRef, type OrderRef } from './types/references.type';

/** An `Order` reference needs no lookup here: the key is all `Order.delivery` needs. */
export const orderReference = {
  __resolveReference: (reference: { id: string }): OrderRef => orderRef(reference.id),
};
