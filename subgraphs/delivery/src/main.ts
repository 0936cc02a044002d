import {
  connectNatsBus,
  createInProcessBus,
  createLogger,
  createPubSub,
  openDatabase,
  readCommonConfig,
  type EventBus,
  type PubSub,
  type Subgraph,
} from '@foodgraph/platform';
import type { DataSource } from 'typeorm';
import { readDeliveryConfig } from './config';
import { deliveryMigrations } from './db/migrations';
import { deliveryEntities } from './entities';
import { createDeliverySubgraph } from './subgraph';

/**
 * The delivery subgraph as its own process: reads the environment, opens the database and the
 * event bus, serves on `PORT` (default 4004) and shuts down cleanly on SIGINT/SIGTERM.
 */
async function main(): Promise<void> {
  const common = readCommonConfig(process.env);
  const config = readDeliveryConfig(process.env);
  const logger = createLogger('delivery', common.logLevel);
  const serverUrl = common.embedded ? undefined : common.databaseUrl;
  const natsUrl = common.embedded ? undefined : common.natsUrl;
  const redisUrl = common.embedded ? undefined : common.redisUrl;

  let dataSource: DataSource | undefined;
  let bus: EventBus | undefined;
  let pubsub: PubSub | undefined;
  let subgraph: Subgraph | undefined;
  let stopping = false;
  const shutdown = async (signal: string, code = 0): Promise<void> => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping the delivery subgraph');
    try {
      await subgraph?.stop();
      await pubsub?.close();
      await bus?.close();
      if (dataSource?.isInitialized) await dataSource.destroy();
    } catch (err) {
      logger.error({ err }, 'error while stopping');
      code = 1;
    }
    process.exit(code);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));

  try {
    const db = await openDatabase({
      name: 'delivery',
      namespace: common.namespace,
      serverUrl,
      dataDir: common.dataDir,
      entities: deliveryEntities,
      migrations: deliveryMigrations,
      logger,
    });
    dataSource = db;
    const eventBus = natsUrl
      ? await connectNatsBus({ url: natsUrl, namespace: common.namespace, logger })
      : createInProcessBus({ namespace: common.namespace, logger });
    bus = eventBus;
    // Redis lets every replica serve every subscriber; without it, subscribers of this process only.
    pubsub = createPubSub({ redisUrl, namespace: common.namespace, logger });
    subgraph = await createDeliverySubgraph({
      dataSource: db,
      bus: eventBus,
      pubsub,
      logger,
      routerSecret: common.routerSecret,
      namespace: common.namespace,
      config,
    });
    const { url } = await subgraph.start(config.port, config.host);
    logger.info(
      { url, embedded: !serverUrl, bus: natsUrl ? 'nats' : 'in-process', pubsub: redisUrl ? 'redis' : 'in-memory' },
      'delivery subgraph ready',
    );
  } catch (err) {
    logger.fatal({ err }, 'delivery subgraph failed to start');
    await shutdown('startup-failure', 1);
  }
}

void main();
