import { ApolloGateway } from '@apollo/gateway';
import type { Logger } from '@foodgraph/platform/logging';
import { OperationExecutor } from '../execution/operation-executor';
import type { PlanRunner } from '../execution/run-plan';

export interface GatewayOptions {
  supergraphSdl: string;
  /** Runs the plans over the router's transport (`runner.services`); shared with subscriptions. */
  runner: PlanRunner;
  logger: Logger;
  /** Budget of the prepared-operation cache. @default DEFAULT_PLAN_CACHE_BYTES (32 MiB) */
  planCacheBytes?: number;
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
  private executor: OperationExecutor | undefined;

  constructor(private readonly opts: GatewayOptions) {
    const { services } = opts.runner;
    this.gateway = new ApolloGateway({
      supergraphSdl: opts.supergraphSdl,
      logger: opts.logger,
      buildService: ({ name }) => {
        const service = services[name];
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
    const executor = new OperationExecutor({
      runner: this.opts.runner,
      schema: loaded.schema,
      ...(this.opts.planCacheBytes === undefined ? {} : { cacheBytes: this.opts.planCacheBytes }),
    });
    this.executor = executor;
    return { schema: loaded.schema, executor: executor.execute };
  }

  /** Estimated bytes of prepared operations the executor caches now (0 before `load`). */
  get planCacheBytes(): number {
    return this.executor?.cachedBytes ?? 0;
  }

  stop(): Promise<void> {
    return this.gateway.stop();
  }
}

/** The router's gateway over a static supergraph. */
export function createGateway(opts: GatewayOptions): RouterGateway {
  return new RouterGateway(opts);
}
