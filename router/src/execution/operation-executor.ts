/*
 * Mirrors `ApolloGateway.executor` of @apollo/gateway 2.14.x (`@apollo/gateway/dist/index.js`):
 * build the operation context, check the variables (`validateIncomingRequest`), plan once per
 * operation (its `queryPlanStore`), execute, and answer `Apollo-Query-Plan-Experimental`.
 * Tracing spans, `experimental_didResolveQueryPlan` and the `debug` plan log are left out.
 */
import { buildOperationContext } from '@apollo/gateway';
import { operationFromDocument } from '@apollo/federation-internals';
import { prettyFormatQueryPlan, type QueryPlan } from '@apollo/query-planner';
import { getVariableValues, type DocumentNode, type GraphQLSchema } from 'graphql';
import { LRUCache } from 'lru-cache';
import { inOperationSpan } from '../tracing/router-spans';
import type { RouterContext } from '../context';
import type { ExecutionResult } from './compiled-operation';
import type { IncomingRequestContext } from './plan-executor';
import type { PlannedOperation, PlanRunner } from './run-plan';

/** What the executor is built from. */
export interface OperationExecutorOptions {
  /** Prepares and runs plans (compiled or stock); shared with subscriptions. */
  runner: PlanRunner;
  /** The API schema Apollo Server validates against (the gateway's `load()` result). */
  schema: GraphQLSchema;
  /**
   * Bytes of prepared operations kept (least recently used first out), as estimated by
   * `preparedBytes`: a budget in bytes, not entries, since one document may be a megabyte.
   * @default DEFAULT_PLAN_CACHE_BYTES (32 MiB)
   */
  cacheBytes?: number;
  /**
   * Answer the `Apollo-Query-Plan-Experimental` request header with the query plan in the
   * response's extensions, as stock `@apollo/gateway` does for developers.
   * @default on unless NODE_ENV is production (the gateway's default)
   */
  exposeQueryPlan?: boolean;
}

/** Default budget of the prepared-operation cache, in estimated bytes. */
export const DEFAULT_PLAN_CACHE_BYTES = 32 * 1024 * 1024;

/**
 * What one prepared operation weighs, estimated: its query text (UTF-16 in memory, and the
 * parsed document it came with is several times larger) and its plan as JSON (the subgraph
 * operations it sends). An estimate is enough: the point is that a megabyte-sized document
 * weighs a megabyte-sized share of the budget, not one entry among a thousand.
 */
export function preparedBytes(document: DocumentNode, plan: QueryPlan): number {
  const text = document.loc?.source.body.length ?? 0;
  let planText: number;
  try {
    planText = JSON.stringify(plan).length;
  } catch {
    planText = text;
  }
  return 4 * text + 2 * planText;
}

/**
 * The router's gateway executor. Per distinct operation (text + name) it plans once with
 * `@apollo/query-planner` and has the plan runner compile it once; per request it only checks
 * variables and runs the plan (`PlanRunner.run` picks the compiled or the stock path). The
 * stock gateway repeats building the operation model and walks it again for every request and
 * every value, which on a large response costs more than the fetches.
 */
export class OperationExecutor {
  private readonly prepared: LRUCache<string, PlannedOperation>;
  private readonly exposeQueryPlan: boolean;

  constructor(private readonly options: OperationExecutorOptions) {
    this.prepared = new LRUCache({ maxSize: options.cacheBytes ?? DEFAULT_PLAN_CACHE_BYTES });
    this.exposeQueryPlan = options.exposeQueryPlan ?? process.env['NODE_ENV'] !== 'production';
  }

  /** Apollo Server's gateway executor: validated document in, execution result out. */
  readonly execute = async (requestContext: IncomingRequestContext): Promise<ExecutionResult> => {
    const { request, document } = requestContext;
    const prepared = this.prepare(requestContext.queryHash, document, request.operationName);
    const definitions = prepared.operationContext.operation.variableDefinitions;
    if (definitions?.length) {
      const { errors } = getVariableValues(this.options.schema, definitions, request.variables ?? {});
      if (errors) return { errors };
    }
    // Both executors (compiled and stock) run under the same span, so a trace looks alike either way.
    const result = await inOperationSpan('execute', requestContext.context as Partial<RouterContext>, () =>
      this.options.runner.run(prepared, requestContext),
    );
    return this.exposeQueryPlan ? withQueryPlan(result, prepared.plan, requestContext) : result;
  };

  /** Estimated bytes of the prepared operations cached now (at most `cacheBytes`). */
  get cachedBytes(): number {
    return this.prepared.calculatedSize;
  }

  private prepare(queryHash: string, document: DocumentNode, operationName: string | undefined): PlannedOperation {
    const key = operationName === undefined ? queryHash : `${queryHash}\0${operationName}`;
    const cached = this.prepared.get(key);
    if (cached) return cached;
    const operationContext = buildOperationContext({ schema: this.options.schema, operationDocument: document, operationName });
    const { model } = this.options.runner;
    const plan = model.planner.buildQueryPlan(operationFromDocument(model.apiSchema, document, { operationName }));
    const prepared = this.options.runner.prepare(operationContext, plan);
    // One heavier than the whole budget is not kept (lru-cache's `maxSize`): it is planned again.
    this.prepared.set(key, prepared, { size: Math.max(1, key.length + preparedBytes(document, plan)) });
    return prepared;
  }
}

/**
 * The gateway's developer aid: with `Apollo-Query-Plan-Experimental`, the plan replaces the
 * response's extensions — pretty-printed, or as the plan object with
 * `Apollo-Query-Plan-Experimental-Format: internal`.
 */
function withQueryPlan(result: ExecutionResult, plan: QueryPlan, requestContext: IncomingRequestContext): ExecutionResult {
  const headers = requestContext.request.http?.headers;
  if (!headers?.get('apollo-query-plan-experimental')) return result;
  const format = headers.get('apollo-query-plan-experimental-format') ?? 'prettified';
  const pretty = plan.node ? prettyFormatQueryPlan(plan) : null;
  const shown = format === 'prettified' ? pretty || true : format === 'internal' ? plan : true;
  return { ...result, extensions: { __queryPlanExperimental: shown } };
}
