import type { Logger } from '@foodgraph/platform/logging';
import { appendToOutbox, type OutboxNudger } from '@foodgraph/platform/messaging';
import { startPeriodicLoop, type Clock, type PeriodicLoop } from '@foodgraph/platform/process';
import type { DomainEvent } from '@foodgraph/events';
import type { DataSource, EntityManager } from 'typeorm';
import { DeadlineEntity } from '../entities/deadline.entity';
import { OrderEntity } from '../entities/order.entity';

/** Fires one due deadline on its locked order; returns FIRED or OBSOLETE. */
export type DeadlineHandler = (
  manager: EntityManager,
  deadline: DeadlineEntity,
  order: OrderEntity,
  emit: (event: DomainEvent) => void,
) => Promise<'FIRED' | 'OBSOLETE'>;

export interface DeadlinePollerOptions {
  dataSource: DataSource;
  handle: DeadlineHandler;
  clock: Clock;
  logger: Logger;
  /** The outbox relay, nudged after a deadline's events committed so they leave at once. */
  outbox: OutboxNudger;
  /** How often to look for due deadlines. @default 1000 */
  intervalMs?: number;
  /** Deadlines fired per pass at most. @default 50 */
  batchSize?: number;
  /** Longest wait before retrying a failing deadline (a provider that is down). @default 300000 */
  maxRetryDelayMs?: number;
}

/** `nudge()` runs a pass now (or right after the current one); `stop()` waits for the pass in flight. */
export type DeadlinePoller = PeriodicLoop;

/**
 * Fires due deadlines, once each, however many replicas poll. Each deadline runs in its own
 * transaction that locks the order first and the deadline row second — the same order as
 * every command, which retires timeouts while holding the order — both with SKIP LOCKED: a
 * row another replica holds is simply left to it, and a row found already fired after the
 * lock is skipped. A failure rolls the transaction back and reschedules the deadline with
 * exponential backoff, so refunds are retried until the provider takes them.
 */
export function startDeadlinePoller(options: DeadlinePollerOptions): DeadlinePoller {
  const { dataSource, handle, clock, logger } = options;
  const intervalMs = options.intervalMs ?? 1000;
  const batchSize = options.batchSize ?? 50;
  const maxRetryDelayMs = options.maxRetryDelayMs ?? 300_000;
  const log = logger.child({ component: 'deadline-poller' });

  const fireOne = async (id: string, orderId: string): Promise<void> => {
    try {
      const fired = await dataSource.transaction(async (manager) => {
        const order = await manager.findOne(OrderEntity, {
          where: { id: orderId },
          lock: { mode: 'pessimistic_write', onLocked: 'skip_locked' },
        });
        if (!order) return false;
        const [deadline] = (
          await manager.find(DeadlineEntity, { where: { id }, lock: { mode: 'pessimistic_write', onLocked: 'skip_locked' } })
        ).filter((d) => d.firedAt === null);
        if (!deadline) return false;
        const events: DomainEvent[] = [];
        const outcome = await handle(manager, deadline, order, (event) => events.push(event));
        await appendToOutbox(manager, events);
        await manager.update(DeadlineEntity, { id }, { firedAt: clock(), outcome });
        log.info(
          { deadlineId: id, orderId, number: order.number, kind: deadline.kind, outcome, correlationId: order.correlationId },
          `deadline ${deadline.kind} ${outcome.toLowerCase()}`,
        );
        return events.length > 0;
      });
      if (fired) options.outbox.nudge();
    } catch (error) {
      const [row] = await dataSource.query<Array<{ attempts: number }>>('SELECT attempts FROM deadlines WHERE id = $1', [id]);
      const attempts = (row?.attempts ?? 0) + 1;
      const delay = Math.min(intervalMs * 2 ** attempts, maxRetryDelayMs);
      const message = error instanceof Error ? error.message : String(error);
      await dataSource.query('UPDATE deadlines SET attempts = $2, last_error = $3, due_at = $4 WHERE id = $1 AND fired_at IS NULL', [
        id,
        attempts,
        message,
        new Date(clock().getTime() + delay),
      ]);
      log.warn({ err: error, deadlineId: id, orderId, attempts, retryInMs: delay }, 'deadline failed; will retry');
    }
  };

  const pass = async (signal: AbortSignal): Promise<void> => {
    const due = await dataSource.query<
      Array<{
        id: string;
        order_id: string;
      }>
    >('SELECT id, order_id FROM deadlines WHERE fired_at IS NULL AND due_at <= $1 ORDER BY due_at LIMIT $2', [clock(), batchSize]);
    for (const row of due) {
      if (signal.aborted) return;
      await fireOne(row.id, row.order_id);
    }
  };

  return startPeriodicLoop({ what: 'deadline', logger: log, intervalMs, pass });
}
