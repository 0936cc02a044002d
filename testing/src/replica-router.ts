import { readFileSync } from 'node:fs';
import { openDatabase } from '@foodgraph/platform/db';
import { createLogger, type Logger } from '@foodgraph/platform/logging';
import { connectNatsBus, readNatsBusConfig } from '@foodgraph/platform/messaging';
import type { Subgraph } from '@foodgraph/platform/process';
import { createPubSub } from '@foodgraph/platform/subscriptions';
import { createRouter, DEFAULT_SUPERGRAPH_PATH, type Router, type RouterOptions } from '@foodgraph/router';
import { SUBGRAPH_MODULES } from '@foodgraph/stack';
import { TEST_DATABASE_URL, TEST_NATS_URL, TEST_REDIS_URL, type TestSupergraph } from './start-supergraph';
import { disposable } from './leftovers';

/** A second router in front of a second instance of one subgraph (see `startReplicaBehindRouter`). */
export interface ReplicaBehindRouter {
  /** The second router's `/graphql` URL (HTTP and graphql-ws). */
  readonly url: string;
  readonly router: Router;
  /** The second instance of the subgraph, which only this router talks to. */
  readonly subgraph: Subgraph;
  stop(): Promise<void>;
}

/**
 * What a second deployment of the edge looks like: one more instance of subgraph `name` over
 * the stack's database, NATS streams (its durable consumers compete with the first instance's
 * for the same events) and Redis pub/sub namespace, and one more router that sends `name` to
 * that instance and everything else to the stack's subgraphs. Needs the stack on PostgreSQL,
 * NATS and Redis (the defaults of `startSupergraph`). Both share the stack's Redis for rate-limit
 * counters too; `routerOptions` go to the second router (trusted proxies, quotas…).
 */
export async function startReplicaBehindRouter(
  sg: TestSupergraph,
  name: string,
  logger: Logger = createLogger(`${name}-replica`, 'silent'),
  routerOptions: Partial<RouterOptions> = {},
): Promise<ReplicaBehindRouter> {
  const module = SUBGRAPH_MODULES.find((m) => m.name === name);
  if (!module) throw new Error(`unknown subgraph "${name}"`);
  const cleanups: (() => Promise<unknown>)[] = [];
  const stop = disposable(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });
  try {
    const dataSource = await openDatabase({
      name,
      namespace: sg.namespace,
      serverUrl: TEST_DATABASE_URL,
      entities: module.entities,
      migrations: module.migrations,
      logger,
    });
    cleanups.push(() => dataSource.destroy());
    // The stack's bus settings: replicas of a namespace must agree on NATS_PARTITIONS above all.
    const bus = await connectNatsBus({ ...readNatsBusConfig(sg.env), url: TEST_NATS_URL, namespace: sg.namespace, logger });
    cleanups.push(() => bus.close());
    const pubsub = createPubSub({ redisUrl: TEST_REDIS_URL, namespace: sg.namespace, logger });
    cleanups.push(() => pubsub.close());
    const subgraph = await module.create(
      { dataSource, bus, pubsub, logger, routerSecret: sg.routerSecret, namespace: sg.namespace, redisUrl: TEST_REDIS_URL },
      sg.env,
    );
    const { url: subgraphUrl } = await subgraph.start(0, '127.0.0.1');
    cleanups.push(() => subgraph.stop());

    const subgraphUrls = Object.fromEntries(Object.entries(sg.stack.subgraphs).map(([n, s]) => [n, s.url]));
    const router = createRouter({
      supergraphSdl: readFileSync(DEFAULT_SUPERGRAPH_PATH, 'utf8'),
      routerSecret: sg.routerSecret,
      logger,
      ...routerOptions,
      subgraphUrls: { ...subgraphUrls, [name]: subgraphUrl },
      rateLimits: { redisUrl: TEST_REDIS_URL, namespace: sg.namespace, ...routerOptions.rateLimits },
    });
    const { url } = await router.listen(0, '127.0.0.1');
    cleanups.push(() => router.stop());
    return { url, router, subgraph, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}
