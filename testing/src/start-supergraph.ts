import { randomBytes } from 'node:crypto';
import { dropDatabase } from '@foodgraph/platform/db';
import { createLogger, type Logger } from '@foodgraph/platform/logging';
import { DEFAULT_NATS_BUS, deleteNamespaceStreams } from '@foodgraph/platform/messaging';
import type { Clock } from '@foodgraph/platform/process';
import { disposable } from './leftovers';
import { startStack, SUBGRAPH_MODULES, type Stack, type StackOptions } from '@foodgraph/stack';
import { postGraphQL, type GraphQLResult, type RequestOptions } from '@foodgraph/stack';

/** The real services on this machine (CI starts them); override with the usual variables. */
export const TEST_DATABASE_URL = process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const TEST_NATS_URL = process.env['NATS_URL'] ?? 'nats://127.0.0.1:4222';
export const TEST_REDIS_URL = process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379';

export const TEST_ADMIN = { email: 'admin@test.foodgraph', password: 'admin-password-for-tests' } as const;

/**
 * `env` of a stack whose test is about partitions (replicas sharing them, partition durables):
 * the production number, where test stacks run one (see `startSupergraph`).
 */
export const PRODUCTION_PARTITIONS = { NATS_PARTITIONS: String(DEFAULT_NATS_BUS.partitions) } as const;

export interface TestSupergraphOptions {
  /** Event transport. @default 'nats' */
  bus?: 'nats' | 'in-process';
  /** Subscription fan-out (channels prefixed with the test's namespace). @default 'redis' */
  pubsub?: 'redis' | 'in-memory';
  /** Database engine. @default 'postgres' (the real server); 'pglite' runs in memory */
  database?: 'postgres' | 'pglite';
  /** Only these subgraphs run in this process; name the others' URLs in `router.subgraphUrls`. */
  only?: readonly string[];
  /** Settings for the subgraphs' config readers (timeouts, secrets…). */
  env?: StackOptions['env'];
  /** Extra router options, e.g. `subgraphUrls` of subgraphs run as separate processes. */
  router?: StackOptions['router'];
  clock?: Clock;
  logger?: Logger;
}

export interface TestSupergraph {
  readonly url: string;
  readonly namespace: string;
  readonly routerSecret: string;
  /**
   * The settings the subgraphs were started with (`options.env` over the test defaults), e.g.
   * `SANDBOX_WEBHOOK_SECRET` to sign payment webhooks or to start a subgraph process alike.
   */
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stack: Stack;
  /** One operation through the router. */
  query<Data = Record<string, unknown>>(query: string, options?: RequestOptions): Promise<GraphQLResult<Data>>;
  /** Stops everything and removes this test's databases and NATS streams. */
  stop(): Promise<void>;
}

/**
 * Starts the router and the subgraphs on port 0 against the real PostgreSQL and NATS, in a
 * fresh namespace (own databases, own streams), with a bootstrap admin (`TEST_ADMIN`).
 * Call `stop()` in `afterAll`; whatever a test file leaves running is stopped after it anyway.
 */
export async function startSupergraph(options: TestSupergraphOptions = {}): Promise<TestSupergraph> {
  const namespace = `test_${randomBytes(4).toString('hex')}`;
  const routerSecret = randomBytes(32).toString('hex');
  const usePostgres = (options.database ?? 'postgres') === 'postgres';
  const useNats = (options.bus ?? 'nats') === 'nats';
  const env = {
    FOODGRAPH_ADMIN_EMAIL: TEST_ADMIN.email,
    FOODGRAPH_ADMIN_PASSWORD: TEST_ADMIN.password,
    // A fresh one per run, so a test signs webhooks with what this stack verifies.
    SANDBOX_WEBHOOK_SECRET: randomBytes(24).toString('hex'),
    // Every test calls from 127.0.0.1 and the kit makes customers by the hundred, so the
    // per-address limits are off unless a test turns one on; per-account limits stay on.
    RATE_LIMIT_LOGIN_PER_ADDRESS: 'off',
    RATE_LIMIT_REGISTER_PER_ADDRESS: 'off',
    RATE_LIMIT_GUEST_PER_ADDRESS: 'off',
    // One partition per consumer: each is a JetStream durable per producer stream and a lease,
    // claimed one after the other at start-up, which with 4 made a stack take several seconds
    // longer to start and stop. Partitioning itself is tested where it matters (the bus's own
    // suites; scale-out and graceful shutdown pass PRODUCTION_PARTITIONS). Every process of the
    // stack reads this same env (subgraph processes and replicas take `env` below).
    NATS_PARTITIONS: '1',
    ...options.env,
  };
  const stack = await startStack({
    namespace,
    routerSecret,
    databaseUrl: usePostgres ? TEST_DATABASE_URL : undefined,
    dataDir: null,
    natsUrl: useNats ? TEST_NATS_URL : undefined,
    redisUrl: (options.pubsub ?? 'redis') === 'redis' ? TEST_REDIS_URL : undefined,
    env,
    logger: options.logger ?? createLogger('test', 'silent'),
    ...(options.only ? { only: options.only } : {}),
    ...(options.router ? { router: options.router } : {}),
    ...(options.clock ? { clock: options.clock } : {}),
  });
  return {
    url: stack.url,
    namespace,
    routerSecret,
    env,
    stack,
    query: (query, requestOptions) => postGraphQL(stack.url, query, requestOptions),
    stop: disposable(async () => {
      await stack.stop();
      // Independent of each other, and each DROP DATABASE waits for a checkpoint: in parallel.
      await Promise.all([
        ...(usePostgres ? SUBGRAPH_MODULES.map((module) => dropDatabase(TEST_DATABASE_URL, `${namespace}_${module.name}`)) : []),
        ...(useNats ? [deleteNamespaceStreams(TEST_NATS_URL, namespace)] : []),
      ]);
    }),
  };
}
