import { restaurantRef, type RestaurantRef } from './types/references.type';

/**
 * A `Restaurant` reference needs no lookup here: the key is all its ratings and reviews need
 * (menu decides who may see the restaurant itself).
 */
export const restaurantReference = {
  __resolveReference: (reference: { id: string }): RestaurantRef => restaurantRef(reference.id),
};
