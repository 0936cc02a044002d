import { isUuid } from '@foodgraph/platform/ids';
import { In, type EntityManager } from 'typeorm';
import { RestaurantOwnerEntity } from '../entities/restaurant-owner.entity';

/*
 * The users subgraph's read model of menu's restaurants: only who owns each. Menu knows
 * ownership and users knows accounts; kitchen staff need both, and subgraphs do not call each
 * other, so users keeps this one fact from `menu.restaurant.changed`. An owner never changes
 * after a restaurant is created, so the first snapshot stored is right for good.
 */

/** Stores a restaurant's owner (a later snapshot of the same restaurant changes nothing). */
export async function recordRestaurantOwner(manager: EntityManager, restaurantId: string, ownerId: string): Promise<void> {
  await manager.query(`INSERT INTO restaurant_owners (restaurant_id, owner_id) VALUES ($1, $2) ON CONFLICT (restaurant_id) DO NOTHING`, [
    restaurantId,
    ownerId,
  ]);
}

/** Owners of the given restaurants by restaurant id; restaurants menu has not announced are absent. */
export async function findRestaurantOwners(manager: EntityManager, restaurantIds: readonly string[]): Promise<Map<string, string>> {
  const valid = [...new Set(restaurantIds.filter(isUuid).map((id) => id.toLowerCase()))];
  if (valid.length === 0) return new Map();
  const rows = await manager.findBy(RestaurantOwnerEntity, { restaurantId: In(valid) });
  return new Map(rows.map((row) => [row.restaurantId, row.ownerId]));
}
