import { appendToOutbox, newEvent, type ChangeOrigin } from '@foodgraph/platform/messaging';
import type { EntityManager } from 'typeorm';
import type { StaffMembershipEntity } from '../entities/staff-membership.entity';
import type { UserEntity } from '../entities/user.entity';

const eventOptions = (membership: StaffMembershipEntity, origin: ChangeOrigin) => ({
  producer: 'users',
  correlationId: origin.correlationId,
  causationId: origin.causationId,
  occurredAt: membership.changedAt,
});

/**
 * Records `users.staff.added` in the outbox, in the transaction that made `user` work at the
 * restaurant: menu and orders let them into its kitchen when it arrives.
 */
export async function publishStaffAdded(
  manager: EntityManager,
  membership: StaffMembershipEntity,
  user: UserEntity,
  origin: ChangeOrigin,
): Promise<void> {
  const data = {
    restaurantId: membership.restaurantId,
    userId: membership.userId,
    name: user.name,
    revision: membership.revision,
    at: membership.changedAt.toISOString(),
  };
  await appendToOutbox(manager, [newEvent('users.staff.added', data, eventOptions(membership, origin))]);
}

/** Records `users.staff.removed` in the outbox, in the transaction that ended the membership. */
export async function publishStaffRemoved(manager: EntityManager, membership: StaffMembershipEntity, origin: ChangeOrigin): Promise<void> {
  const data = {
    restaurantId: membership.restaurantId,
    userId: membership.userId,
    revision: membership.revision,
    at: membership.changedAt.toISOString(),
  };
  await appendToOutbox(manager, [newEvent('users.staff.removed', data, eventOptions(membership, origin))]);
}
