import DataLoader from 'dataloader';

/**
 * A per-request batch loader (the `dataloader` package): `load(key)` calls of one tick are
 * fetched together, each key once per request. One set of loaders is made per request, so
 * nothing is cached across requests or identities.
 *
 * The one failure rule: when a batch fails, every load waiting on it rejects with that error
 * (the field fails and the error is masked and logged like any other), and the failed keys are
 * forgotten, so a later load in the same request tries again instead of replaying the failure.
 */
export interface BatchLoader<K, V> {
  load(key: K): Promise<V>;
  /** Forgets every cached key, e.g. after a mutation changed the rows. */
  clear(): void;
}

/** `fetch` returns a map from key to value; keys missing from it resolve to `missing`. */
export function createBatchLoader<K, V>(fetch: (keys: readonly K[]) => Promise<Map<K, V>>, missing: V): BatchLoader<K, V> {
  const loader: DataLoader<K, V> = new DataLoader<K, V>(async (keys) => {
    try {
      const values = await fetch(keys);
      return keys.map((key) => (values.has(key) ? (values.get(key) as V) : missing));
    } catch (err) {
      for (const key of keys) loader.clear(key);
      throw err;
    }
  });
  return {
    load: (key) => loader.load(key),
    clear: () => void loader.clearAll(),
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
