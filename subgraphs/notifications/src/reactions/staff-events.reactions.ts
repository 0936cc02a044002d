import type { DomainEvent } from '@foodgraph/events';
import type { EntityManager } from 'typeorm';
import type { NotificationsReactionServices } from '../services/notifications-services';

/** `users.staff.added`: the user now hears of new orders at the restaurant. */
export async function recordStaffWhenStaffAdded(
  event: DomainEvent<'users.staff.added'>,
  manager: EntityManager,
  { readModels }: NotificationsReactionServices,
): Promise<void> {
  await readModels.recordStaff(manager, event.data, true);
}

/** `users.staff.removed`: they no longer do. */
export async function forgetStaffWhenStaffRemoved(
  event: DomainEvent<'users.staff.removed'>,
  manager: EntityManager,
  { readModels }: NotificationsReactionServices,
): Promise<void> {
  await readModels.recordStaff(manager, event.data, false);
}
