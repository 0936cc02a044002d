import { ANONYMOUS, signRouterRequest } from '@foodgraph/platform/auth';
import type { Logger } from '@foodgraph/platform/logging';
import { LRUCache } from 'lru-cache';
import { randomUUID } from 'node:crypto';

/** One of the users subgraph's internal endpoints the router asks (API keys, known accounts). */
export interface UsersEndpointOptions {
  /** The endpoint's URL on the users subgraph. */
  url: string;
  /** The router's signing secret: the endpoint answers signed requests only. */
  routerSecret: string;
  logger: Logger;
  /** Deadline of one lookup, in ms. @default 5000 */
  timeoutMs?: number;
}

/**
 * Posts `payload` to the endpoint, signed like a GraphQL request, and returns its JSON answer.
 * Whatever keeps it from answering (network, deadline, a non-2xx status) is logged with `what`
 * and thrown as `unavailable()`, which the router answers 503 — never as a caller it could not check.
 */
export async function askUsersEndpoint<T>(opts: UsersEndpointOptions, payload: object, what: string, unavailable: () => Error): Promise<T> {
  const body = JSON.stringify(payload);
  let res: Response;
  try {
    res = await fetch(opts.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...signRouterRequest(opts.routerSecret, ANONYMOUS, randomUUID(), body) },
      body,
      signal: AbortSignal.timeout(opts.timeoutMs ?? 5_000),
    });
  } catch (err) {
    opts.logger.error({ url: opts.url, err }, `could not reach the ${what} endpoint`);
    throw unavailable();
  }
  if (!res.ok) {
    opts.logger.error({ url: opts.url, status: res.status }, `the ${what} endpoint refused the lookup`);
    await res.body?.cancel();
    throw unavailable();
  }
  return (await res.json()) as T;
}

/** A cached answer (boxed: the cache holds no `null`). */
interface Answer<V> {
  value: V;
}

/**
 * Answers of a lookup kept briefly per key (`lru-cache`, at most `maxEntries`, the least recently
 * used first out), with concurrent lookups of one key sharing one request. `ttlMs(answer)` says
 * how long an answer is reused, so "yes" and "no" may live differently long. A failed lookup is
 * not cached: the next call asks again.
 */
export function cachedLookups<V>(options: {
  maxEntries: number;
  ttlMs: (value: V) => number;
}): (key: string, lookup: () => Promise<V>) => Promise<V> {
  const cache = new LRUCache<string, Answer<V>, () => Promise<V>>({
    max: options.maxEntries,
    // Per-answer lifetimes are set when each answer arrives; this only turns TTL tracking on.
    ttl: 1,
    fetchMethod: async (_key, _stale, { context, options: entry }) => {
      const value = await context();
      entry.ttl = Math.max(1, options.ttlMs(value));
      return { value };
    },
  });
  return async (key, lookup) => {
    const answer = await cache.fetch(key, { context: lookup });
    return (answer as Answer<V>).value;
  };
}
