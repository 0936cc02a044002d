import 'reflect-metadata';
import { connectNatsBus, createInProcessBus, createLogger, openDatabase, readCommonConfig, type EventBus } from '@foodgraph/platform';
import { createMenuSubgraph, menuEntities, menuMigrations, readMenuConfig } from './index';

/**
 * Process entry of the menu subgraph: the only place that reads `process.env`, opens the
 * database and the bus, listens, and exits.
 */
async function main(): Promise<void> {
  const common = readCommonConfig(process.env);
  const config = readMenuConfig(process.env);
  const logger = createLogger('menu', common.logLevel);
  const embedded = common.embedded || !common.databaseUrl;
  const dataSource = await openDatabase({
    name: 'menu',
    namespace: common.namespace,
    ...(embedded ? { dataDir: common.dataDir } : { serverUrl: common.databaseUrl }),
    entities: menuEntities,
    migrations: menuMigrations,
    logger,
  });
  // The in-process bus only reaches consumers in this same process: fine for a lone menu
  // process in development, while deployments set NATS_URL.
  const bus: EventBus =
    common.natsUrl && !common.embedded
      ? await connectNatsBus({ url: common.natsUrl, namespace: common.namespace, logger })
      : createInProcessBus({ namespace: common.namespace, logger });
  const subgraph = await createMenuSubgraph({
    dataSource,
    bus,
    logger,
    routerSecret: common.routerSecret,
    namespace: common.namespace,
    config,
  });
  const { url } = await subgraph.start(config.port, config.host);
  logger.info({ url }, 'menu subgraph ready');

  let stopping = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    void (async () => {
      try {
        await subgraph.stop();
        await bus.close();
        await dataSource.destroy();
        process.exit(0);
      } catch (err) {
        logger.error({ err }, 'shutdown failed');
        process.exit(1);
      }
    })();
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

main().catch((err: unknown) => {
  // Config errors carry a message naming the variable; print it plainly and fail.
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
