import { Redis } from 'ioredis';
import { createHash } from 'node:crypto';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { RateLimitedError } from '../errors';
import type { Logger } from '../logging';
import type { Quota } from './quota';

/** One named limit (say, sign-in attempts per account) applied per key. */
export interface RateLimiter {
  /** `undefined` when the limit is off: then nothing is ever refused. */
  readonly quota: Quota | undefined;
  /**
   * Takes one attempt for `key`, or throws `RateLimitedError` (`RATE_LIMITED`, with
   * `extensions.retryAfter` in seconds) when the key has used its quota in this window.
   */
  consume(key: string): Promise<void>;
  /** Gives back an attempt `consume` took, e.g. after a sign-in that succeeded. */
  refund(key: string): Promise<void>;
}

/** Where counters live: Redis shared by every replica, else this process's memory. */
export interface RateLimitStore {
  readonly backend: 'redis' | 'memory';
  /**
   * A limit called `name` (part of its keys, `<namespace>:rate-limit:<name>:…`); `message` is
   * what a refused caller reads.
   */
  limiter(name: string, quota: Quota | undefined, message: string): RateLimiter;
  /** Closes the Redis connection, if any. */
  close(): Promise<void>;
}

export interface RateLimitStoreOptions {
  /** Redis shared by every replica (`REDIS_URL`). @default per-process memory */
  redisUrl?: string | undefined;
  /** Key prefix (`FOODGRAPH_NAMESPACE`), so stacks and test files sharing a Redis stay apart. */
  namespace: string;
  logger: Logger;
}

const OFF: RateLimiter = { quota: undefined, consume: () => Promise.resolve(), refund: () => Promise.resolve() };

/**
 * Counters for rate limits, on `rate-limiter-flexible`: `RateLimiterRedis` (one atomic
 * INCR+PEXPIRE per attempt, so replicas share the count) when `redisUrl` is set, else
 * `RateLimiterMemory`. Should Redis fail, each limiter falls back to an in-memory one with the
 * same quota (its insurance limiter): limits then hold per replica instead of refusing every
 * sign-in or letting every attempt through.
 */
export function createRateLimitStore(options: RateLimitStoreOptions): RateLimitStore {
  let redis: Redis | undefined;
  if (options.redisUrl) {
    // One retry per command: an outage turns into the insurance limiter quickly, not a stuck request.
    redis = new Redis(options.redisUrl, {
      maxRetriesPerRequest: 1,
      connectTimeout: 2_000,
      connectionName: `${options.namespace}-rate-limit`,
    });
    redis.on('error', (err: Error) => options.logger.warn({ err }, 'rate-limit Redis connection error'));
  }
  return {
    backend: redis ? 'redis' : 'memory',
    limiter(name, quota, message) {
      if (!quota) return OFF;
      const common = { keyPrefix: `${options.namespace}:rate-limit:${name}`, points: quota.points, duration: quota.durationSeconds };
      const engine: RateLimiterAbstract = redis
        ? new RateLimiterRedis({ ...common, storeClient: redis, insuranceLimiter: new RateLimiterMemory(common) })
        : new RateLimiterMemory(common);
      return {
        quota,
        async consume(key) {
          try {
            await engine.consume(keyOf(key));
          } catch (rejection) {
            if (!(rejection instanceof RateLimiterRes)) throw rejection;
            throw new RateLimitedError(message, Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)));
          }
        },
        async refund(key) {
          await engine.reward(keyOf(key));
        },
      };
    },
    async close() {
      if (!redis) return;
      if (redis.status === 'ready') await redis.quit().catch(() => redis?.disconnect());
      else redis.disconnect();
    },
  };
}

/**
 * Keys are hashed: an email or an API key id need not sit in Redis in the clear, and every key
 * has the same short length whatever the caller sent.
 */
function keyOf(key: string): string {
  return createHash('sha256').update(key).digest('base64url').slice(0, 32);
}
