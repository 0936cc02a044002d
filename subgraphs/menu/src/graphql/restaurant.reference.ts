import type { RestaurantEntity } from '../entities/restaurant.entity';
import type { MenuContext } from './context';

/**
 * `Restaurant` references from other subgraphs (an order's restaurant, a review's). Resolved
 * whatever the status: an order keeps its restaurant after a suspension. Batched per request.
 */
export const restaurantReference = {
  __resolveReference(reference: { id: string }, ctx: MenuContext): Promise<RestaurantEntity | null> {
    return ctx.loaders.restaurant.load(reference.id);
  },
};
