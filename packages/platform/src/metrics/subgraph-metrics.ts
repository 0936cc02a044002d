import { Counter, Gauge, Histogram, type Registry } from 'prom-client';
import type { DataSource } from 'typeorm';
import { createMetricsRegistry, METRIC_PREFIX } from './metrics-registry';
import { dbPoolOf } from './db-pool';

/** How a delivery to a consumer ended. */
export type DeliveryOutcome = 'handled' | 'duplicate' | 'skipped' | 'failed' | 'dead_lettered';

/** What a consumer can say about its backlog (JetStream `num_pending`, the in-process queue). */
export interface PendingSource {
  pending?(): Promise<number>;
}

/** One periodic loop's hooks (see `startPeriodicLoop`). */
export interface LoopMetrics {
  /** A pass ended after `seconds`; `failed` when it threw. */
  passEnded(seconds: number, failed: boolean): void;
  /** The loop stopped: its lag series goes away. */
  stopped(): void;
}

/** Seconds since `started` (a `performance.now()` reading). */
export const secondsSince = (started: number): number => (performance.now() - started) / 1000;

/** Consumer handling takes milliseconds to a few seconds (a retried provider call). */
const HANDLING_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

/**
 * The series of one subgraph, in its own registry behind its own `GET /metrics`. Counters and
 * histograms are fed by the platform's hooks (subgraph HTTP server, outbox relay, inbox
 * consumer, periodic loops); gauges that cost a query (outbox backlog, consumer lag) are read
 * only when Prometheus scrapes. Labels are names fixed by the code (root fields of the
 * subgraph's schema, durable consumer names, poller names): no ids.
 */
export class SubgraphMetrics {
  readonly registry: Registry;
  private readonly operations: Histogram<'operation_type' | 'root_field' | 'outcome'>;
  private readonly published: Counter;
  private readonly publishFailures: Counter;
  private readonly handling: Histogram<'consumer' | 'outcome'>;
  private readonly redeliveries: Counter<'consumer'>;
  private readonly deadLetters: Counter<'consumer'>;
  private readonly passes: Histogram<'poller' | 'outcome'>;
  private readonly consumers = new Map<string, PendingSource[]>();
  private readonly lastPassEnd = new Map<string, number>();

