import { ConflictError } from '@foodgraph/platform/errors';
import type { Clock } from '@foodgraph/platform/process';
import type { StoredBasket } from '../domain/basket';

/** A stored basket and the version it was read at (every write adds one). */
export interface VersionedBasket {
  basket: StoredBasket;
  version: number;
}

/**
 * Where baskets live: Redis shared by every replica (`redis-basket-store.ts`), or this
 * process's memory (embedded mode). Writes are compare-and-set on the version, so two
 * concurrent changes to one basket never overwrite each other: the loser reads again and
 * re-applies its change (`updateBasket`). A basket nobody wrote to for the idle TTL is gone.
 */
export interface BasketStore {
  readonly backend: 'redis' | 'memory';
  /** The customer's basket, or null when there is none (never made, or expired). */
  get(customerId: string): Promise<VersionedBasket | null>;
  /**
   * Stores `next` if the stored version is still `expected` (0: no basket), and restarts its
   * idle TTL; false when another write came first.
   */
  compareAndSet(customerId: string, expected: number, next: StoredBasket): Promise<boolean>;
  close(): Promise<void>;
}

/** Compare-and-set rounds before giving up; only a storm of writes to one basket gets near it. */
const MAX_ROUNDS = 25;

/**
 * Applies `change` to the customer's current basket (null when there is none) and stores the
 * result, again from a fresh read if someone else wrote in between. `change` may throw (input
 * errors) and must be pure: it can run more than once. When it returns null nothing is
 * written, and the basket as it is (or null) is the answer.
 *
 * Changes of one basket within this process take turns, so compare-and-set only ever loses to
 * another replica: without the queue, n concurrent writes would need n rounds for the last of
 * them, and a burst (a double-clicking client, a script) would run out of rounds.
 */
export function updateBasket(
  store: BasketStore,
  customerId: string,
  change: (current: StoredBasket | null) => StoredBasket | null,
): Promise<StoredBasket | null> {
  return inTurn(store, customerId, async () => {
    for (let round = 0; round < MAX_ROUNDS; round += 1) {
      const current = await store.get(customerId);
      const next = change(current?.basket ?? null);
      if (next === null) return current?.basket ?? null;
      if (await store.compareAndSet(customerId, current?.version ?? 0, next)) return next;
    }
    throw new ConflictError('The basket is being changed too often at once; try again');
  });
}

/** Per store, the last queued change of each basket being changed now. */
const turns = new WeakMap<BasketStore, Map<string, Promise<unknown>>>();

/** Runs `work` after the changes of the same basket queued before it, whatever their outcome. */
function inTurn<T>(store: BasketStore, customerId: string, work: () => Promise<T>): Promise<T> {
  let queue = turns.get(store);
  if (!queue) turns.set(store, (queue = new Map<string, Promise<unknown>>()));
  const run = (queue.get(customerId) ?? Promise.resolve()).then(work, work);
  const settled = run.then(
    () => undefined,
    () => undefined,
  );
  queue.set(customerId, settled);
  // The last one in line removes the entry, so the map holds only baskets changing right now.
  void settled.then(() => {
    if (queue.get(customerId) === settled) queue.delete(customerId);
  });
  return run;
}

interface MemoryEntry {
  json: string;
  version: number;
  expiresAt: number;
}

/** Sweep expired baskets once per this many writes, so abandoned ones do not pile up. */
const SWEEP_EVERY_WRITES = 500;

/**
 * Baskets in this process's memory, for the embedded mode and a lone replica. Stored as JSON so
 * a caller can never mutate a stored basket through an object it holds, as with Redis.
 */
export function createMemoryBasketStore(options: { idleTtlMs: number; clock: Clock }): BasketStore {
  const entries = new Map<string, MemoryEntry>();
  let writes = 0;
  const now = () => options.clock().getTime();
  const live = (customerId: string): MemoryEntry | null => {
    const entry = entries.get(customerId);
    if (!entry) return null;
    if (entry.expiresAt > now()) return entry;
    entries.delete(customerId);
    return null;
  };
  return {
    backend: 'memory',
    get(customerId) {
      const entry = live(customerId);
      return Promise.resolve(entry ? { basket: JSON.parse(entry.json) as StoredBasket, version: entry.version } : null);
    },
    compareAndSet(customerId, expected, next) {
      const entry = live(customerId);
      if ((entry?.version ?? 0) !== expected) return Promise.resolve(false);
      entries.set(customerId, { json: JSON.stringify(next), version: expected + 1, expiresAt: now() + options.idleTtlMs });
      writes += 1;
      if (writes % SWEEP_EVERY_WRITES === 0) for (const id of [...entries.keys()]) live(id);
      return Promise.resolve(true);
    },
    close() {
      entries.clear();
      return Promise.resolve();
    },
  };
}
