import { Pool } from 'undici';
import { BufferedResponse } from './buffered-response';
import type { Fetcher, FetcherRequestInit } from './fetcher-types';

/** How the router keeps connections to its subgraphs. */
export interface SubgraphPoolOptions {
  /** Most sockets per subgraph origin; `null` means no limit. @default null */
  connections?: number | null;
  /** How long an idle socket is kept for reuse, in ms (below the subgraphs' 65 s). @default 30000 */
  keepAliveTimeoutMs?: number;
}

/**
 * One keep-alive undici `Pool` per subgraph origin. Every query plan makes several subgraph
 * requests, so reusing warm sockets (no TCP handshake, no Nagle stalls) matters more here than
 * anywhere else in the router.
 */
export class SubgraphPools {
  private readonly pools = new Map<string, Pool>();

  constructor(private readonly options: SubgraphPoolOptions = {}) {}

  /** The pool for `origin` (`http://host:port`), created on first use. */
  get(origin: string): Pool {
    let pool = this.pools.get(origin);
    if (!pool) {
      const keepAlive = this.options.keepAliveTimeoutMs ?? 30_000;
      pool = new Pool(origin, {
        connections: this.options.connections ?? null,
        keepAliveTimeout: keepAlive,
        keepAliveMaxTimeout: keepAlive,
        // The request's own AbortSignal enforces the per-subgraph deadline; undici's own
        // timers stay as a backstop so a wedged socket can never hang forever.
        headersTimeout: 300_000,
        bodyTimeout: 300_000,
      });
      this.pools.set(origin, pool);
    }
    return pool;
  }

  /** A `Fetcher` (the gateway's fetch shape) that goes through these pools. */
  fetcher(): Fetcher {
    return async (url: string, init: FetcherRequestInit = {}) => {
      const target = new URL(url);
      const { statusCode, statusText, headers, body } = await this.get(target.origin).request({
        path: target.pathname + target.search,
        method: init.method ?? 'GET',
        headers: init.headers ?? {},
        body: init.body ?? null,
        signal: (init.signal as AbortSignal | undefined) ?? null,
      });
      const bytes = Buffer.from(await body.arrayBuffer());
      return new BufferedResponse(url, statusCode, statusText, headers, bytes);
    };
  }

  /** Closes every pool, letting in-flight requests finish. */
  async close(): Promise<void> {
    const pools = [...this.pools.values()];
    this.pools.clear();
    await Promise.all(pools.map((p) => p.close()));
  }
}
