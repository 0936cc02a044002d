import { RedisPubSub } from 'graphql-redis-subscriptions';
import { PubSub as MemoryEngine } from 'graphql-subscriptions';
import { Redis } from 'ioredis';
import type { Logger } from '../logging';
import { EventIterator, type SubscribableEngine } from './event-iterator';

/**
 * Fan-out for GraphQL subscriptions: Redis pub/sub across processes, or in memory inside one.
 * Subgraph NATS consumers publish; subscription resolvers iterate.
 */
export interface PubSub {
  /** Delivers `payload` (JSON-serializable) to every current iterator of `trigger`, in every process. */
  publish(trigger: string, payload: unknown): Promise<void>;
  /**
   * Events of one or more triggers. The subscription is requested at once; await
   * `(iterator as EventIterator).ready` to know it is in place.
   */
  asyncIterableIterator<T>(triggers: string | readonly string[]): EventIterator<T>;
  /** Ends every open iterator and closes the Redis connections. */
  close(): Promise<void>;
}

export interface PubSubOptions {
  /** `redis://…`; without it events stay inside this process (embedded mode, tests). */
  redisUrl?: string;
  /**
   * Prefix of every channel (`<namespace>:<trigger>`). Redis channels are server-wide, so two
   * stacks (or two test files) on one Redis only stay apart by their namespace.
   */
  namespace: string;
  logger: Logger;
  /** Events one iterator may queue before it ends with `SlowConsumerError`. @default 1000 */
  maxQueuedPerIterator?: number;
}

/**
 * A `PubSub` over Redis (`graphql-redis-subscriptions` with a publisher and a subscriber
 * ioredis connection) when `redisUrl` is set, else over `graphql-subscriptions`' in-memory
 * engine. The in-memory engine JSON-copies payloads so both deliver the same shapes (a `Date`
 * arrives as its ISO string either way) and a subscriber cannot mutate another's event.
 */
export function createPubSub(options: PubSubOptions): PubSub {
  const { logger } = options;
  const prefix = `${options.namespace}:`;
  const maxQueued = options.maxQueuedPerIterator ?? 1000;
  let engine: SubscribableEngine & { publish(trigger: string, payload: unknown): Promise<void> };
  let closeEngine: () => Promise<void>;
  let copy: (payload: unknown) => unknown = (p) => p;

  if (options.redisUrl) {
    const connect = (role: string) => {
      const client = new Redis(options.redisUrl!, { connectionName: `${options.namespace}-pubsub-${role}`, lazyConnect: false });
      // ioredis reconnects (and re-subscribes) by itself; an unhandled 'error' event would crash.
      client.on('error', (err) => logger.warn({ err, role }, 'redis pub/sub connection error'));
      return client;
    };
    const publisher = connect('publisher');
    const subscriber = connect('subscriber');
    engine = new RedisPubSub({ publisher, subscriber });
    closeEngine = async () => {
      await Promise.allSettled([publisher.quit(), subscriber.quit()]);
    };
  } else {
    const memory = new MemoryEngine();
    engine = memory;
    closeEngine = async () => undefined;
    copy = (p) => (p === undefined ? p : JSON.parse(JSON.stringify(p)));
  }

  const open = new Set<EventIterator<unknown>>();
  return {
    publish: (trigger, payload) => engine.publish(prefix + trigger, copy(payload)),
    asyncIterableIterator<T>(triggers: string | readonly string[]) {
      const list = (typeof triggers === 'string' ? [triggers] : triggers).map((t) => prefix + t);
      const it = new EventIterator<T>(engine, list, maxQueued, (done) => open.delete(done as EventIterator<unknown>));
      open.add(it as EventIterator<unknown>);
      return it;
    },
    async close() {
      await Promise.all([...open].map((it) => it.return()));
      await closeEngine();
    },
  };
}
