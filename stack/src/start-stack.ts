import { readFileSync } from 'node:fs';
import type { Env } from '@foodgraph/platform/config';
import { openDatabase } from '@foodgraph/platform/db';
import { createLogger, type Logger } from '@foodgraph/platform/logging';
import {
  connectNatsBus,
  createInProcessBus,
  readMessagingPruningConfig,
  readNatsBusConfig,
  startMessagingPruner,
  type EventBus,
} from '@foodgraph/platform/messaging';
import type { Clock, Subgraph } from '@foodgraph/platform/process';
import { createPubSub, type PubSub } from '@foodgraph/platform/subscriptions';
import { readTracingConfig, startTracing } from '@foodgraph/platform/tracing';
import {
  createRouter,
  readRouterConfig,
  subgraphsOfSupergraph,
  subgraphTimeoutOverrides,
  subgraphUrlOverrides,
  type Router,
  type RouterConfig,
  type RouterOptions,
} from '@foodgraph/router';
import type { DataSource } from 'typeorm';
import { SUBGRAPH_MODULES, type SubgraphModule } from './subgraph-modules';

/** Options of `startStack`. */
export interface StackOptions {
  /** Prefix of databases, NATS subjects and Redis keys. */
  namespace: string;
  /** Shared by the router and the subgraphs. */
  routerSecret: string;
  /** PostgreSQL server URL; unset → embedded PGlite. */
  databaseUrl?: string | undefined;
  /** PGlite only: where the database files go; `null` keeps them in memory. @default null */
  dataDir?: string | null;
  /** NATS URL; unset → one in-process bus shared by all subgraphs of this process. */
  natsUrl?: string | undefined;
  /** Redis URL for subscription fan-out; unset → one in-memory pub/sub shared by all subgraphs of this process. */
  redisUrl?: string | undefined;
  /** Router port (0 = any free port). @default 0 */
  routerPort?: number;
  /** Subgraph ports by name; missing ones get any free port. */
  subgraphPorts?: Readonly<Record<string, number>>;
  /** @default "127.0.0.1" */
  host?: string;
  /** Only these subgraphs (the supergraph still names all; the others fail at query time). */
  only?: readonly string[];
  /**
   * Settings, read by the subgraphs' own config readers (JWT TTLs, admin bootstrap, …) and by
   * the router's (`readRouterConfig`: PERSISTED_QUERIES, ROUTER_MAX_*, EXPLORER, JWT_ISSUER,
   * REDIS_URL for APQ…), so a variable means the same here as in a standalone process.
   * `ROUTER_SIGNING_SECRET` and `FOODGRAPH_NAMESPACE` come from `routerSecret` and `namespace`.
   */
  env?: Env;
  /** Router options over those read from `env` (tests: limits, timeouts…). */
  router?: Partial<RouterOptions>;
  /** @default `SUPERGRAPH` from `env`, else schema/supergraph.graphql */
  supergraphPath?: string;
  logger?: Logger;
  clock?: Clock;
}

export interface RunningSubgraph {
  readonly subgraph: Subgraph;
  readonly url: string;
  readonly dataSource: DataSource;
}

export interface Stack {
  /** The router's GraphQL endpoint. */
  readonly url: string;
  readonly router: Router;
  readonly subgraphs: Readonly<Record<string, RunningSubgraph>>;
  readonly bus: EventBus;
  /**
   * Stops one subgraph and starts a fresh instance of it on the same port, database and bus,
   * as a process restart would (timers and in-memory state are gone, rows stay). `whileDown`
   * runs in between, e.g. to let a stored deadline fall due while nothing polls for it. Tests
   * use it; the router keeps its URL, since the port is the same.
   */
  restartSubgraph(name: string, options?: { whileDown?: () => Promise<void> }): Promise<RunningSubgraph>;
  /** Stops the router, the subgraphs, the bus and the databases, in that order. */
  stop(): Promise<void>;
}

/**
 * Starts every subgraph and the router in this process: the all-in-one `npm start` and the
 * integration tests use it, production runs each `main.ts` on its own instead. If anything
 * fails half-way, what was started is stopped again before the error is rethrown.
 */
