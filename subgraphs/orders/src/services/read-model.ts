import { isUuid } from '@foodgraph/platform';
import { In, type EntityManager } from 'typeorm';
import type { MenuItemView, RestaurantView } from '../domain/read-model';
import { MenuItemSnapshotEntity } from '../entities/menu-item-snapshot.entity';
import { RestaurantSnapshotEntity } from '../entities/restaurant-snapshot.entity';

/** The restaurant as the read model has it, or null (also for ids that are not UUIDs). */
export async function findRestaurant(manager: EntityManager, id: string): Promise<RestaurantView | null> {
  if (!isUuid(id)) return null;
  return manager.findOneBy(RestaurantSnapshotEntity, { id: id.toLowerCase() });
}

/** The read model's items among `ids`, by lower-case id; malformed ids are simply absent. */
export async function findMenuItems(manager: EntityManager, ids: readonly string[]): Promise<Map<string, MenuItemView>> {
  const valid = [...new Set(ids.filter(isUuid).map((id) => id.toLowerCase()))];
  if (valid.length === 0) return new Map();
  const rows = await manager.findBy(MenuItemSnapshotEntity, { id: In(valid) });
  return new Map(rows.map((row) => [row.id, row]));
}

/** Owners of the given restaurants (restaurants the read model does not know are absent). */
export async function findOwners(manager: EntityManager, restaurantIds: readonly string[]): Promise<Map<string, string>> {
  const valid = [...new Set(restaurantIds.filter(isUuid).map((id) => id.toLowerCase()))];
  if (valid.length === 0) return new Map();
  const rows = await manager.find(RestaurantSnapshotEntity, { where: { id: In(valid) }, select: { id: true, ownerId: true } });
  return new Map(rows.map((row) => [row.id, row.ownerId]));
}
