import type { DomainEvent } from '@foodgraph/events';
import type { EntityManager } from 'typeorm';
import type { NotificationsReactionServices } from '../services/notifications-services';

/** `users.user.registered`: remember the account's role (admins hear of approvals) and e-mail address. */
export async function recordRecipientWhenUserRegistered(
  event: DomainEvent<'users.user.registered'>,
  manager: EntityManager,
  { readModels }: NotificationsReactionServices,
): Promise<void> {
  await readModels.recordUser(manager, event.data);
}
