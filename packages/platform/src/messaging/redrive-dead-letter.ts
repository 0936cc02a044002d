import { validateEvent, type EventType } from '@foodgraph/events';
import type { EntityManager } from 'typeorm';
import type { Logger } from '../logging';
import { DeadLetter } from './dead-letter.entity';
import type { EventHandler, EventHandlers } from './inbox-consumer';

/** What became of a redrive: handed to the handler, done before, or nothing to hand over. */
export type RedriveOutcome = 'redriven' | 'already-redriven' | 'missing' | 'unhandleable';

/**
 * Hands a dead letter back to the consumer that gave up on it, inside `manager`'s transaction:
 * the row is locked, the consumer's inbox row claimed and its handler run exactly as the
 * consumer would, and `redriven_at` set — all or nothing. A second redrive (or a concurrent one,
 * which waits on the lock) finds `redriven_at` and does nothing; an event the consumer had
 * meanwhile handled (its inbox row exists) is only marked. A payload that still fails validation
 * or has no handler is left as it is (logged), for a fix of the consumer or the producer.
 */
export async function redriveDeadLetter(
  manager: EntityManager,
  logger: Logger,
  rowId: string,
  consumers: ReadonlyArray<{ consumer: string; handlers: EventHandlers }>,
): Promise<RedriveOutcome> {
  const row = await manager.findOne(DeadLetter, { where: { id: rowId }, lock: { mode: 'pessimistic_write' } });
  if (!row) return 'missing';
  if (row.redrivenAt) return 'already-redriven';
  const log = logger.child({ consumer: row.consumer, deadLetterId: row.id });
  const checked = validateEvent(row.payload);
  const handler = checked.ok
    ? (consumers.find((spec) => spec.consumer === row.consumer)?.handlers[checked.event.type] as EventHandler<EventType> | undefined)
    : undefined;
  if (!checked.ok || !handler) {
    log.warn({ reason: checked.ok ? `no handler for ${checked.event.type}` : checked.reason }, 'dead letter cannot be redriven');
    return 'unhandleable';
  }
  const claimed = await manager.query<unknown[]>(
    'INSERT INTO inbox (consumer, event_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING event_id',
    [row.consumer, checked.event.id],
  );
  if (claimed.length > 0) await handler(checked.event, manager);
  await manager.query('UPDATE dead_letters SET redriven_at = now() WHERE id = $1', [row.id]);
  log.info({ eventId: checked.event.id, type: checked.event.type, handled: claimed.length > 0 }, 'dead letter redriven');
  return 'redriven';
}

/**
 * The consumer every subgraph runs for the admin console (added by the subgraph lifecycle):
 * it takes `users.dead_letter.redrive_requested` and redrives the row when the request names
 * this subgraph. Its own inbox makes a redelivered request harmless, the row's `redriven_at` a
 * repeated one.
 */
export function deadLetterRedriveConsumer(
  subgraph: string,
  logger: Logger,
  consumers: ReadonlyArray<{ consumer: string; handlers: EventHandlers }>,
): { consumer: string; handlers: EventHandlers } {
  return {
    consumer: `${subgraph}-dead-letter-redrive`,
    handlers: {
      'users.dead_letter.redrive_requested': async (event, manager) => {
        if (event.data.subgraph !== subgraph) return;
        await redriveDeadLetter(manager, logger, event.data.rowId, consumers);
      },
    },
  };
}
