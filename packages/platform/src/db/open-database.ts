import { join } from 'node:path';
import { DataSource, type DataSourceOptions, type EntitySchema, type MigrationInterface } from 'typeorm';
import type { Logger } from '../logging';
import { messagingEntities, messagingMigrations } from '../messaging/messaging-schema';
import { tracingEnabled } from '../tracing/active-tracing';
import { traceQueries } from '../tracing/trace-queries';
import { createPgliteDriver } from './pglite-driver';
import { assertDatabaseName, ensureDatabase, urlForDatabase } from './postgres-server';
import { runMigrationsExclusively } from './run-migrations';
import { typeormLogger } from './typeorm-logger';

/** An entity class (or schema) as TypeORM takes it. */
export type EntityClass = EntitySchema | (new (...args: never[]) => object);
/** A migration class as TypeORM takes it. */
export type MigrationClass = new (...args: never[]) => MigrationInterface;

export interface OpenDatabaseOptions {
  /** The subgraph's name, e.g. `orders`; the database is `<namespace>_<name>`. */
  name: string;
  /** Prefix shared by this stack's databases, e.g. `foodgraph` (tests use one containing `test`). */
  namespace: string;
  /** A PostgreSQL server URL (any database in it). Unset → embedded PGlite. */
  serverUrl?: string;
  /** PGlite only: parent directory of the database files; `null` keeps them in memory. @default null */
  dataDir?: string | null;
  entities: EntityClass[];
  migrations: MigrationClass[];
  logger: Logger;
  /** Server only: connections in the pool. @default 10 */
  poolSize?: number;
}

/**
 * Opens the subgraph's own database, creating it on first use, and migrates it: the outbox,
 * inbox and dead-letter tables first, then the subgraph's migrations. Returns an initialized
 * DataSource; the caller destroys it.
 */
export async function openDatabase(options: OpenDatabaseOptions): Promise<DataSource> {
  const database = `${options.namespace}_${options.name}`;
  assertDatabaseName(database);
  const logger = options.logger.child({ database });
  const common = {
    type: 'postgres' as const,
    entities: [...messagingEntities, ...options.entities],
    migrations: [...messagingMigrations, ...options.migrations],
    synchronize: false,
    // Migrations run below under an advisory lock instead (see run-migrations.ts).
    migrationsRun: false,
    logger: typeormLogger(logger),
    maxQueryExecutionTime: 1000,
  };

  let dataSource: DataSource;
  let closeDriver = async (): Promise<void> => undefined;
  if (options.serverUrl) {
    await ensureDatabase(options.serverUrl, database);
    const serverOptions: DataSourceOptions = {
      ...common,
      url: urlForDatabase(options.serverUrl, database),
      poolSize: options.poolSize ?? 10,
      applicationName: `foodgraph-${options.name}`,
      // Keep-alive stops NATs and load balancers from silently dropping idle pooled connections.
      extra: { keepAlive: true, idleTimeoutMillis: 30_000 },
    };
    dataSource = new DataSource(serverOptions);
  } else {
    const dataDir = options.dataDir ? join(options.dataDir, database) : null;
    const driver = await createPgliteDriver({ dataDir });
    closeDriver = () => driver.close();
    dataSource = new DataSource({ ...common, driver, database });
  }

  // Decided once: with tracing off, queries run through TypeORM's runners untouched.
  if (tracingEnabled()) traceQueries(dataSource, options.name);
  try {
    await dataSource.initialize();
    await runMigrationsExclusively(dataSource, logger);
  } catch (error) {
    if (dataSource.isInitialized) await dataSource.destroy();
    await closeDriver();
    throw error;
  }
  logger.debug({ embedded: !options.serverUrl }, 'database ready');
  return dataSource;
}
