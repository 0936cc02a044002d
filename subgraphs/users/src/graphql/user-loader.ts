import type { UserEntity } from '../entities/user.entity';

/** Loads users by id, batching every `load` of one tick into a single query. */
export interface UserLoader {
  load(id: string): Promise<UserEntity | null>;
}

/**
 * A per-request batch loader. The gateway resolves a list of `User` references by calling
 * `__resolveReference` once per representation in the same tick; those calls are collected
 * and answered by one `IN (…)` query, and repeated ids within the request are cached.
 */
export function createUserLoader(fetch: (ids: readonly string[]) => Promise<UserEntity[]>): UserLoader {
  const cache = new Map<string, Promise<UserEntity | null>>();
  let pending: Map<string, { resolve: (u: UserEntity | null) => void; reject: (e: unknown) => void }> | null = null;

  const dispatch = (batch: NonNullable<typeof pending>) => {
    fetch([...batch.keys()]).then(
      (users) => {
        const byId = new Map(users.map((u) => [u.id, u]));
        for (const [id, waiter] of batch) waiter.resolve(byId.get(id) ?? null);
      },
      (err: unknown) => {
        for (const [id, waiter] of batch) {
          // A failed batch must not poison later loads of the same ids in this request.
          cache.delete(id);
          waiter.reject(err);
        }
      },
    );
  };

  return {
    load(id) {
      const cached = cache.get(id);
      if (cached) return cached;
      if (!pending) {
        const batch = new Map<string, { resolve: (u: UserEntity | null) => void; reject: (e: unknown) => void }>();
        pending = batch;
        // nextTick runs after the current synchronous loop over representations, so every
        // reference of one `_entities` call lands in the same batch.
        process.nextTick(() => {
          pending = null;
          dispatch(batch);
        });
      }
      const batch = pending;
      const promise = new Promise<UserEntity | null>((resolve, reject) => batch.set(id, { resolve, reject }));
      cache.set(id, promise);
      return promise;
    },
  };
}
