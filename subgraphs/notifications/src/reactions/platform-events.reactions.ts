import type { DomainEvent } from '@foodgraph/events';
import type { EntityManager } from 'typeorm';
import { notificationsOfDeadLetter } from '../domain/platform-notifications';
import type { NotificationsReactionServices } from '../services/notifications-services';

/** `platform.dead_letter.recorded`: tell every admin that an event was given up on. */
export async function notifyAdminsWhenDeadLettered(
  event: DomainEvent<'platform.dead_letter.recorded'>,
  manager: EntityManager,
  { readModels, notify }: NotificationsReactionServices,
): Promise<void> {
  await notify.notify(manager, event, notificationsOfDeadLetter(event.data, await readModels.adminIds(manager)));
}
