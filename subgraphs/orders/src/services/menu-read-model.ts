import type { EventData } from '@foodgraph/events';
import { isUuid } from '@foodgraph/platform/ids';
import { In, type EntityManager } from 'typeorm';
import type { MenuItemView, RestaurantView } from '../domain/read-model';
import { MenuItemSnapshotEntity } from '../entities/menu-item-snapshot.entity';
import { RestaurantSnapshotEntity } from '../entities/restaurant-snapshot.entity';

/*
 * The local copy of menu's restaurants and menu items that placing and changing an order
 * validate against (subgraphs never call each other): written from menu's snapshot events,
 * read by services inside their own transaction. Snapshots are whole objects, so each write
 * is an upsert; the `revision` guard in its WHERE clause drops a snapshot older than the
 * stored one (a redelivery after a newer one, or a replay).
 */

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

/** Stores a restaurant snapshot unless a newer revision is already stored. */
export async function recordRestaurantSnapshot(manager: EntityManager, r: EventData<'menu.restaurant.changed'>): Promise<void> {
  await manager.query(
    `INSERT INTO restaurant_snapshots
       (id, revision, owner_id, name, status, accepting_orders, opening_hours, time_zone, city, currency, delivery_fee, minimum_order)
     VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8, $9, $10, $11, $12)
     ON CONFLICT (id) DO UPDATE SET
       revision = EXCLUDED.revision, owner_id = EXCLUDED.owner_id, name = EXCLUDED.name, status = EXCLUDED.status,
       accepting_orders = EXCLUDED.accepting_orders, opening_hours = EXCLUDED.opening_hours, time_zone = EXCLUDED.time_zone,
       city = EXCLUDED.city, currency = EXCLUDED.currency, delivery_fee = EXCLUDED.delivery_fee, minimum_order = EXCLUDED.minimum_order
     WHERE restaurant_snapshots.revision < EXCLUDED.revision`,
    [
      r.restaurantId,
      r.revision,
      r.ownerId,
      r.name,
      r.status,
      r.acceptingOrders,
      JSON.stringify(r.openingHours),
      r.timeZone,
      r.address.city,
      r.currency,
      r.deliveryFee,
      r.minimumOrder,
    ],
  );
}

/** Stores a menu item snapshot unless a newer revision is already stored. */
export async function recordMenuItemSnapshot(manager: EntityManager, i: EventData<'menu.item.changed'>): Promise<void> {
  await manager.query(
    `INSERT INTO menu_item_snapshots (id, revision, restaurant_id, name, price, currency, available, deleted)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
     ON CONFLICT (id) DO UPDATE SET
       revision = EXCLUDED.revision, restaurant_id = EXCLUDED.restaurant_id, name = EXCLUDED.name, price = EXCLUDED.price,
       currency = EXCLUDED.currency, available = EXCLUDED.available, deleted = EXCLUDED.deleted
     WHERE menu_item_snapshots.revision < EXCLUDED.revision`,
    [i.itemId, i.revision, i.restaurantId, i.name, i.price, i.currency, i.available, i.deleted],
  );
}
