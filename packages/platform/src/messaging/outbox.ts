import type { DomainEvent } from '@foodgraph/events';
import type { DataSource, EntityManager } from 'typeorm';
import { tracingEnabled } from '../tracing/active-tracing';
import { traceparentOf } from '../tracing/trace-context';

/**
 * The transactions (by their query runner, one per transaction) that appended rows. Only they
 * need to wake the relay after committing: a nudge costs the relay a probe of the outbox, and
 * most consumed events write nothing to it.
 */
const appendedIn = new WeakSet<object>();

/**
 * Whether `manager`'s transaction appended to the outbox (so its committer should nudge the
 * relay). False outside a transaction: such a manager is shared, nothing is tracked on it.
 */
export function appendedToOutbox(manager: EntityManager): boolean {
  return manager.queryRunner !== undefined && appendedIn.has(manager.queryRunner);
}

/**
 * Stores events in the outbox. Call it with the transaction's manager that also writes the
 * state change: both commit, or neither does (a rolled-back event is never published).
 */
export async function appendToOutbox(manager: EntityManager, events: readonly DomainEvent[]): Promise<void> {
  if (events.length === 0) return;
  if (manager.queryRunner) appendedIn.add(manager.queryRunner);
  // The span of the request or reaction writing them, so their consumers join its trace.
  const traceContext = tracingEnabled() ? (traceparentOf() ?? null) : null;
  // Plain SQL: this runs in every transaction that emits, and TypeORM's insert builder costs
  // more CPU than the statement (the columns are those of `OutboxMessage`; the rest default).
  const params: unknown[] = [];
  const rows = events.map((event) => {
    params.push(event.id, event.type, JSON.stringify(event), traceContext);
    const at = params.length - 4;
    return `($${at + 1}, $${at + 2}, $${at + 3}::jsonb, $${at + 4})`;
  });
  await manager.query(`INSERT INTO outbox (id, type, payload, trace_context) VALUES ${rows.join(', ')}`, params);
}

/** Collects events during a {@link withOutbox} transaction. */
export type Emit = (...events: DomainEvent[]) => void;

/**
 * Runs `work` in a transaction, appends the events it emitted to the outbox in that same
 * transaction, and after the commit nudges the relay so they go out without waiting for
 * its next poll — only when the transaction appended any (emitted here, or appended by `work`
 * itself with {@link appendToOutbox}): a nudge for nothing still costs the relay a probe.
 *
 * ```ts
 * const item = await withOutbox(dataSource, relay, async (manager, emit) => {
 *   const saved = await manager.save(item);
 *   emit(newEvent('menu.item.changed', snapshotOf(saved), origin));
 *   return saved;
 * });
 * ```
 */
export async function withOutbox<T>(
  dataSource: DataSource,
  relay: { nudge(): void } | null,
  work: (manager: EntityManager, emit: Emit) => Promise<T>,
): Promise<T> {
  let appended = false;
  const result = await dataSource.transaction(async (manager) => {
    const events: DomainEvent[] = [];
    const value = await work(manager, (...emitted) => events.push(...emitted));
    await appendToOutbox(manager, events);
    appended = appendedToOutbox(manager);
    return value;
  });
  if (appended) relay?.nudge();
  return result;
}
