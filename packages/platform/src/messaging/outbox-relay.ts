import type { EventEnvelope } from '@foodgraph/events';
import type { DataSource, EntityManager } from 'typeorm';
import type { Logger } from '../logging';
import type { SubgraphMetrics } from '../metrics/subgraph-metrics';
import { outsideTraces, tracingEnabled } from '../tracing/active-tracing';
import { publishInSpan } from '../tracing/trace-messages';
import type { EventBus } from './event-bus';
import { orderingKeyOf } from './event-ordering-key';

export interface OutboxRelayOptions {
  /** How often to look for unpublished rows when nobody nudges. @default 500 */
  pollMs?: number;
  /** Rows claimed per pass. @default 100 */
  batchSize?: number;
  /**
   * Keys published at the same time within a pass, each with its publishes (and the bus's
   * acks) in flight while the others wait for theirs. @default 32
   */
  concurrency?: number;
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

/**
 * Takes the relay lock and claims the oldest unpublished rows in one round trip: the lock is
 * tried once (a CTE with a volatile function is evaluated once, before the rows), and only a
 * holder claims. One row with `locked` false means another relay holds the lock; one with
 * `locked` true and no id, that nothing waits.
 */
const CLAIM_SQL = `WITH relay AS (SELECT pg_try_advisory_xact_lock($1) AS locked)
SELECT relay.locked, claimed.id, claimed.payload, claimed.attempts, claimed.trace_context
  FROM relay LEFT JOIN LATERAL (
    SELECT id, payload, attempts, trace_context, seq FROM outbox
     WHERE relay.locked AND published_at IS NULL ORDER BY seq LIMIT $2 FOR UPDATE SKIP LOCKED
  ) claimed ON true
 ORDER BY claimed.seq`;

interface ClaimedRow {
  locked: true;
  id: string;
  payload: EventEnvelope;
  attempts: number;
  trace_context: string | null;
}

/**
 * Publishes committed outbox rows to the bus, each key's in insertion order, and marks them
 * published.
 *
 * A pass runs in one transaction: one statement takes a transaction-scoped advisory lock (so
 * with several replicas one publishes while the others stand by) and claims up to `batchSize`
 * rows with `FOR UPDATE SKIP LOCKED` (so no two relays can ever hold the same row); the pass
 * publishes them and marks them with one more statement. The batch is split by the consumers' ordering key (the
 * aggregate, {@link orderingKeyOf}): a consumer handles one key's events in stream order, so
 * the stream must hold them in insertion order per key — and only per key. One key's rows go
 * out one after the other, each after the bus acknowledged the one before, while up to `concurrency` keys publish at once — one ack round
 * trip per key and pass instead of one per event. Only the order within a key is promised;
 * consumers handle different keys in parallel anyway.
 *
 * A failed publish stops its key there for this pass, so a later event of that key never
 * overtakes an earlier one; the row records the attempt and error, the other keys go on, and
 * the relay backs off. If the process dies (or the commit fails) after publishing, the rows
 * are still unpublished and go out again next pass: the same id twice, which the NATS stream
 * drops inside its duplicate window and every consumer's inbox drops after it (at-least-once
 * publishing, exactly-once effects).
 *
 * Passes are woken by the commits that write rows (`withOutbox` and the consumers nudge after
 * a commit that appended some, in process); `pollMs` is the fallback for rows another process
 * wrote, and a poll probes for unpublished rows before it opens a claiming transaction.
 */
export function startOutboxRelay(dataSource: DataSource, bus: EventBus, logger: Logger, options: OutboxRelayOptions = {}): OutboxRelay {
  const pollMs = options.pollMs ?? 500;
  const batchSize = options.batchSize ?? 100;
  const concurrency = Math.max(1, options.concurrency ?? 32);
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

  /** Publishes one key's rows in order; stops at the first failure, which it answers. */
  const publishInOrder = async (rows: readonly ClaimedRow[]): Promise<{ published: string[]; failure?: [ClaimedRow, unknown] }> => {
    const published: string[] = [];
    for (const row of rows) {
      try {
        await publish(row);
        published.push(row.id);
      } catch (error) {
        return { published, failure: [row, error] };
      }
    }
    return { published };
  };

  const publishClaimed = async (manager: EntityManager, rows: ClaimedRow[]): Promise<boolean> => {
    const queues = [...byPublishKey(rows).values()];
    const published: string[] = [];
    const failures: Array<[ClaimedRow, unknown]> = [];
    // A few workers take the keys one by one: each key's rows stay in order on one worker.
    const worker = async (): Promise<void> => {
      for (let queue = queues.shift(); queue; queue = queues.shift()) {
        const outcome = await publishInOrder(queue);
        published.push(...outcome.published);
        if (outcome.failure) failures.push(outcome.failure);
      }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, queues.length) }, worker));
    // The pass's one connection takes its statements one at a time, so they wait for the publishing.
    for (const [row, error] of failures) {
      const message = error instanceof Error ? error.message : String(error);
      await manager.query('UPDATE outbox SET attempts = attempts + 1, last_error = $2 WHERE id = $1', [row.id, message]);
      log.warn(
        { err: error, eventId: row.id, type: row.payload.type, attempts: row.attempts + 1 },
        'publishing an outbox event failed; will retry',
      );
    }
    if (published.length > 0) {
      await manager.query('UPDATE outbox SET published_at = now() WHERE id = ANY($1::uuid[])', [published]);
    }
    options.metrics?.relayPublished(published.length, failures.length > 0);
    return failures.length === 0;
  };

  const claimAndPublish = (): Promise<PassOutcome> =>
    dataSource.transaction(async (manager) => {
      const answer = await manager.query<Array<ClaimedRow | { locked: boolean; id: null }>>(CLAIM_SQL, [RELAY_LOCK_KEY, batchSize]);
      if (!answer[0]?.locked) return 'busy';
      const rows = answer.filter((row): row is ClaimedRow => row.id !== null);
      if (rows.length === 0) return 'idle';
      if (!(await publishClaimed(manager, rows))) return 'failed';
      return rows.length === batchSize ? 'full' : 'some';
    });

  // Most polls find nothing. One index-only probe of the unpublished rows (a partial index)
  // answers those, instead of a transaction with a lock and a locking read. A nudge comes from
  // a commit that appended rows (`withOutbox`, a consumer's reaction), and a full batch leaves
  // rows behind: those passes claim straight away, since the probe would only say yes. A row
  // committed after a probe comes with its own nudge, which runs another pass.
  const pass = async (probeFirst: boolean): Promise<PassOutcome> => {
    if (!probeFirst) return claimAndPublish();
    const [probe] = await dataSource.query<Array<{ pending: boolean }>>(
      'SELECT EXISTS (SELECT 1 FROM outbox WHERE published_at IS NULL) AS pending',
    );
    return probe?.pending ? claimAndPublish() : 'idle';
  };

  const drain = async (polled: boolean): Promise<PassOutcome> => {
    let outcome: PassOutcome;
    let probeFirst = polled;
    do {
      again = false;
      try {
        outcome = await pass(probeFirst);
        probeFirst = false;
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
  const nudge = (): void => outsideTraces(() => startPasses(false));
  const poll = (): void => startPasses(true);

  /** `polled`: nobody said rows are waiting (the timer, a retry after failures, the start). */
  const startPasses = (polled: boolean): void => {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    if (timer) clearTimeout(timer);
    timer = null;
    running = drain(polled).then((outcome) => {
      running = null;
      if (stopped) return;
      const delay = delayAfter(outcome);
      // A nudge that landed after the last pass read its rows still deserves a prompt pass.
      timer = again && outcome !== 'failed' ? setTimeout(nudge, 0) : setTimeout(poll, delay);
      // The relay alone must not keep a process (or a test run) alive.
      timer.unref();
    });
  };

  poll();
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

/** The rows of a batch by publish key, each key's in claim (insertion) order. */
function byPublishKey(rows: readonly ClaimedRow[]): Map<string, ClaimedRow[]> {
  const queues = new Map<string, ClaimedRow[]>();
  for (const row of rows) {
    const key = orderingKeyOf(row.payload);
    const queue = queues.get(key);
    if (queue) queue.push(row);
    else queues.set(key, [row]);
  }
  return queues;
}
