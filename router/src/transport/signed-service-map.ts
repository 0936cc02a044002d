import type { ServiceMap } from '@apollo/gateway';
import type { Logger } from '@foodgraph/platform/logging';
import type { RouterMetrics } from '../metrics/router-metrics';
import type { SupergraphSubgraph } from '../supergraph/subgraph-urls';
import { SignedDataSource } from './signed-data-source';
import type { SubgraphPools } from './subgraph-pools';

/** What the router's subgraph transport is built from. */
export interface SignedServiceMapOptions {
  /** The supergraph's subgraphs with their effective URLs (overrides applied). */
  subgraphs: readonly SupergraphSubgraph[];
  /** Secret shared with the subgraphs (`ROUTER_SIGNING_SECRET`). */
  secret: string;
  /** The keep-alive connection pools, one per subgraph origin. */
  pools: SubgraphPools;
  /** Deadline per subgraph request, by subgraph name, falling back to `defaultTimeoutMs`. */
  timeouts: Readonly<Record<string, number>>;
  defaultTimeoutMs: number;
  logger: Logger;
  /** Subgraph fetch durations by subgraph and outcome. */
  metrics?: RouterMetrics | undefined;
}

/**
 * One signed, pooled data source per subgraph, by subgraph name. The router builds this once:
 * HTTP operations and the entity fetches of subscription events go through the same data
 * sources, so both carry the caller's signed identity and share connections and deadlines.
 */
export function signedServiceMap(opts: SignedServiceMapOptions): ServiceMap {
  // No prototype: a subgraph named `constructor` must not find Object's.
  const map: ServiceMap = Object.create(null) as ServiceMap;
  for (const { name, url } of opts.subgraphs) {
    map[name] = new SignedDataSource({
      name,
      url,
      secret: opts.secret,
      timeoutMs: opts.timeouts[name] ?? opts.defaultTimeoutMs,
      pools: opts.pools,
      logger: opts.logger,
      metrics: opts.metrics,
    });
  }
  return map;
}
