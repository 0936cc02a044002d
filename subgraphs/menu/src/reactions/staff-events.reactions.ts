import type { DomainEvent } from '@foodgraph/events';
import type { EventHandlers } from '@foodgraph/platform/messaging';
import type { EntityManager } from 'typeorm';
import { recordKitchenStaff } from '../services/kitchen-staff.read-model';

/** Durable consumer name of menu's copy of kitchen staff. */
export const KITCHEN_STAFF_CONSUMER = 'menu-kitchen-staff';

/** `users.staff.added` → the user may switch the restaurant's dishes and count their stock. */
export async function letStaffInWhenStaffAdded(event: DomainEvent<'users.staff.added'>, manager: EntityManager): Promise<void> {
  await recordKitchenStaff(manager, event.data, true);
}

/** `users.staff.removed` → they may not any more. */
export async function shutStaffOutWhenStaffRemoved(event: DomainEvent<'users.staff.removed'>, manager: EntityManager): Promise<void> {
  await recordKitchenStaff(manager, event.data, false);
}

/** The kitchen-staff consumer's registration. */
export function kitchenStaffReactions(): EventHandlers {
  return { 'users.staff.added': letStaffInWhenStaffAdded, 'users.staff.removed': shutStaffOutWhenStaffRemoved };
}
