import type { Logger } from '@foodgraph/platform/logging';
import { Redis } from 'ioredis';
import type { StoredBasket } from '../domain/basket';
import type { BasketStore } from './basket-store';

/**
 * Compare-and-set of one basket hash (`version`, `basket`) in one atomic step. A Lua script
 * rather than WATCH/MULTI: WATCH belongs to a connection, and this one connection serves every
 * request of the process at once, so two requests' WATCHes would mix.
 */
const COMPARE_AND_SET = `
local current = redis.call('HGET', KEYS[1], 'version')
if (current or '0') ~= ARGV[1] then return 0 end
redis.call('HSET', KEYS[1], 'version', ARGV[2], 'basket', ARGV[3])
redis.call('PEXPIRE', KEYS[1], ARGV[4])
return 1`;

export interface RedisBasketStoreOptions {
  redisUrl: string;
  /** Key prefix (`FOODGRAPH_NAMESPACE`): keys are `<namespace>:basket:<customer id>`. */
  namespace: string;
  idleTtlMs: number;
  logger: Logger;
}

/** Baskets in Redis, shared by every replica of the orders subgraph; Redis expires idle ones. */
export function createRedisBasketStore(options: RedisBasketStoreOptions): BasketStore {
  const redis = new Redis(options.redisUrl, { connectionName: `${options.namespace}-baskets`, maxRetriesPerRequest: 2 });
  // ioredis reconnects by itself; an unhandled 'error' event would end the process.
  redis.on('error', (err: Error) => options.logger.warn({ err }, 'basket Redis connection error'));
  const keyOf = (customerId: string) => `${options.namespace}:basket:${customerId}`;
  return {
    backend: 'redis',
    async get(customerId) {
      const [version, json] = await redis.hmget(keyOf(customerId), 'version', 'basket');
      if (version === null || json === null) return null;
      return { basket: JSON.parse(json) as StoredBasket, version: Number(version) };
    },
    async compareAndSet(customerId, expected, next) {
      const stored = await redis.eval(
        COMPARE_AND_SET,
        1,
        keyOf(customerId),
        String(expected),
        String(expected + 1),
        JSON.stringify(next),
        String(options.idleTtlMs),
      );
      return stored === 1;
    },
    async close() {
      if (redis.status === 'ready') await redis.quit().catch(() => redis.disconnect());
      else redis.disconnect();
    },
  };
}
