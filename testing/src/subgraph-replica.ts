import { openDatabase } from '@foodgraph/platform/db';
import { createLogger } from '@foodgraph/platform/logging';
import { connectNatsBus, readNatsBusConfig } from '@foodgraph/platform/messaging';
import { SUBGRAPH_MODULES } from '@foodgraph/stack';
import { TEST_DATABASE_URL, TEST_NATS_URL, type TestSupergraph } from './start-supergraph';
import { disposable } from './leftovers';

export interface SubgraphReplica {
  /** The replica's own `/graphql` URL (the router does not know it). */
  readonly url: string;
  stop(): Promise<void>;
}

/**
 * One more instance of a subgraph beside the stack's, with its own connection pool and NATS
 * connection, as a second process would have: it shares the database and the durable
 * consumers, so the two compete for the same events and rows. Needs the stack on PostgreSQL
 * and NATS (the defaults of `startSupergraph`).
 */
export async function startSubgraphReplica(sg: TestSupergraph, name: string): Promise<SubgraphReplica> {
  const module = SUBGRAPH_MODULES.find((m) => m.name === name);
  if (!module) throw new Error(`unknown subgraph "${name}"`);
  const logger = createLogger(`${name}-replica`, 'silent');
  const dataSource = await openDatabase({
    name,
    namespace: sg.namespace,
    serverUrl: TEST_DATABASE_URL,
    entities: module.entities,
    migrations: module.migrations,
    logger,
  });
  // The stack's bus settings: replicas of a namespace must agree on NATS_PARTITIONS above all.
  const bus = await connectNatsBus({ ...readNatsBusConfig(sg.env), url: TEST_NATS_URL, namespace: sg.namespace, logger });
  const subgraph = await module.create({ dataSource, bus, logger, routerSecret: sg.routerSecret, namespace: sg.namespace }, sg.env);
  const { url } = await subgraph.start(0, '127.0.0.1');
  return {
    url,
    stop: disposable(async () => {
      await subgraph.stop();
      await bus.close();
      await dataSource.destroy();
    }),
  };
}
