import type { EventEnvelope } from '@foodgraph/events';
import type { DataSource, EntityManager } from 'typeorm';
import type { Logger } from '../logging';
import type { SubgraphMetrics } from '../metrics/subgraph-metrics';
import { outsideTraces, tracingEnabled } from '../tracing/active-tracing';
import { publishInSpan } from '../tracing/trace-messages';
import type { EventBus } from './event-bus';

export interface OutboxRelayOptions {
  /** How often to look for unpublished rows when nobody nudges. @default 500 */
  pollMs?: number;
  /** Rows claimed per pass. @default 100 */
  batchSize?: number;
  /** Longest wait between passes while publishing keeps failing. @default 30000 */
  maxBackoffMs?: number;
  /** Counts what each pass published (`foodgraph_outbox_published_events_total`). */
  metrics?: Pick<SubgraphMetrics, 'relayPublished'> | undefined;
  /** The subgraph whose events these are: the service of the publish spans. @default 'outbox' */
  component?: string | undefined;
}

export interface OutboxRelay {
  /** Runs a pass now (or right after the current one); call it after committing events. */
  nudge(): void;
  /** Stops polling and waits for an in-flight pass to finish. */
  stop(): Promise<void>;
}

/** Transaction-scoped advisory lock key ("outb"): one relay per database publishes at a time. */
const RELAY_LOCK_KEY = 0x6f757462;

type PassOutcome = 'idle' | 'some' | 'full' | 'busy' | 'failed';

interface ClaimedRow {
  id: string;
  payload: EventEnvelope;
  attempts: number;
  trace_context: string | null;
}

/**
 * Publishes committed outbox rows to the bus in insertion order and marks them published.
 *
 * A pass runs in one transaction: it takes a transaction-scoped advisory lock (so with several
 * replicas one publishes while the others stand by, which keeps the global order), claims up
 * to `batchSize` rows with `FOR UPDATE SKIP LOCKED` (so no two relays can ever hold the same
 * row), publishes them one by one and marks them. A failed publish stops the pass there, so a
 * later event never overtakes an earlier one; the row records the attempt and error and the
 * relay backs off. If the commit fails after publishing, the rows go out again next pass and
 * the bus drops them as duplicates of their id.
 */
export function startOutboxRelay(dataSource: DataSource, bus: EventBus, logger: Logger, options: OutboxRelayOptions = {}): OutboxRelay {
  const pollMs = options.pollMs ?? 500;
  const batchSize = options.batchSize ?? 100;
  const maxBackoffMs = options.maxBackoffMs ?? 30_000;
  const log = logger.child({ component: 'outbox-relay' });
  const component = options.component ?? 'outbox';
  // A row written inside a trace is published in a span of that trace, whose context travels on.
  const publish = (row: ClaimedRow): Promise<void> =>
    tracingEnabled() && row.trace_context
      ? publishInSpan(component, row.payload, row.trace_context, (trace) => bus.publish(row.payload, trace))
      : bus.publish(row.payload);
  let stopped = false;
  let running: Promise<void> | null = null;
  let again = false;
  let timer: NodeJS.Timeout | null = null;
  let failures = 0;

  const publishClaimed = async (manager: EntityManager, rows: ClaimedRow[]): Promise<boolean> => {
    const published: string[] = [];
    let failed = false;
    for (const row of rows) {
      try {
        await publish(row);
        published.push(row.id);
      } catch (error) {
        failed = true;
        const message = error instanceof Error ? error.message : String(error);
        await manager.query('UPDATE outbox SET attempts = attempts + 1, last_error = $2 WHERE id = $1', [row.id, message]);
        log.warn(
          { err: error, eventId: row.id, type: row.payload.type, attempts: row.attempts + 1 },
          'publishing an outbox event failed; will retry',
        );
        break;
      }
    }
    if (published.length > 0) {
      await manager.query('UPDATE outbox SET published_at = now() WHERE id = ANY($1::uuid[])', [published]);
    }
    options.metrics?.relayPublished(published.length, failed);
    return !failed;
  };

  const pass = (): Promise<PassOutcome> =>
    dataSource.transaction(async (manager) => {
      const [lock] = await manager.query<Array<{ locked: boolean }>>('SELECT pg_try_advisory_xact_lock($1) AS locked', [RELAY_LOCK_KEY]);
      if (!lock?.locked) return 'busy';
      const rows = await manager.query<ClaimedRow[]>(
        'SELECT id, payload, attempts, trace_context FROM outbox WHERE published_at IS NULL ORDER BY seq LIMIT $1 FOR UPDATE SKIP LOCKED',
        [batchSize],
      );
      if (rows.length === 0) return 'idle';
      if (!(await publishClaimed(manager, rows))) return 'failed';
      return rows.length === batchSize ? 'full' : 'some';
    });

  const drain = async (): Promise<PassOutcome> => {
    let outcome: PassOutcome;
    do {
      again = false;
      try {
        outcome = await pass();
      } catch (error) {
        log.error({ err: error }, 'outbox relay pass failed');
        outcome = 'failed';
      }
      // A full batch means more rows are probably waiting; a nudge meanwhile means new ones.
    } while (!stopped && outcome !== 'failed' && (outcome === 'full' || again));
    return outcome;
  };

  const delayAfter = (outcome: PassOutcome): number => {
    failures = outcome === 'failed' ? failures + 1 : 0;
    if (failures > 0) return Math.min(pollMs * 2 ** failures, maxBackoffMs);
    // Another replica is mid-pass: look again soon, since our own commit may be waiting.
    if (outcome === 'busy') return Math.min(pollMs, 50);
    return pollMs;
  };

  // Committers nudge from inside their request's or reaction's span; the passes are nobody's.
  const nudge = (): void => outsideTraces(nudgeNow);

  const nudgeNow = (): void => {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    if (timer) clearTimeout(timer);
    timer = null;
    running = drain().then((outcome) => {
      running = null;
      if (stopped) return;
      const delay = delayAfter(outcome);
      // A nudge that landed after the last pass read its rows still deserves a prompt pass.
      timer = setTimeout(nudge, again && outcome !== 'failed' ? 0 : delay);
      // The relay alone must not keep a process (or a test run) alive.
      timer.unref();
    });
  };

  nudge();
  return {
    nudge,
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = null;
      await running;
    },
  };
}
