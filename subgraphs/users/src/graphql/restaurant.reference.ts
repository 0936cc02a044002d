import { restaurantRef, type RestaurantRef } from './types/restaurant-ref.type';

/** A `Restaurant` reference needs no lookup here: the key is all `Restaurant.staff` needs. */
export const restaurantReference = {
  __resolveReference: (reference: { id: string }): RestaurantRef => restaurantRef(reference.id),
};
