import type { DomainEvent } from '@foodgraph/events';
import type { PubSub } from '@foodgraph/platform/subscriptions';
import type { EntityManager } from 'typeorm';
import { kitchenAccessTrigger, type KitchenAccessChange } from '../events/live-topics';
import { recordKitchenStaff } from '../services/kitchen-staff.read-model';

/*
 * What orders does when users' kitchen-staff events arrive: keep the read model its kitchen
 * guards judge, and tell the removed user's open kitchen feeds to judge again.
 */

/** `users.staff.added` → the user runs the restaurant's kitchen. */
export async function letStaffInWhenStaffAdded(event: DomainEvent<'users.staff.added'>, manager: EntityManager): Promise<void> {
  await recordKitchenStaff(manager, event.data, true);
}

/**
 * `users.staff.removed` → they do not any more, and their open feeds of the restaurant hear
 * it. The message leaves before this transaction commits; a feed that hears it waits until
 * the read model shows the change's revision before it judges (see `endWhenKitchenAccessEnds`).
 */
export async function shutStaffOutWhenStaffRemoved(
  pubsub: PubSub,
  event: DomainEvent<'users.staff.removed'>,
  manager: EntityManager,
): Promise<void> {
  await recordKitchenStaff(manager, event.data, false);
  const { restaurantId, userId, revision } = event.data;
  await pubsub.publish(kitchenAccessTrigger(restaurantId, userId), { restaurantId, userId, revision } satisfies KitchenAccessChange);
}
