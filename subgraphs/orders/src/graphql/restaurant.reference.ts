import { restaurantRef, type RestaurantRef } from './types/references.type';

/** A `Restaurant` reference needs no lookup here: the key is all `Restaurant.orders` needs. */
export const restaurantReference = {
  __resolveReference: (reference: { id: string }): RestaurantRef => restaurantRef(reference.id),
};
