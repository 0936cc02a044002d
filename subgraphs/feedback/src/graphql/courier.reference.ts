import { courierRef, type CourierRef } from './types/references.type';

/** A `Courier` reference needs no lookup here: the key is all `Courier.rating` needs. */
export const courierReference = {
  __resolveReference: (reference: { id: string }): CourierRef => courierRef(reference.id),
};