  constructor(dataSource: DataSource, registry: Registry = createMetricsRegistry()) {
    this.registry = registry;
    const registers = [registry];
    const p = METRIC_PREFIX;
    this.operations = new Histogram({
      name: `${p}subgraph_operation_duration_seconds`,
      help: 'GraphQL operations the router sent to this subgraph, by operation type, first root field and outcome (error: the response carries errors).',
      labelNames: ['operation_type', 'root_field', 'outcome'],
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    });
    new Gauge({
      name: `${p}outbox_unpublished_events`,
      help: 'Outbox rows committed but not yet published to the bus.',
      registers,
      async collect() {
        const [row] = await dataSource.query<Array<{ n: number }>>('SELECT count(*)::int AS n FROM outbox WHERE published_at IS NULL');
        this.set(row?.n ?? 0);
      },
    });
    new Gauge({
      name: `${p}outbox_oldest_unpublished_age_seconds`,
      help: 'Age of the oldest unpublished outbox row (0 when none): how far the relay is behind.',
      registers,
      async collect() {
        // Through the partial index on unpublished rows, so it stays cheap however large the table.
        const [row] = await dataSource.query<Array<{ age: number | null }>>(
          `SELECT EXTRACT(EPOCH FROM now() - created_at)::float8 AS age FROM outbox WHERE published_at IS NULL ORDER BY seq LIMIT 1`,
        );
        this.set(Math.max(row?.age ?? 0, 0));
      },
    });
    this.published = new Counter({
      name: `${p}outbox_published_events_total`,
      help: 'Events the outbox relay published to the bus (rate() is the publish rate).',
      registers,
    });
    this.publishFailures = new Counter({
      name: `${p}outbox_publish_failures_total`,
      help: 'Publish attempts of the outbox relay that failed (the row is retried).',
      registers,
    });
    this.handling = new Histogram({
      name: `${p}consumer_handling_duration_seconds`,
      help: 'Deliveries handled by each durable consumer, by outcome (duplicate: already in the inbox; skipped: one the consumer leaves alone; failed: will be redelivered).',
      labelNames: ['consumer', 'outcome'],
      buckets: HANDLING_BUCKETS,
      registers,
    });
    this.redeliveries = new Counter({
      name: `${p}consumer_redeliveries_total`,
      help: 'Deliveries that were not the first of their event (a failed handler, a lost ack).',
      labelNames: ['consumer'],
      registers,
    });
    this.deadLetters = new Counter({
      name: `${p}consumer_dead_letters_total`,
      help: 'Events a consumer gave up on and stored as dead letters.',
      labelNames: ['consumer'],
      registers,
    });
    const consumers = this.consumers;
    new Gauge({
      name: `${p}consumer_pending_events`,
      help: 'Events stored on the bus that a durable consumer has not been handed yet (JetStream num_pending): its lag.',
      labelNames: ['consumer'],
      registers,
      async collect() {
        const lags = await Promise.all(
          [...consumers].map(async ([consumer, sources]) => {
            const counts = await Promise.all(sources.flatMap((s) => (s.pending ? [s.pending()] : [])));
            return { consumer, counts };
          }),
        );
        // Set after every await, so two scrapes at once cannot interleave a reset with a set.
        this.reset();
        for (const { consumer, counts } of lags) {
          if (counts.length)
            this.set(
              { consumer },
              counts.reduce((sum, n) => sum + n, 0),
            );
        }
      },
    });
    this.passes = new Histogram({
      name: `${p}poller_pass_duration_seconds`,
      help: 'Passes of each periodic poller (deadlines, dispatch, pruning), by outcome.',
      labelNames: ['poller', 'outcome'],
      buckets: HANDLING_BUCKETS,
      registers,
    });
    const lastPassEnd = this.lastPassEnd;
    new Gauge({
      name: `${p}poller_lag_seconds`,
      help: 'Seconds since each poller last finished a pass; grows past its interval when a poller is stuck or starved.',
      labelNames: ['poller'],
      registers,
      collect() {
        this.reset();
        const now = performance.now();
        for (const [poller, ended] of lastPassEnd) this.set({ poller }, (now - ended) / 1000);
      },
    });
    const pool = dbPoolOf(dataSource);
    if (pool) {
      new Gauge({
        name: `${p}db_pool_connections`,
        help: 'Connections of the PostgreSQL pool, by state (in_use, idle).',
        labelNames: ['state'],
        registers,
        collect() {
          this.set({ state: 'in_use' }, pool.totalCount - pool.idleCount);
          this.set({ state: 'idle' }, pool.idleCount);
        },
      });
      new Gauge({
        name: `${p}db_pool_waiting_requests`,
        help: 'Queries waiting for a free connection of the PostgreSQL pool.',
        registers,
        collect() {
          this.set(pool.waitingCount);
        },
      });
    }
  }

  /** One GraphQL request answered. */
  observeOperation(operationType: string, rootField: string, failed: boolean, seconds: number): void {
    this.operations.labels(operationType, rootField, failed ? 'error' : 'ok').observe(seconds);
  }

  /** The relay published `count` events (and `failed` attempts failed) in one pass. */
  relayPublished(count: number, failed: boolean): void {
    if (count > 0) this.published.inc(count);
    if (failed) this.publishFailures.inc();
  }

  /** One delivery to `consumer` ended; `attempt` > 1 marks a redelivery. */
  observeDelivery(consumer: string, outcome: DeliveryOutcome, attempt: number, seconds: number): void {
    this.handling.labels(consumer, outcome).observe(seconds);
    if (attempt > 1) this.redeliveries.labels(consumer).inc();
  }

  /** `consumer` stored an event as a dead letter. */
  deadLettered(consumer: string): void {
    this.deadLetters.labels(consumer).inc();
  }

  /** Reports `source`'s backlog under `consumer` until the returned function is called. */
  watchConsumer(consumer: string, source: PendingSource): () => void {
    const sources = this.consumers.get(consumer) ?? [];
    sources.push(source);
    this.consumers.set(consumer, sources);
    // Zero series from the start, so a dashboard shows a consumer before its first event.
    this.handling.zero({ consumer, outcome: 'handled' });
    this.deadLetters.inc({ consumer }, 0);
    this.redeliveries.inc({ consumer }, 0);
    return () => {
      const left = (this.consumers.get(consumer) ?? []).filter((s) => s !== source);
      if (left.length) this.consumers.set(consumer, left);
      else this.consumers.delete(consumer);
    };
  }

  /** Hooks for one periodic loop named `poller`. */
  loop(poller: string): LoopMetrics {
    // Lag counts from the loop's start until its first pass ends.
    this.lastPassEnd.set(poller, performance.now());
    return {
      passEnded: (seconds, failed) => {
        this.passes.labels(poller, failed ? 'error' : 'ok').observe(seconds);
        this.lastPassEnd.set(poller, performance.now());
      },
      stopped: () => {
        this.lastPassEnd.delete(poller);
      },
    };
  }
}
