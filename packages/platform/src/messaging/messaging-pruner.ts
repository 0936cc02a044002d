import type { DataSource } from 'typeorm';
import type { Logger } from '../logging';
import { startPeriodicLoop, type PeriodicLoop } from '../polling/periodic-loop';
import { MIN_INBOX_RETENTION_MS } from './redelivery-horizon';

/** What the pruner deletes, and how much at a time. */
export interface MessagingRetention {
  /** Published outbox rows older than this, by `published_at`, are deleted. @default 86400000 (1 day) */
  outboxRetentionMs: number;
  /**
   * Inbox rows older than this, by `processed_at`, are deleted; at least
   * {@link MIN_INBOX_RETENTION_MS} (see redelivery-horizon.ts for why). @default 604800000 (7 days)
   */
  inboxRetentionMs: number;
  /** Rows one DELETE removes at most. @default 1000 */
  batchSize: number;
}

export const DEFAULT_MESSAGING_RETENTION: Readonly<MessagingRetention> = {
  outboxRetentionMs: 86_400_000,
  inboxRetentionMs: 7 * 86_400_000,
  batchSize: 1000,
};

export interface MessagingPrunerOptions extends Partial<MessagingRetention> {
  /** Pause between passes. @default 600000 (10 minutes) */
  intervalMs?: number;
  /** Pause before the first pass. @default the smaller of `intervalMs` and one minute */
  firstDelayMs?: number;
}

/** Rows each DELETE removed, per table and in order, e.g. `{ outbox: [1000, 1000, 212], inbox: [0] }`. */
export interface PruneReport {
  outbox: number[];
  inbox: number[];
}

/** Throws a RangeError for a retention the pruner must not run with. */
export function assertMessagingRetention(retention: MessagingRetention): void {
  if (!Number.isFinite(retention.outboxRetentionMs) || retention.outboxRetentionMs <= 0) {
    throw new RangeError(`outboxRetentionMs must be longer than 0, got ${retention.outboxRetentionMs}`);
  }
  if (!(retention.inboxRetentionMs >= MIN_INBOX_RETENTION_MS)) {
    throw new RangeError(
      `inboxRetentionMs must be at least ${MIN_INBOX_RETENTION_MS} (see redelivery-horizon.ts), got ${retention.inboxRetentionMs}`,
    );
  }
  if (!Number.isInteger(retention.batchSize) || retention.batchSize < 1) {
    throw new RangeError(`batchSize must be a positive integer, got ${retention.batchSize}`);
  }
}

/**
 * One batch: up to `$2` rows of `table` whose `ageColumn` is more than `$1` ms old, deleted and
 * counted. Ages are measured by the database's clock, the one whose now() wrote `published_at`
 * and `processed_at`, so an application clock running ahead cannot make a row look old. The
 * rows are found through the age index and deleted by `ctid` (a TID scan: a delete joined on
 * the key would hash the whole table). SKIP LOCKED leaves a row another transaction holds
 * (another replica's pruner) to it instead of waiting, and rows locked by this statement cannot
 * move before its delete; each statement commits on its own, so no lock outlives one batch.
 */
const pruneBatchSql = (table: string, ageColumn: string): string => `
  WITH doomed AS (
    SELECT ctid FROM ${table}
    WHERE ${ageColumn} < now() - $1::double precision * interval '1 millisecond'
    ORDER BY ${ageColumn}
    LIMIT $2
    FOR UPDATE SKIP LOCKED
  ), gone AS (
    DELETE FROM ${table} WHERE ctid = ANY(ARRAY(SELECT ctid FROM doomed)) RETURNING 1
  )
  SELECT count(*)::int AS deleted FROM gone`;

const PRUNE_OUTBOX = pruneBatchSql('outbox', 'published_at');
const PRUNE_INBOX = pruneBatchSql('inbox', 'processed_at');

async function pruneTable(
  dataSource: DataSource,
  sql: string,
  retentionMs: number,
  batchSize: number,
  signal?: AbortSignal,
): Promise<number[]> {
  const batches: number[] = [];
  for (;;) {
    const [row] = await dataSource.query<Array<{ deleted: number }>>(sql, [retentionMs, batchSize]);
    const deleted = Number(row?.deleted ?? 0);
    batches.push(deleted);
    // A short batch means nothing old is left, except rows other transactions hold right now.
    if (deleted < batchSize || signal?.aborted) return batches;
  }
}

/**
 * Deletes, in batches of at most `batchSize` rows, published outbox rows older than
 * `outboxRetentionMs` and inbox rows older than `inboxRetentionMs`. What it never deletes:
 * - unpublished outbox rows, however old and however often publishing them failed (`attempts`,
 *   `last_error`): the outbox has no dead-letter state, such a row waits for the relay;
 * - `dead_letters`: an admin inspects and replays them, so they stay until removed on purpose.
 *   (A dead-lettered event never has an inbox row: its handler's transaction rolled back.)
 */
export async function pruneMessagingTables(
  dataSource: DataSource,
  retention: MessagingRetention,
  signal?: AbortSignal,
): Promise<PruneReport> {
  assertMessagingRetention(retention);
  const outbox = await pruneTable(dataSource, PRUNE_OUTBOX, retention.outboxRetentionMs, retention.batchSize, signal);
  if (signal?.aborted) return { outbox, inbox: [] };
  const inbox = await pruneTable(dataSource, PRUNE_INBOX, retention.inboxRetentionMs, retention.batchSize, signal);
  return { outbox, inbox };
}

const sum = (counts: number[]): number => counts.reduce((total, n) => total + n, 0);

/**
 * Runs {@link pruneMessagingTables} every `intervalMs` until stopped; any number of replicas
 * may run it on one database. The first pass waits a while (`firstDelayMs`): a consumer that
 * comes back after a long outage is first redelivered the message it held unacknowledged,
 * which must still find its inbox row.
 */
export function startMessagingPruner(dataSource: DataSource, logger: Logger, options: MessagingPrunerOptions = {}): PeriodicLoop {
  const retention: MessagingRetention = {
    outboxRetentionMs: options.outboxRetentionMs ?? DEFAULT_MESSAGING_RETENTION.outboxRetentionMs,
    inboxRetentionMs: options.inboxRetentionMs ?? DEFAULT_MESSAGING_RETENTION.inboxRetentionMs,
    batchSize: options.batchSize ?? DEFAULT_MESSAGING_RETENTION.batchSize,
  };
  assertMessagingRetention(retention);
  const intervalMs = options.intervalMs ?? 600_000;
  if (!Number.isFinite(intervalMs) || intervalMs <= 0) throw new RangeError(`intervalMs must be longer than 0, got ${intervalMs}`);
  const log = logger.child({ component: 'messaging-pruner' });
  return startPeriodicLoop({
    what: 'messaging prune',
    logger: log,
    intervalMs,
    firstDelayMs: options.firstDelayMs ?? Math.min(intervalMs, 60_000),
    pass: async (signal) => {
      const report = await pruneMessagingTables(dataSource, retention, signal);
      const outbox = sum(report.outbox);
      const inbox = sum(report.inbox);
      if (outbox + inbox > 0) log.info({ outbox, inbox }, 'pruned published outbox rows and old inbox rows');
    },
  });
}
