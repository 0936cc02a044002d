import type { ServiceMap } from '@apollo/gateway';
import type { Logger } from '@foodgraph/platform';
import { SignedDataSource } from '../gateway/signed-data-source';
import type { SubgraphPools } from '../gateway/subgraph-pools';
import type { SupergraphSubgraph } from '../supergraph/subgraph-urls';

export interface SignedServiceMapOptions {
  subgraphs: readonly SupergraphSubgraph[];
  secret: string;
  pools: SubgraphPools;
  timeouts: Readonly<Record<string, number>>;
  defaultTimeoutMs: number;
  logger: Logger;
}

/**
 * The data sources subscription events complete through: the same signed, pooled data
 * sources the gateway builds for queries, so entity fetches made for an event carry the
 * subscriber's signed identity and share the gateway's connections and deadlines.
 */
export function signedServiceMap(opts: SignedServiceMapOptions): ServiceMap {
  const map: ServiceMap = Object.create(null) as ServiceMap;
  for (const { name, url } of opts.subgraphs) {
    map[name] = new SignedDataSource({
      name,
      url,
      secret: opts.secret,
      timeoutMs: opts.timeouts[name] ?? opts.defaultTimeoutMs,
      pools: opts.pools,
      logger: opts.logger,
    });
  }
  return map;
}
