import type { SubgraphPools } from '../transport/subgraph-pools';
import type { SupergraphSubgraph } from '../supergraph/subgraph-urls';

/** The outcome of one readiness probe. */
export interface Readiness {
  ready: boolean;
  /** Per subgraph: true when its `/health` answered 200. */
  subgraphs: Record<string, boolean>;
}

export interface ReadinessOptions {
  subgraphs: SupergraphSubgraph[];
  pools: SubgraphPools;
  /** How long a probe result is reused, in ms. @default 1500 */
  cacheMs?: number;
  /** Deadline for one subgraph health check, in ms. @default 2000 */
  timeoutMs?: number;
}

/**
 * `GET /ready`: every subgraph's `/health` (same origin as its GraphQL URL) answers 200. The
 * result is cached briefly so a load balancer probing every replica often costs the subgraphs
 * one request per interval, and concurrent probes share one round.
 */
export function createReadinessProbe(opts: ReadinessOptions): () => Promise<Readiness> {
  const cacheMs = opts.cacheMs ?? 1_500;
  const timeoutMs = opts.timeoutMs ?? 2_000;
  let cached: { at: number; result: Promise<Readiness> } | undefined;

  async function healthy(url: string): Promise<boolean> {
    try {
      const origin = new URL(url).origin;
      const res = await opts.pools.get(origin).request({ path: '/health', method: 'GET', signal: AbortSignal.timeout(timeoutMs) });
      await res.body.dump();
      return res.statusCode === 200;
    } catch {
      return false;
    }
  }

  async function probe(): Promise<Readiness> {
    const results = await Promise.all(opts.subgraphs.map(async (s) => [s.name, await healthy(s.url)] as const));
    return { ready: results.every(([, ok]) => ok), subgraphs: Object.fromEntries(results) };
  }

  return () => {
    const now = Date.now();
    if (!cached || now - cached.at >= cacheMs) cached = { at: now, result: probe() };
    return cached.result;
  };
}
