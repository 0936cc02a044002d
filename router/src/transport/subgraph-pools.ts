import type { IncomingHttpHeaders } from 'node:http';
import { Pool } from 'undici';

/** How the router keeps connections to its subgraphs. */
export interface SubgraphPoolOptions {
  /**
   * Most sockets per subgraph origin and router process; further requests wait for a free one.
   * `null` means no limit. @default DEFAULT_SUBGRAPH_CONNECTIONS
   */
  connections?: number | null;
  /** How long an idle socket is kept for reuse, in ms (below the subgraphs' 65 s). @default 30000 */
  keepAliveTimeoutMs?: number;
}

/**
 * Sockets per subgraph origin unless configured. Bounded so a burst of client requests cannot
 * open hundreds of sockets to one subgraph; and a few busy keep-alive sockets cost less than
 * many idle-ish ones: on the external workload 16-32 served ~4 % more requests per CPU-second
 * than no limit (64 made no difference).
 */
export const DEFAULT_SUBGRAPH_CONNECTIONS = 32;

/** Where a subgraph is reached, parsed once rather than per request. */
export interface SubgraphTarget {
  readonly url: string;
  /** `http://host:port`: the pool. */
  readonly origin: string;
  /** Path and query string. */
  readonly path: string;
}

/** Parses a subgraph URL into the pool it goes through and the path it asks for. */
export function subgraphTarget(url: string): SubgraphTarget {
  const parsed = new URL(url);
  return { url, origin: parsed.origin, path: parsed.pathname + parsed.search };
}

/** A subgraph's answer, read to the end. */
export interface SubgraphAnswer {
  status: number;
  statusText: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
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
        connections: this.options.connections === undefined ? DEFAULT_SUBGRAPH_CONNECTIONS : this.options.connections,
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

  /**
   * POSTs `body` to a subgraph and reads the answer whole. Plain objects in and out: a query
   * plan makes a dozen of these per client request, and WHATWG `Request`/`Headers`/`Response`
   * objects cost more than the JSON they carry.
   */
  async post(target: SubgraphTarget, headers: Record<string, string>, body: string, signal: AbortSignal): Promise<SubgraphAnswer> {
    const answer = await this.get(target.origin).request({ path: target.path, method: 'POST', headers, body, signal });
    return {
      status: answer.statusCode,
      statusText: answer.statusText,
      headers: answer.headers,
      body: Buffer.from(await answer.body.arrayBuffer()),
    };
  }

  /** Closes every pool, letting in-flight requests finish. */
  async close(): Promise<void> {
    const pools = [...this.pools.values()];
    this.pools.clear();
    await Promise.all(pools.map((p) => p.close()));
  }
}
