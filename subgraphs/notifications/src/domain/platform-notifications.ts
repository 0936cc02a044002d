import type { EventData } from '@foodgraph/events';
import { NotificationKind, type NotificationDraft } from './notification-kind';

/** Longest reason a notification repeats; the admin console has the whole dead letter. */
const MAX_REASON = 300;

/** Every admin hears that a consumer gave up on an event, and why, to inspect and redrive it. */
export function notificationsOfDeadLetter(
  deadLetter: EventData<'platform.dead_letter.recorded'>,
  adminIds: readonly string[],
): NotificationDraft[] {
  const what = deadLetter.eventType ?? 'an unreadable message';
  const reason = deadLetter.reason.length > MAX_REASON ? `${deadLetter.reason.slice(0, MAX_REASON - 1)}…` : deadLetter.reason;
  return adminIds.map((recipientId) => ({
    recipientId,
    kind: NotificationKind.System,
    title: `Dead letter in ${deadLetter.subgraph}: ${what}`,
    body: `${deadLetter.consumer} gave up after ${deadLetter.attempts} attempt(s): ${reason} (${deadLetter.deadLetterId})`,
    orderId: null,
    restaurantId: null,
  }));
}
