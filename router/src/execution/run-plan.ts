/*
 * Decides, for every operation the router runs (HTTP queries and mutations, and each event of a
 * subscription), whether the router's compiled executor or the stock one answers it.
 *
 * The stock path is `executeQueryPlan` of @apollo/gateway 2.14.x
 * (`@apollo/gateway/dist/executeQueryPlan.js`), called exactly as `ApolloGateway.executor`
 * (`dist/index.js`) calls it. The compiled path (`compiled-operation.ts` and the files it uses)
 * mirrors that function step for step; `ROUTER_EXECUTOR=stock` turns it off without a code change
 * should it ever answer differently.
 */
import { executeQueryPlan, type buildOperationContext, type ServiceMap } from '@apollo/gateway';
import type { QueryPlan } from '@apollo/query-planner';
import type { SupergraphModel } from '../supergraph/supergraph-model';
import { compileOperation, runCompiledOperation, type CompiledOperation, type ExecutionResult } from './compiled-operation';
import type { IncomingRequestContext } from './plan-executor';
import { RepresentationBuilder } from './representations';

/** The values of `ROUTER_EXECUTOR`. */
export const EXECUTOR_MODES = ['compiled', 'stock'] as const;

/**
 * `compiled`: the router's executor answers every operation it covers, the stock one the rest;
 * `stock`: @apollo/gateway's `executeQueryPlan` answers everything.
 */
export type ExecutorMode = (typeof EXECUTOR_MODES)[number];

type OperationContext = ReturnType<typeof buildOperationContext>;

/** A planned operation, ready to run any number of times. */
export interface PlannedOperation {
  readonly operationContext: OperationContext;
  readonly plan: QueryPlan;
  /** Set when the compiled path answers it; otherwise the stock `executeQueryPlan` does. */
  readonly compiled: CompiledOperation | undefined;
}

/** What a `PlanRunner` is built from. */
export interface PlanRunnerOptions {
  /** The supergraph's schemas and planner. */
  model: SupergraphModel;
  /** Data sources by subgraph name (the router's signed transport). */
  services: ServiceMap;
  /** @default 'compiled' */
  mode?: ExecutorMode;
}

/**
 * Prepares and runs query plans, on the compiled path or the stock one. The router builds one
 * and gives it to the HTTP executor and to the subscription engine, so both follow the same
 * rule and the same `ROUTER_EXECUTOR` setting.
 */
export class PlanRunner {
  readonly model: SupergraphModel;
  readonly services: ServiceMap;
  readonly mode: ExecutorMode;
  private readonly representations: RepresentationBuilder;

  constructor(options: PlanRunnerOptions) {
    this.model = options.model;
    this.services = options.services;
    this.mode = options.mode ?? 'compiled';
    this.representations = new RepresentationBuilder(options.model.supergraphSchema);
  }

  /**
   * The same runner with `extra` data sources besides the subgraphs' (a subscription event
   * stands in for its plan's first fetch through one).
   */
  withServices(extra: ServiceMap): PlanRunner {
    return new PlanRunner({ model: this.model, services: { ...this.services, ...extra }, mode: this.mode });
  }

  /** Compiles `plan` once for the compiled path when the mode allows it and the path covers it. */
  prepare(operationContext: OperationContext, plan: QueryPlan): PlannedOperation {
    const compiled = this.mode === 'compiled' ? compileOperation(this.model.apiSchema, operationContext, plan) : undefined;
    return { operationContext, plan, compiled };
  }

  /** Runs a prepared operation for one request; the request's variables are `request.variables`. */
  run(planned: PlannedOperation, requestContext: IncomingRequestContext): Promise<ExecutionResult> {
    // Usage tracing wants the per-node trace tree that only `executeQueryPlan` builds.
    if (planned.compiled && !requestContext.metrics.captureTraces) {
      return runCompiledOperation(planned.compiled, {
        services: this.services,
        requestContext,
        variables: requestContext.request.variables,
        representations: this.representations,
      });
    }
    return executeQueryPlan(
      planned.plan,
      this.services,
      requestContext,
      planned.operationContext,
      this.model.supergraphSchema,
      this.model.apiSchema,
    );
  }
}
