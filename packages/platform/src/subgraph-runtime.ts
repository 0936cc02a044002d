import type { GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import type { Logger } from './logging';
import type { EventBus } from './messaging/event-bus';
import type { PubSub } from './subscriptions/create-pubsub';
import type { SubgraphSubscriptions } from './subscriptions/serve-subgraph-subscriptions';

/** Time source, injected so tests can move time (timeouts, opening hours). */
export type Clock = () => Date;
export const systemClock: Clock = () => new Date();

/**
 * What every subgraph factory receives. The caller owns these and closes them: the process
 * entry point, the all-in-one `npm start`, or a test.
 */
export interface SubgraphDeps {
  /** Already initialized and migrated with the subgraph's entities and migrations. */
  dataSource: DataSource;
  bus: EventBus;
  logger: Logger;
  /** Secret shared with the router; unsigned GraphQL requests are refused. */
  routerSecret: string;
  /** Prefix of this stack's NATS subjects, Redis keys and database names. */
  namespace: string;
  clock?: Clock;
  /**
   * Fan-out for GraphQL subscriptions (`createPubSub`: Redis when configured, else in memory),
   * shared by every subgraph of a process; needed only by subgraphs that serve subscriptions.
   */
  pubsub?: PubSub;
  /**
   * Redis (`REDIS_URL`) for state every replica shares besides pub/sub, such as rate-limit
   * counters; unset → each process keeps its own in memory.
   */
  redisUrl?: string | undefined;
}

/** What every subgraph factory returns: `create<Name>Subgraph(deps)`. */
export interface Subgraph {
  readonly name: string;
  readonly schema: GraphQLSchema;
  /** Starts consumers and the outbox relay, then listens (port 0 = any free port). */
  start(port: number, host?: string): Promise<{ url: string; port: number }>;
  /** Stops listening, consumers and the relay; leaves dataSource and bus to the caller. */
  stop(): Promise<void>;
  /** The graphql-ws endpoint's counters, for a subgraph that serves subscriptions (probes, tests). */
  readonly subscriptions?: Pick<SubgraphSubscriptions, 'connections' | 'subscriptions'> | undefined;
}
