import { In, type EntityManager } from 'typeorm';
import type { ItemStock } from '../domain/stock-reservation';
import { MenuItemEntity } from '../entities/menu-item.entity';

interface LockedRow {
  id: string;
  restaurant_id: string;
  available: boolean;
  stock: number | null;
  deleted_at: Date | null;
}

/**
 * Locks the items (those that exist) until the transaction ends and reads their stock. The
 * ORDER BY makes PostgreSQL take the row locks in id order, the one order every reservation
 * uses, so concurrent reservations queue up instead of deadlocking.
 */
export async function lockItems(manager: EntityManager, ids: readonly string[]): Promise<Map<string, ItemStock>> {
  if (ids.length === 0) return new Map();
  const rows = await manager.query<LockedRow[]>(
    'SELECT id, restaurant_id, available, stock, deleted_at FROM menu_items WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE',
    [ids],
  );
  return new Map(
    rows.map((row) => [
      row.id,
      { id: row.id, restaurantId: row.restaurant_id, available: row.available, stock: row.stock, deleted: row.deleted_at !== null },
    ]),
  );
}

/**
 * Moves each item's stock by its delta (negative = taken), bumping its revision, and returns
 * the changed items for their `menu.item.changed` snapshots. The WHERE clause re-checks that
 * stock stays a number and never goes below zero: the plan was made under the row locks, so a
 * miss here means a bug, and throwing rolls the whole reservation back.
 */
export async function applyStockDeltas(manager: EntityManager, deltas: ReadonlyMap<string, number>, at: Date): Promise<MenuItemEntity[]> {
  const ids = [...deltas.keys()].sort();
  for (const id of ids) {
    const delta = deltas.get(id)!;
    // Wrapped in a CTE so the driver returns a plain row whatever it does with UPDATE results.
    const [moved] = await manager.query<{ n: number }[]>(
      `WITH moved AS (
         UPDATE menu_items SET stock = stock + $2, revision = revision + 1, updated_at = $3
         WHERE id = $1 AND stock IS NOT NULL AND stock + $2 >= 0
         RETURNING id)
       SELECT count(*)::int AS n FROM moved`,
      [id, delta, at],
    );
    if (moved?.n !== 1) throw new Error(`stock of menu item ${id} cannot move by ${delta}`);
  }
  if (ids.length === 0) return [];
  return manager.find(MenuItemEntity, { where: { id: In(ids) }, order: { id: 'ASC' } });
}
