import type { Logger } from '@foodgraph/platform/logging';
import { Redis } from 'ioredis';
import { createMemoryApqStore, createRedisApqStore, type ApqStore } from './apq-store';
import { DEFAULT_MANIFEST_PATH, persistedQueryList, readPersistedQueryList, type PersistedQueryList } from './manifest';
import { PersistedQueries, type PersistedQueryMode } from './persisted-queries';

/** The `persistedQueries` option of `createRouter`. */
export interface PersistedQueryOptions {
  /** See `PersistedQueryMode`. @default 'apq' */
  mode?: PersistedQueryMode;
  /** A parsed `apollo-persisted-query-manifest`; takes precedence over `manifestPath`. */
  manifest?: unknown;
  /** @default DEFAULT_MANIFEST_PATH (schema/persisted-queries.json); missing there = empty list */
  manifestPath?: string;
  /** Redis for the APQ cache shared by every replica. @default an in-memory LRU per replica */
  redisUrl?: string | undefined;
  /** Redis key prefix (`FOODGRAPH_NAMESPACE`). @default 'foodgraph' */
  namespace?: string;
  /**
   * Bytes of query text the in-memory APQ cache keeps per replica (`ROUTER_APQ_CACHE_BYTES`),
   * least recently used out first. @default DEFAULT_APQ_CACHE_BYTES (16 MiB)
   */
  cacheBytes?: number;
  /** Largest query APQ registers, in UTF-8 bytes (`ROUTER_MAX_APQ_BYTES`). @default DEFAULT_MAX_APQ_BYTES (64 KiB) */
  maxApqBytes?: number;
  /** The APQ store to use instead of Redis or a new in-memory one (tests: to read its size). */
  store?: ApqStore;
  /** How long Redis keeps a registered query, in seconds. @default 86400 */
  ttlSeconds?: number;
}

function listOf(options: PersistedQueryOptions): PersistedQueryList {
  if (options.manifest !== undefined) return persistedQueryList(options.manifest);
  return readPersistedQueryList(options.manifestPath ?? DEFAULT_MANIFEST_PATH, { optional: options.manifestPath === undefined });
}

/** Builds the router's persisted queries: the list, the APQ store, and what must be closed. */
export function createPersistedQueries(
  options: PersistedQueryOptions,
  logger: Logger,
): { persisted: PersistedQueries; close(): Promise<void> } {
  const mode = options.mode ?? 'apq';
  const list = listOf(options);
  let redis: Redis | undefined;
  let store: ApqStore | undefined;
  // Only `apq` registers queries; in `safelist` mode nothing but the list may run anyway.
  if (mode === 'apq') {
    if (options.store) store = options.store;
    else if (options.redisUrl) {
      // A bounded retry per command, so a Redis outage turns into quick misses, not stuck requests.
      redis = new Redis(options.redisUrl, { maxRetriesPerRequest: 1, connectTimeout: 2_000 });
      redis.on('error', (err: Error) => logger.warn({ err }, 'APQ Redis connection error'));
      store = createRedisApqStore({
        redis,
        namespace: options.namespace ?? 'foodgraph',
        logger,
        ...(options.ttlSeconds ? { ttlSeconds: options.ttlSeconds } : {}),
      });
    } else store = createMemoryApqStore(options.cacheBytes);
  }
  logger.debug({ mode, listed: list.size, apq: redis ? 'redis' : store ? 'memory' : 'off' }, 'persisted queries');
  return {
    persisted: new PersistedQueries(mode, list, store, options.maxApqBytes),
    async close() {
      if (!redis) return;
      // QUIT waits for a connection; one that is down or still retrying is simply dropped.
      if (redis.status === 'ready') await redis.quit().catch(() => redis?.disconnect());
      else redis.disconnect();
    },
  };
}