export async function startStack(options: StackOptions): Promise<Stack> {
  const logger = options.logger ?? createLogger('foodgraph');
  const host = options.host ?? '127.0.0.1';
  const env = options.env ?? {};
  // One subscription fan-out for every subgraph of the process; closed last, after them.
  const pubsub = createPubSub({ redisUrl: options.redisUrl, namespace: options.namespace, logger: logger.child({ component: 'pubsub' }) });
  const modules = SUBGRAPH_MODULES.filter((m) => !options.only || options.only.includes(m.name)).map((m) => sharingPubsub(m, pubsub));
  // Before anything that makes spans is built; each component keeps its own service name here
  // (OTEL_SERVICE_NAME is for a process that runs one). Flushed last, after everything stopped.
  const tracingConfig = readTracingConfig(env);
  const tracing = startTracing(tracingConfig && { ...tracingConfig, serviceName: undefined });
  const cleanups: (() => Promise<unknown>)[] = [() => tracing.shutdown(), () => pubsub.close()];
  const stopAll = async () => {
    for (const cleanup of cleanups.splice(0).reverse()) {
      await cleanup().catch((err: unknown) => logger.error({ err }, 'error while stopping'));
    }
  };

  try {
    // Every database is created and migrated at once, and while the bus connects (each its own,
    // nothing to take turns on): creating and migrating six databases in a row was most of a
    // test stack's start-up.
    const databases = openSubgraphDatabases(modules, options, logger);
    cleanups.push(() => databases.close());
    const bus = options.natsUrl
      ? await connectNatsBus({
          ...readNatsBusConfig(env),
          url: options.natsUrl,
          namespace: options.namespace,
          logger: logger.child({ component: 'bus' }),
        })
      : createInProcessBus({ namespace: options.namespace, logger: logger.child({ component: 'bus' }) });
    cleanups.push(() => bus.close());

    const pruning = readMessagingPruningConfig(env);
    const subgraphs: Record<string, RunningSubgraph> = {};
    // The subgraphs start side by side too: each mostly waits on NATS (streams, durables) and
    // on its own database, and none needs another to start (the router, made below, needs
    // users' JWKS). Each one that started is stopped again should another fail.
    const started = await Promise.allSettled(
      modules.map(async (module, index) => startSubgraph(module, await databases.opened[index], bus, options, env, logger, host, 0)),
    );
    for (const [index, module] of modules.entries()) {
      const result = started[index];
      if (result.status === 'rejected') continue;
      subgraphs[module.name] = result.value;
      // Stops whichever instance runs by then (restartSubgraph may have replaced it).
      cleanups.push(() => subgraphs[module.name].subgraph.stop());
      // As each subgraph process does; it prunes the database, so it outlives subgraph restarts.
      if (pruning.intervalMs > 0) {
        const pruner = startMessagingPruner(result.value.dataSource, logger.child({ service: module.name }), pruning);
        cleanups.push(() => pruner.stop());
      }
    }
    const failed = started.find((result) => result.status === 'rejected');
    if (failed) throw failed.reason;

    const restartSubgraph: Stack['restartSubgraph'] = async (name, restart = {}) => {
      const module = modules.find((m) => m.name === name);
      const current = subgraphs[name];
      if (!module || !current) throw new Error(`no subgraph "${name}" runs in this stack`);
      await current.subgraph.stop();
      await restart.whileDown?.();
      const port = Number(new URL(current.url).port);
      subgraphs[name] = await startSubgraph(module, current.dataSource, bus, options, env, logger, host, port);
      return subgraphs[name];
    };

    // The standalone router's own reader, so every router variable works under `npm start` too.
    const config = readRouterConfig({ ...env, ROUTER_SIGNING_SECRET: options.routerSecret, FOODGRAPH_NAMESPACE: options.namespace });
    const supergraphSdl = readFileSync(options.supergraphPath ?? config.supergraphPath, 'utf8');
    const names = subgraphsOfSupergraph(supergraphSdl).map((s) => s.name);
    const router = createRouter({
      ...routerOptionsOf(config),
      subgraphTimeouts: subgraphTimeoutOverrides(config.subgraphTimeoutVariables, names).timeouts,
      ...options.router,
      supergraphSdl,
      routerSecret: options.routerSecret,
      logger: logger.child({ service: 'router' }),
      // The API key limit counts in the stack's Redis (when it has one), under its namespace.
      rateLimits: { ...config.rateLimits, redisUrl: options.redisUrl, namespace: options.namespace, ...options.router?.rateLimits },
      // Subgraphs run elsewhere (SUBGRAPH_<NAME>_URL, or a test's child process named in
      // router.subgraphUrls) for those this stack does not run; its own always win.
      subgraphUrls: {
        ...subgraphUrlOverrides(config.subgraphUrlVariables, names).urls,
        ...options.router?.subgraphUrls,
        ...Object.fromEntries(Object.entries(subgraphs).map(([name, s]) => [name, s.url])),
      },
    });
    const { url } = await router.listen(options.routerPort ?? 0, host);
    cleanups.push(() => router.stop());
    return { url, router, subgraphs, bus, restartSubgraph, stop: stopAll };
  } catch (err) {
    await stopAll();
    throw err;
  }
}

