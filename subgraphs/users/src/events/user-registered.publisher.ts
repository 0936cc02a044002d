import type { UserRegisteredV1 } from '@foodgraph/events';
import { appendToOutbox, newEvent, type ChangeOrigin } from '@foodgraph/platform/messaging';
import type { EntityManager } from 'typeorm';
import type { UserEntity } from '../entities/user.entity';

/** The `users.user.registered` payload for a freshly created account. */
export function userRegisteredData(user: UserEntity): UserRegisteredV1 {
  return {
    userId: user.id,
    name: user.name,
    email: user.email,
    role: user.role,
    isGuest: user.isGuest,
    createdAt: user.createdAt.toISOString(),
  };
}

/**
 * Records `users.user.registered` in the outbox, inside the transaction that inserted the
 * user: the event exists if and only if the account does, and the relay publishes it.
 */
export async function publishUserRegistered(manager: EntityManager, user: UserEntity, origin: ChangeOrigin): Promise<void> {
  const event = newEvent('users.user.registered', userRegisteredData(user), {
    producer: 'users',
    correlationId: origin.correlationId,
    causationId: origin.causationId,
    occurredAt: user.createdAt,
  });
  await appendToOutbox(manager, [event]);
}
