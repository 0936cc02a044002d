import type { GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import type { SubgraphServer } from '../http/subgraph-server';
import type { Logger } from '../logging';
import type { OutboxNudger } from '../messaging/change-origin';
import type { ConsumerHandle, EventBus } from '../messaging/event-bus';
import { startConsumer, type ConsumerDeliveryOptions, type EventHandlers } from '../messaging/inbox-consumer';
import { startOutboxRelay, type OutboxRelay } from '../messaging/outbox-relay';
import { deadLetterRedriveConsumer } from '../messaging/redrive-dead-letter';
import { withLoopMetrics } from '../metrics/loop-metrics-scope';
import { SubgraphMetrics } from '../metrics/subgraph-metrics';
import type { Subgraph } from '../subgraph-runtime';

/**
 * One durable consumer of a subgraph: its name, the reactions it runs, and (optionally) the
 * events it leaves alone and whether it does without the inbox (`ConsumerDeliveryOptions`).
 */
export interface ConsumerSpec extends ConsumerDeliveryOptions {
  /** Durable consumer name, unique per subgraph and purpose, e.g. `orders-saga`. */
  consumer: string;
  handlers: EventHandlers;
}

/** Background work of a subgraph besides its consumers: a poller, a simulator. */
export interface BackgroundWorker {
  stop(): Promise<void>;
}

export interface SubgraphLifecycleOptions {
  name: string;
  dataSource: DataSource;
  bus: EventBus;
  logger: Logger;
  /** Pause between outbox relay polls (a commit nudges it sooner). @default the relay's */
  outboxPollMs?: number;
  /** The subgraph's series behind its `GET /metrics`. @default a fresh registry with process metrics */
  metrics?: SubgraphMetrics;
}

export interface SubgraphParts {
  schema: GraphQLSchema;
  server: SubgraphServer;
  consumers: readonly ConsumerSpec[];
  /** Started after the consumers, in order; a factory may return null when switched off. */
  workers?: ReadonlyArray<() => BackgroundWorker | null>;
  /** Runs after everything has stopped, e.g. to close a pub/sub the subgraph made itself. */
  release?: () => Promise<void>;
}

export interface SubgraphLifecycle {
  /** For services made before `start()`: nudges whichever relay runs. */
  readonly outbox: OutboxNudger;
  /** Readiness: the database answers and every consumer runs (behind `GET /ready`). */
  readonly ready: () => Promise<boolean>;
  /** The subgraph's Prometheus series; `assemble` serves them on the server's `GET /metrics`. */
  readonly metrics: SubgraphMetrics;
  /** The subgraph over its parts: `start()` and `stop()` in the one order every subgraph uses. */
  assemble(parts: SubgraphParts): Subgraph;
}

/**
 * The start/stop every subgraph shares. `start(port)` starts the outbox relay, then each
 * consumer, then the workers, then listens; `stop()` stops listening first (no new work), then
 * consumers, workers and the relay last (so what they committed is still published), then
 * `release`. Both are idempotent, so a test or a signal may call them twice. Every consumer
 * nudges the relay after a handled event commits.
 */
export function createSubgraphLifecycle(options: SubgraphLifecycleOptions): SubgraphLifecycle {
  const { dataSource, bus, logger } = options;
  let relay: OutboxRelay | null = null;
  let consumers: ConsumerHandle[] = [];
  let workers: BackgroundWorker[] = [];
  let expectedConsumers = Number.POSITIVE_INFINITY;
  const metrics = options.metrics ?? new SubgraphMetrics(dataSource);
  const relayOptions = {
    metrics,
    component: options.name,
    ...(options.outboxPollMs === undefined ? {} : { pollMs: options.outboxPollMs }),
  };

  return {
    outbox: { nudge: () => relay?.nudge() },
    metrics,
    ready: async () => {
      await dataSource.query('SELECT 1');
      return consumers.length === expectedConsumers;
    },
    assemble(parts) {
      // Every subgraph also answers the admin console's redrive requests for its dead letters.
      const specs = [...parts.consumers, deadLetterRedriveConsumer(options.name, logger, parts.consumers)];
      expectedConsumers = specs.length;
      parts.server.useMetrics(metrics);
      return {
        name: options.name,
        schema: parts.schema,
        subscriptions: parts.server.subscriptions,
        async start(port, host) {
          relay ??= startOutboxRelay(dataSource, bus, logger, relayOptions);
          if (consumers.length === 0) {
            // What a reaction wrote to the outbox leaves as soon as its transaction commits.
            const onCommitted = (): void => relay?.nudge();
            for (const spec of specs)
              consumers.push(
                await startConsumer(dataSource, bus, logger, {
                  onCommitted,
                  metrics,
                  component: options.name,
                  subgraph: options.name,
                  ...spec,
                }),
              );
          }
          if (workers.length === 0) {
            for (const start of parts.workers ?? []) {
              // Pollers built on startPeriodicLoop pick the subgraph's metrics up from the scope.
              const worker = withLoopMetrics(metrics, start);
              if (worker) workers.push(worker);
            }
          }
          return parts.server.listen(port, host);
        },
        async stop() {
          await parts.server.stop();
          await Promise.all(consumers.map((consumer) => consumer.stop()));
          consumers = [];
          for (const worker of workers.reverse()) await worker.stop();
          workers = [];
          await relay?.stop();
          relay = null;
          await parts.release?.();
        },
      };
    },
  };
}
