import { ApolloGateway, type ServiceMap } from '@apollo/gateway';
import type { Logger } from '@foodgraph/platform';
import { OperationExecutor } from '../execution/operation-executor';
import type { SupergraphModel } from '../execution/supergraph-model';
import type { SupergraphSubgraph } from '../supergraph/subgraph-urls';
import { SignedDataSource } from './signed-data-source';
import type { SubgraphPools } from './subgraph-pools';

export interface GatewayOptions {
  supergraphSdl: string;
  /** The same supergraph, modelled for planning and shaping (shared with subscriptions). */
  model: SupergraphModel;
  /** The supergraph's subgraphs with their effective URLs (overrides applied). */
  subgraphs: SupergraphSubgraph[];
  secret: string;
  pools: SubgraphPools;
  /** Deadline per subgraph request, by subgraph name, falling back to `defaultTimeoutMs`. */
  timeouts: Readonly<Record<string, number>>;
  defaultTimeoutMs: number;
  logger: Logger;
}

type LoadOptions = Parameters<ApolloGateway['load']>[0];
type LoadResult = Awaited<ReturnType<ApolloGateway['load']>>;

/**
 * What Apollo Server runs as its gateway: `ApolloGateway` loads the supergraph and serves the
 * API schema (no polling, no uplink), while operations execute through the router's
 * `OperationExecutor` over the same signed data sources.
 */
export class RouterGateway {
  private readonly gateway: ApolloGateway;
  private readonly services: ServiceMap;

  constructor(private readonly opts: GatewayOptions) {
    this.services = Object.fromEntries(
      opts.subgraphs.map((s) => [
        s.name,
        new SignedDataSource({
          name: s.name,
          url: s.url,
          secret: opts.secret,
          timeoutMs: opts.timeouts[s.name] ?? opts.defaultTimeoutMs,
          pools: opts.pools,
          logger: opts.logger,
        }),
      ]),
    );
    this.gateway = new ApolloGateway({
      supergraphSdl: opts.supergraphSdl,
      logger: opts.logger,
      buildService: ({ name }) => {
        const service = this.services[name];
        if (!service) throw new Error(`The supergraph names subgraph "${name}", which the router has no URL for`);
        return service;
      },
    });
  }

  onSchemaLoadOrUpdate(callback: Parameters<ApolloGateway['onSchemaLoadOrUpdate']>[0]): ReturnType<ApolloGateway['onSchemaLoadOrUpdate']> {
    return this.gateway.onSchemaLoadOrUpdate(callback);
  }

  async load(options: LoadOptions): Promise<LoadResult> {
    const loaded = await this.gateway.load(options);
    const executor = new OperationExecutor({ model: this.opts.model, schema: loaded.schema, services: this.services });
    return { schema: loaded.schema, executor: executor.execute };
  }

  stop(): Promise<void> {
    return this.gateway.stop();
  }
}

/** The router's gateway over a static supergraph. */
export function createGateway(opts: GatewayOptions): RouterGateway {
  return new RouterGateway(opts);
}