/** The router options of a `RouterConfig`: what only the standalone process uses is left out. */
function routerOptionsOf(config: RouterConfig): Omit<RouterOptions, 'supergraphSdl' | 'routerSecret'> {
  const {
    port: _port,
    host: _host,
    supergraphPath: _supergraphPath,
    subgraphUrlVariables: _urls,
    subgraphTimeoutVariables: _timeouts,
    logLevel: _logLevel,
    workers: _workers,
    secretGenerated: _secretGenerated,
    routerSecret: _routerSecret,
    ...options
  } = config;
  return options;
}

/**
 * Opens every module's database at once. `close` destroys those that opened, after waiting for
 * the others to settle, so a failure half-way leaves no pool behind.
 */
function openSubgraphDatabases(
  modules: readonly SubgraphModule[],
  options: StackOptions,
  logger: Logger,
): { opened: Promise<DataSource>[]; close(): Promise<void> } {
  const opened = modules.map((module) => openSubgraphDatabase(module, options, logger));
  // Rejections are seen by whoever awaits them (startStack) or by `close`, never unhandled.
  for (const dataSource of opened) dataSource.catch(() => undefined);
  return {
    opened,
    close: async () => {
      const settled = await Promise.allSettled(opened);
      const open = settled.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
      await Promise.all(open.map((dataSource) => dataSource.destroy()));
    },
  };
}

function openSubgraphDatabase(module: SubgraphModule, options: StackOptions, logger: Logger): Promise<DataSource> {
  return openDatabase({
    name: module.name,
    namespace: options.namespace,
    ...(options.databaseUrl ? { serverUrl: options.databaseUrl } : { dataDir: options.dataDir ?? null }),
    entities: module.entities,
    migrations: module.migrations,
    logger: logger.child({ service: module.name }),
  });
}

async function startSubgraph(
  module: SubgraphModule,
  dataSource: DataSource,
  bus: EventBus,
  options: StackOptions,
  env: Env,
  logger: Logger,
  host: string,
  fallbackPort: number,
): Promise<RunningSubgraph> {
  const subgraph = await module.create(
    {
      dataSource,
      bus,
      logger: logger.child({ service: module.name }),
      routerSecret: options.routerSecret,
      namespace: options.namespace,
      redisUrl: options.redisUrl,
      ...(options.clock ? { clock: options.clock } : {}),
    },
    env,
  );
  const { url } = await subgraph.start(options.subgraphPorts?.[module.name] ?? fallbackPort, host);
  return { subgraph, url, dataSource };
}

/** The module with the process's pub/sub among the dependencies of every instance it creates. */
function sharingPubsub(module: SubgraphModule, pubsub: PubSub): SubgraphModule {
  return { ...module, create: (deps, env) => module.create({ ...deps, pubsub }, env) };
}
