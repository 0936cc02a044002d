import type { UserRegisteredV1 } from '@foodgraph/events';
import { appendToOutbox, newEvent } from '@foodgraph/platform';
import type { EntityManager } from 'typeorm';
import type { UserEntity } from '../entities/user.entity';

/** Where a write came from, carried into the events it produces. */
export interface WriteOrigin {
  /** The request id (or the bootstrap run's id) the event stems from. */
  correlationId: string;
  /** The event that caused this write, when an event did; `null` for requests. */
  causationId?: string | null;
}

/** Wakes the outbox relay after a commit so new events go out without waiting for its poll. */
export interface OutboxNudge {
  nudge(): void;
}

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
export async function publishUserRegistered(manager: EntityManager, user: UserEntity, origin: WriteOrigin): Promise<void> {
  const event = newEvent('users.user.registered', userRegisteredData(user), {
    producer: 'users',
    correlationId: origin.correlationId,
    causationId: origin.causationId ?? null,
    occurredAt: user.createdAt,
  });
  await appendToOutbox(manager, [event]);
}
