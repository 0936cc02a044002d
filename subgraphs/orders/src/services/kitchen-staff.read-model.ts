import type { EventData } from '@foodgraph/events';
import type { Identity } from '@foodgraph/platform/auth';
import { isUuid } from '@foodgraph/platform/ids';
import type { EntityManager } from 'typeorm';

/*
 * Orders' copy of who works in which kitchen, from users' `users.staff.*` events (users owns
 * kitchen staff). Each event carries the membership's revision; the upsert keeps the newest,
 * so a redelivered or late event never undoes a later change.
 */

/** One membership as an event states it. */
export type KitchenStaffChange = EventData<'users.staff.added'> | EventData<'users.staff.removed'>;

/** Stores one membership change unless a newer one is already stored. */
export async function recordKitchenStaff(manager: EntityManager, change: KitchenStaffChange, active: boolean): Promise<void> {
  await manager.query(
    `INSERT INTO kitchen_staff (restaurant_id, user_id, active, revision) VALUES ($1, $2, $3, $4)
     ON CONFLICT (restaurant_id, user_id) DO UPDATE SET active = EXCLUDED.active, revision = EXCLUDED.revision
     WHERE kitchen_staff.revision < EXCLUDED.revision`,
    [change.restaurantId, change.userId, active, change.revision],
  );
}

/** A membership as stored: whether it is active and at which revision (null: never known). */
export async function kitchenMembership(
  manager: EntityManager,
  restaurantId: string,
  userId: string,
): Promise<{ active: boolean; revision: number } | null> {
  if (!isUuid(restaurantId) || !isUuid(userId)) return null;
  const [row] = await manager.query<{ active: boolean; revision: number }[]>(
    'SELECT active, revision FROM kitchen_staff WHERE restaurant_id = $1 AND user_id = $2',
    [restaurantId.toLowerCase(), userId.toLowerCase()],
  );
  return row ?? null;
}

/**
 * Whether the caller works in the restaurant's kitchen now. Only STAFF users can, so nobody
 * else costs a query.
 */
export async function worksInKitchen(manager: EntityManager, identity: Identity, restaurantId: string): Promise<boolean> {
  if (identity.kind !== 'user' || identity.role !== 'STAFF') return false;
  return (await kitchenMembership(manager, restaurantId, identity.userId))?.active ?? false;
}
