import type { DomainEvent } from '@foodgraph/events';
import type { EntityManager } from 'typeorm';
import { recordRestaurantOwner } from '../services/restaurant-owners';

/*
 * What users does when menu's events arrive: remember who owns each restaurant, the fact
 * `addRestaurantStaff` and `Restaurant.staff` are checked against. Runs in the consumer's
 * transaction, with the inbox row that makes a redelivery a no-op.
 */

/** `menu.restaurant.changed` → the restaurant's owner. */
export async function recordOwnerWhenRestaurantChanged(
  event: DomainEvent<'menu.restaurant.changed'>,
  manager: EntityManager,
): Promise<void> {
  await recordRestaurantOwner(manager, event.data.restaurantId, event.data.ownerId);
}
