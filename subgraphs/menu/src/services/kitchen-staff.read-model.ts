import type { EventData } from '@foodgraph/events';
import type { EntityManager } from 'typeorm';

/*
 * Menu's copy of who works in which kitchen, from users' `users.staff.*` events (users owns
 * kitchen staff). Each event carries the membership's revision; the upsert keeps the newest,
 * so a redelivered or late event never undoes a later change.
 */

/** Stores one membership change unless a newer one is already stored. */
export async function recordKitchenStaff(
  manager: EntityManager,
  change: EventData<'users.staff.added'> | EventData<'users.staff.removed'>,
  active: boolean,
): Promise<void> {
  await manager.query(
    `INSERT INTO kitchen_staff (restaurant_id, user_id, active, revision) VALUES ($1, $2, $3, $4)
     ON CONFLICT (restaurant_id, user_id) DO UPDATE SET active = EXCLUDED.active, revision = EXCLUDED.revision
     WHERE kitchen_staff.revision < EXCLUDED.revision`,
    [change.restaurantId, change.userId, active, change.revision],
  );
}

/** Whether the user works at the restaurant now. */
export async function worksInKitchen(manager: EntityManager, restaurantId: string, userId: string): Promise<boolean> {
  const rows = await manager.query<unknown[]>('SELECT 1 FROM kitchen_staff WHERE restaurant_id = $1 AND user_id = $2 AND active', [
    restaurantId,
    userId,
  ]);
  return rows.length > 0;
}
