import type { Logger } from '@foodgraph/platform/logging';
import type { Redis } from 'ioredis';
import { LRUCache } from 'lru-cache';

/** Where automatic persisted queries live once registered: query text by sha256 hex. */
export interface ApqStore {
  get(hash: string): Promise<string | undefined>;
  set(hash: string, query: string): Promise<void>;
}

/** Default bytes of query text the in-memory APQ store keeps per replica (`ROUTER_APQ_CACHE_BYTES`). */
export const DEFAULT_APQ_CACHE_BYTES = 16 * 1024 * 1024;

/** What the in-memory APQ store holds, for tests and metrics. */
export interface MemoryApqStore extends ApqStore {
  /** Bytes of query text (and keys) held now: never more than the store's `maxBytes`. */
  readonly bytes: number;
  readonly entries: number;
}

/**
 * An in-process LRU bounded by bytes, not entries: each replica learns every query on its own,
 * and a thousand 1 MB documents must not cost a gigabyte. An entry weighs its UTF-8 text plus
 * its key; one alone heavier than the whole budget is simply not kept (lru-cache's `maxSize`).
 */
export function createMemoryApqStore(maxBytes = DEFAULT_APQ_CACHE_BYTES): MemoryApqStore {
  const cache = new LRUCache<string, string>({
    maxSize: maxBytes,
    sizeCalculation: (query, hash) => Buffer.byteLength(query) + hash.length,
  });
  return {
    async get(hash) {
      return cache.get(hash);
    },
    async set(hash, query) {
      cache.set(hash, query);
    },
    get bytes() {
      return cache.calculatedSize;
    },
    get entries() {
      return cache.size;
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
