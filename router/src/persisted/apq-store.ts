import type { Logger } from '@foodgraph/platform/logging';
import type { Redis } from 'ioredis';

/** Where automatic persisted queries live once registered: query text by sha256 hex. */
export interface ApqStore {
  get(hash: string): Promise<string | undefined>;
  set(hash: string, query: string): Promise<void>;
}

/**
 * An in-process LRU: each router replica learns every query on its own. A Map keeps insertion
 * order, so re-inserting on a hit makes the first key the least recently used.
 */
export function createMemoryApqStore(maxEntries = 10_000): ApqStore {
  const entries = new Map<string, string>();
  return {
    async get(hash) {
      const query = entries.get(hash);
      if (query !== undefined) {
        entries.delete(hash);
        entries.set(hash, query);
      }
      return query;
    },
    async set(hash, query) {
      entries.delete(hash);
      entries.set(hash, query);
      if (entries.size > maxEntries) entries.delete(entries.keys().next().value as string);
    },
  };
}

export interface RedisApqStoreOptions {
  redis: Redis;
  /** Key prefix shared by every replica of one deployment (`FOODGRAPH_NAMESPACE`). */
  namespace: string;
  /** How long a registered query is kept, in seconds. @default 86400 */
  ttlSeconds?: number;
  logger: Logger;
}

/**
 * APQ in Redis (`<namespace>:apq:<sha256>`), so a query registered through one replica is
 * known to all. Redis trouble degrades to a miss: the client then sends the full query,
 * which runs, so an outage costs bandwidth, never a failed request.
 */
export function createRedisApqStore(opts: RedisApqStoreOptions): ApqStore {
  const ttl = opts.ttlSeconds ?? 86_400;
  const key = (hash: string) => `${opts.namespace}:apq:${hash}`;
  return {
    async get(hash) {
      try {
        return (await opts.redis.get(key(hash))) ?? undefined;
      } catch (err) {
        opts.logger.warn({ err }, 'APQ lookup in Redis failed; treating it as a miss');
        return undefined;
      }
    },
    async set(hash, query) {
      try {
        await opts.redis.set(key(hash), query, 'EX', ttl);
      } catch (err) {
        opts.logger.warn({ err }, 'could not register a persisted query in Redis');
      }
    },
  };
}
