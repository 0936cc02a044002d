import { randomBytes } from 'node:crypto';
import { createLogger } from '@foodgraph/platform/logging';
import { sleep, TEST_REDIS_URL } from '@foodgraph/testing';
import { createRedisBasketStore } from '../src/services/redis-basket-store';
import { describeBasketStore } from './support/basket-store-suite';

// Keys of this file live under their own namespace and expire within a second of the test.
describeBasketStore('Redis', () => {
  const idleTtlMs = 400;
  const namespace = `test_${randomBytes(4).toString('hex')}`;
  const open = () => createRedisBasketStore({ redisUrl: TEST_REDIS_URL, namespace, idleTtlMs, logger: createLogger('test', 'silent') });
  return Promise.resolve({ store: open(), replica: open, idleTtlMs, idle: (ms: number) => sleep(ms) });
});
