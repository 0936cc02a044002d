import type { DomainEvent } from '@foodgraph/events';
import type { EntityManager } from 'typeorm';
import { notificationsOfRestaurantChange } from '../domain/restaurant-notifications';
import type { NotificationsReactionServices } from '../services/notifications-services';

/**
 * `menu.restaurant.changed`: keep the restaurant's owner and status, and tell admins of one
 * waiting for approval and the owner of its approval or suspension. A stale snapshot tells nobody.
 */
export async function notifyWhenRestaurantStatusChanged(
  event: DomainEvent<'menu.restaurant.changed'>,
  manager: EntityManager,
  { readModels, notify }: NotificationsReactionServices,
): Promise<void> {
  const recorded = await readModels.recordRestaurant(manager, event.data);
  if (recorded === 'stale') return;
  const admins = event.data.status === 'PENDING_APPROVAL' ? await readModels.adminIds(manager) : [];
  await notify.notify(manager, event, notificationsOfRestaurantChange(event.data, recorded.previous, admins));
}
