import { ApolloGateway } from '@apollo/gateway';
import type { Logger } from '@foodgraph/platform';
import type { SupergraphSubgraph } from '../supergraph/subgraph-urls';
import { SignedDataSource } from './signed-data-source';
import type { SubgraphPools } from './subgraph-pools';

export interface GatewayOptions {
  supergraphSdl: string;
  /** The supergraph's subgraphs with their effective URLs (overrides applied). */
  subgraphs: SupergraphSubgraph[];
  secret: string;
  pools: SubgraphPools;
  /** Deadline per subgraph request, by subgraph name, falling back to `defaultTimeoutMs`. */
  timeouts: Readonly<Record<string, number>>;
  defaultTimeoutMs: number;
  logger: Logger;
}

/**
 * An `ApolloGateway` over a static supergraph: no polling, no uplink, and one signed data
 * source per subgraph that reaches it through the shared connection pools.
 */
export function createGateway(opts: GatewayOptions): ApolloGateway {
  const urls = new Map(opts.subgraphs.map((s) => [s.name, s.url]));
  return new ApolloGateway({
    supergraphSdl: opts.supergraphSdl,
    logger: opts.logger,
    buildService: ({ name, url }) =>
      new SignedDataSource({
        name,
        url: urls.get(name) ?? url ?? '',
        secret: opts.secret,
        timeoutMs: opts.timeouts[name] ?? opts.defaultTimeoutMs,
        pools: opts.pools,
        logger: opts.logger,
      }),
  });
}
