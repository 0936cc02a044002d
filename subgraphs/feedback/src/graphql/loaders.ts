import type { DataSource } from 'typeorm';
import type { ReviewEntity } from '../entities/review.entity';
import { ratingTotals, reviewsOfOrders, type RatingTotals } from '../services/review-reads.service';

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
  const flush = (): void => {
    const batch = queue;
    queue = [];
    const fetched = fetch([...new Set(batch.map((entry) => entry.key))]);
    for (const entry of batch) entry.settle(fetched.then((values) => (values.has(entry.key) ? (values.get(entry.key) as V) : missing)));
  };
  return {
    load(key) {
      const cached = cache.get(key);
      if (cached) return cached;
      // Wait for the promise jobs already queued, then one more tick, so that the entities of
      // one `_entities` call (or the rows of a list) all land in the same batch.
      if (queue.length === 0) void Promise.resolve().then(() => process.nextTick(flush));
      const promise = new Promise<V>((resolve) => queue.push({ key, settle: resolve }));
      cache.set(key, promise);
      return promise;
    },
  };
}

/** Per-request loaders behind the fields feedback adds to other subgraphs' entities. */
export interface FeedbackLoaders {
  restaurantRatings: BatchLoader<string, RatingTotals>;
  courierRatings: BatchLoader<string, RatingTotals>;
  /** The review of an order, whoever may see it (the resolver applies visibility). */
  orderReview: BatchLoader<string, ReviewEntity | null>;
}

export function createFeedbackLoaders(dataSource: DataSource): FeedbackLoaders {
  const manager = dataSource.manager;
  const none: RatingTotals = { sum: 0, count: 0 };
  return {
    restaurantRatings: batchLoader((ids) => ratingTotals(manager, 'RESTAURANT', ids), none),
    courierRatings: batchLoader((ids) => ratingTotals(manager, 'COURIER', ids), none),
    orderReview: batchLoader(async (ids) => {
      const byOrder = await reviewsOfOrders(manager, ids);
      return new Map(ids.map((id) => [id, byOrder.get(id.toLowerCase()) ?? null]));
    }, null),
  };
}
