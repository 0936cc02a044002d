import { connectNatsBus, createInProcessBus, createLogger, openDatabase, readCommonConfig, type EventBus } from '@foodgraph/platform';
import type { DataSource } from 'typeorm';
import { readUsersConfig } from './config';
import { usersMigrations } from './db/migrations';
import { usersEntities } from './entities';
import { createUsersSubgraph, type UsersSubgraph } from './subgraph';

/**
 * The users subgraph as its own process: reads the environment, opens the database and the
 * event bus, serves on `PORT` (default 4001) and shuts down cleanly on SIGINT/SIGTERM.
 */
async function main(): Promise<void> {
  const common = readCommonConfig(process.env);
  const config = readUsersConfig(process.env);
  const logger = createLogger('users', common.logLevel);
  const serverUrl = common.embedded ? undefined : common.databaseUrl;
  const natsUrl = common.embedded ? undefined : common.natsUrl;

  let dataSource: DataSource | undefined;
  let bus: EventBus | undefined;
  let subgraph: UsersSubgraph | undefined;
  let stopping = false;
  const shutdown = async (signal: string, code = 0): Promise<void> => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping the users subgraph');
    try {
      await subgraph?.stop();
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
    dataSource = await openDatabase({
      name: 'users',
      namespace: common.namespace,
      serverUrl,
      dataDir: common.dataDir,
      entities: usersEntities,
      migrations: usersMigrations,
      logger,
    });
    bus = natsUrl
      ? await connectNatsBus({ url: natsUrl, namespace: common.namespace, logger })
      : createInProcessBus({ namespace: common.namespace, logger });
    subgraph = await createUsersSubgraph({
      dataSource,
      bus,
      logger,
      routerSecret: common.routerSecret,
      namespace: common.namespace,
      config,
    });
    const { url } = await subgraph.start(config.port, config.host);
    logger.info({ url, embedded: !serverUrl, bus: natsUrl ? 'nats' : 'in-process' }, 'users subgraph ready');
  } catch (err) {
    logger.fatal({ err }, 'users subgraph failed to start');
    await shutdown('startup-failure', 1);
  }
}

void main();
