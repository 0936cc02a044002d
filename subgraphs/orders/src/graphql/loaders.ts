import type { DataSource } from 'typeorm';
import type { OrderLineEntity } from '../entities/order-line.entity';
import type { OrderStatusChangeEntity } from '../entities/order-status-change.entity';
import { historyOf, linesOf } from '../services/order-queries';
import { findOwners } from '../services/menu-read-model';

/**
 * Collects `load(key)` calls made in the same tick into one fetch, each key once per request.
 * One set is created per request, so nothing is shared across requests or identities.
 */
export interface BatchLoader<K, V> {
  load(key: K): Promise<V>;
}

export function batchLoader<K, V>(fetch: (keys: K[]) => Promise<Map<K, V>>, missing: V): BatchLoader<K, V> {
  const cache = new Map<K, Promise<V>>();
  let queue: Array<{ key: K; settle: (value: Promise<V>) => void }> = [];
  const flush = () => {
    const batch = queue;
    queue = [];
    const fetched = fetch([...new Set(batch.map((entry) => entry.key))]);
    for (const entry of batch) entry.settle(fetched.then((values) => (values.has(entry.key) ? (values.get(entry.key) as V) : missing)));
  };
  return {
    load(key) {
      const cached = cache.get(key);
      if (cached) return cached;
      // Wait for the promise jobs already queued, then one more tick, so that sibling field
      // resolvers of a list all land in the same batch.
      if (queue.length === 0) void Promise.resolve().then(() => process.nextTick(flush));
      const promise = new Promise<V>((resolve) => queue.push({ key, settle: resolve }));
      cache.set(key, promise);
      return promise;
    },
  };
}

/** Per-request loaders behind the order field resolvers. */
export interface OrdersLoaders {
  lines: BatchLoader<string, OrderLineEntity[]>;
  history: BatchLoader<string, OrderStatusChangeEntity[]>;
  /** Owner of a restaurant per the read model; null when the restaurant is unknown. */
  owner: BatchLoader<string, string | null>;
}

export function createOrdersLoaders(dataSource: DataSource): OrdersLoaders {
  const manager = dataSource.manager;
  return {
    lines: batchLoader((ids) => linesOf(manager, ids), []),
    history: batchLoader((ids) => historyOf(manager, ids), []),
    owner: batchLoader((ids) => findOwners(manager, ids), null),
  };
}
