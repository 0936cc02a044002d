import type { DataSource } from 'typeorm';
import { bool, readCommonConfig, type Env } from '../config';
import { openDatabase } from '../db/open-database';
import { createLogger } from '../logging';
import type { EventBus } from '../messaging/event-bus';
import { createInProcessBus } from '../messaging/in-process-bus';
import { startMessagingPruner } from '../messaging/messaging-pruner';
import { readMessagingPruningConfig } from '../messaging/messaging-pruning-config';
import { connectNatsBus } from '../messaging/nats-bus';
import { readNatsBusConfig } from '../messaging/nats-bus-config';
import type { PeriodicLoop } from '../polling/periodic-loop';
import { createPubSub, type PubSub } from '../subscriptions/create-pubsub';
import type { Subgraph } from '../subgraph-runtime';
import { readTracingConfig } from '../tracing/tracing-config';
import { startTracing } from '../tracing/start-tracing';
import { exitGracefullyOnSignals, onShutdown, readShutdownGrace } from './graceful-shutdown';
import type { SubgraphDescriptor } from './subgraph-descriptor';

/** What a subgraph's process entry point runs: its descriptor (or the part of it a process needs). */
export type SubgraphProcessSpec<Config extends { port: number; host: string }> = Pick<
  SubgraphDescriptor<Config>,
  'name' | 'entities' | 'migrations' | 'readConfig' | 'create' | 'pubsub'
>;

/**
 * Runs one subgraph as its own process: reads the environment once, opens its database (a
 * PostgreSQL server, or PGlite when embedded) and the event bus (NATS, or in-process when
 * embedded), starts it on its port together with the pruning of its outbox and inbox tables
 * (`MESSAGING_PRUNE_INTERVAL`, 0 = off), and on SIGINT/SIGTERM stops them, then pub/sub, bus
 * and database, in that order, then runs the shutdown hooks (trace flush) — all within
 * `SHUTDOWN_GRACE`, or it exits 1. A failed start is logged and exits 1 after releasing what opened.
 *
 * With `FOODGRAPH_MIGRATE_ONLY=true` it opens (creates and migrates) the database and exits 0:
 * a Kubernetes init container runs that before the serving container of a new pod, so a long
 * migration holds back that pod alone, never trips its liveness probe, and a failed one shows
 * as `Init:Error` while the old pods keep serving.
 */
export function runSubgraphProcess<Config extends { port: number; host: string }>(spec: SubgraphProcessSpec<Config>, env: Env): void {
  const common = readCommonConfig(env);
  const config = spec.readConfig(env);
  const pruning = readMessagingPruningConfig(env);
  const migrateOnly = bool(env, 'FOODGRAPH_MIGRATE_ONLY', false);
  // Before anything that makes spans is built (database, server, consumers decide at creation);
  // its last batch leaves once everything has stopped.
  const tracing = startTracing(readTracingConfig(env));
  onShutdown('trace flush', () => tracing.shutdown());
  const logger = createLogger(spec.name, common.logLevel);
  const serverUrl = common.embedded ? undefined : common.databaseUrl;
  const natsUrl = common.embedded ? undefined : common.natsUrl;
  const redisUrl = common.embedded ? undefined : common.redisUrl;

  let dataSource: DataSource | undefined;
  let bus: EventBus | undefined;
  let pubsub: PubSub | undefined;
  let subgraph: Subgraph | undefined;
  let pruner: PeriodicLoop | undefined;
  // Stops what opened, in reverse order; the graceful exit adds the deadline and the hooks.
  const stopAll = async (reason: string): Promise<void> => {
    logger.info({ reason }, `stopping the ${spec.name} subgraph`);
    await subgraph?.stop();
    await pruner?.stop();
    await pubsub?.close();
    await bus?.close();
    if (dataSource?.isInitialized) await dataSource.destroy();
  };
  const { begin: shutdown } = exitGracefullyOnSignals({ logger, graceMs: readShutdownGrace(env), stop: stopAll });

  void (async () => {
    try {
      dataSource = await openDatabase({
        name: spec.name,
        namespace: common.namespace,
        serverUrl,
        dataDir: common.dataDir,
        entities: spec.entities,
        migrations: spec.migrations,
        logger,
      });
      if (migrateOnly) {
        logger.info({ embedded: !serverUrl }, `${spec.name} database migrated (FOODGRAPH_MIGRATE_ONLY)`);
        shutdown('migrate-only');
        return;
      }
      bus = natsUrl
        ? await connectNatsBus({ ...readNatsBusConfig(env), url: natsUrl, namespace: common.namespace, logger })
        : createInProcessBus({ namespace: common.namespace, logger });
      // Redis lets every replica serve every subscriber; without it, subscribers of this process only.
      if (spec.pubsub) pubsub = createPubSub({ redisUrl, namespace: common.namespace, logger });
      subgraph = await spec.create(
        {
          dataSource,
          bus,
          logger,
          routerSecret: common.routerSecret,
          namespace: common.namespace,
          redisUrl,
          ...(pubsub ? { pubsub } : {}),
        },
        config,
      );
      const { url } = await subgraph.start(config.port, config.host);
      if (pruning.intervalMs > 0) pruner = startMessagingPruner(dataSource, logger, pruning);
      logger.info(
        {
          url,
          embedded: !serverUrl,
          bus: natsUrl ? 'nats' : 'in-process',
          messagingPruning: pruning.intervalMs > 0 ? 'on' : 'off',
          ...(spec.pubsub ? { pubsub: redisUrl ? 'redis' : 'in-memory' } : {}),
        },
        `${spec.name} subgraph ready`,
      );
    } catch (err) {
      logger.fatal({ err }, `${spec.name} subgraph failed to start`);
      shutdown('startup-failure', 1);
    }
  })();
}
