/**
 * A minimal DataLoader: `load(key)` calls made in the same tick are collected and fetched with
 * one `fetch(keys)` call, and each key is fetched at most once per loader. One set of loaders
 * is created per request, so nothing is cached across requests or identities.
 */
export interface BatchLoader<K, V> {
  load(key: K): Promise<V>;
  /** Forgets every cached key, e.g. after a mutation changed the rows. */
  clear(): void;
}

/** `fetch` returns a map from key to value; keys missing from it resolve to `missing`. */
export function createBatchLoader<K, V>(fetch: (keys: K[]) => Promise<Map<K, V>>, missing: V): BatchLoader<K, V> {
  let cache = new Map<K, Promise<V>>();
  let pending: { key: K; resolve: (v: V) => void; reject: (e: unknown) => void }[] = [];

  const dispatch = () => {
    const batch = pending;
    pending = [];
    const keys = [...new Set(batch.map((p) => p.key))];
    fetch(keys).then(
      (values) => batch.forEach((p) => p.resolve(values.has(p.key) ? (values.get(p.key) as V) : missing)),
      (error: unknown) => batch.forEach((p) => p.reject(error)),
    );
  };

  return {
    load(key) {
      const cached = cache.get(key);
      if (cached) return cached;
      const promise = new Promise<V>((resolve, reject) => {
        // Like DataLoader: wait for the promise jobs already queued, then one more tick, so
        // sibling resolvers that start from already-settled parents join the same batch.
        if (pending.length === 0) void Promise.resolve().then(() => process.nextTick(dispatch));
        pending.push({ key, resolve, reject });
      });
      cache.set(key, promise);
      return promise;
    },
    clear() {
      cache = new Map();
    },
  };
}

/** Groups rows by a key, keeping their order: the usual shape of a one-to-many batch. */
export function groupBy<K, V>(rows: readonly V[], keyOf: (row: V) => K): Map<K, V[]> {
  const out = new Map<K, V[]>();
  for (const row of rows) {
    const list = out.get(keyOf(row));
    if (list) list.push(row);
    else out.set(keyOf(row), [row]);
  }
  return out;
}
