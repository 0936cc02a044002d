import { buildOperationContext, executeQueryPlan, type ServiceMap } from '@apollo/gateway';
import { operationFromDocument } from '@apollo/federation-internals';
import { prettyFormatQueryPlan, type QueryPlan } from '@apollo/query-planner';
import type { DocumentNode, GraphQLSchema } from 'graphql';
import { getVariableValues } from 'graphql/execution/values';
import { compileOperation, runCompiledOperation, type CompiledOperation, type ExecutionResult } from './compiled-operation';
import type { IncomingRequestContext } from './plan-executor';
import { RepresentationBuilder } from './representations';
import type { SupergraphModel } from './supergraph-model';

type OperationContext = ReturnType<typeof buildOperationContext>;

/** Everything about one operation text + name that does not change between requests. */
interface PreparedOperation {
  readonly operationContext: OperationContext;
  readonly plan: QueryPlan;
  /** Set when the router's executor answers it; otherwise the stock `executeQueryPlan` does. */
  readonly compiled: CompiledOperation | undefined;
}

/** What the executor is built from. */
export interface OperationExecutorOptions {
  /** The supergraph's schemas and planner, shared with the subscription planner. */
  model: SupergraphModel;
  /** The API schema Apollo Server validates against (the gateway's `load()` result). */
  schema: GraphQLSchema;
  /** Data sources by subgraph name. */
  services: ServiceMap;
  /** Most prepared operations kept (least recently used first out). @default 1000 */
  cacheSize?: number;
  /**
   * Answer the `Apollo-Query-Plan-Experimental` request header with the query plan in the
   * response's extensions, as stock `@apollo/gateway` does for developers.
   * @default on unless NODE_ENV is production (the gateway's default)
   */
  exposeQueryPlan?: boolean;
}

/**
 * The router's gateway executor. Per distinct operation (text + name) it plans once with
 * `@apollo/query-planner` and compiles the response shaping once; per request it only checks
 * variables, runs the plan's fetches and shapes the merged answers (`executePlan`,
 * `shapeResponse`). The stock gateway repeats building the operation model and walks it again
 * for every request and every value, which on a large response costs more than the fetches.
 *
 * Operations outside what the fast path covers (introspection, `@defer`, data rewrites, usage
 * tracing) go through the gateway's own `executeQueryPlan` with the same cached plan.
 */
export class OperationExecutor {
  private readonly representations: RepresentationBuilder;
  private readonly prepared = new Map<string, PreparedOperation>();
  private readonly cacheSize: number;
  private readonly exposeQueryPlan: boolean;

  constructor(private readonly options: OperationExecutorOptions) {
    this.representations = new RepresentationBuilder(options.model.supergraphSchema);
    this.cacheSize = options.cacheSize ?? 1000;
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
    const result = await this.run(prepared, requestContext);
    return this.exposeQueryPlan ? withQueryPlan(result, prepared.plan, requestContext) : result;
  };

  private run(prepared: PreparedOperation, requestContext: IncomingRequestContext): Promise<ExecutionResult> {
    if (!prepared.compiled || requestContext.metrics.captureTraces) {
      return executeQueryPlan(
        prepared.plan,
        this.options.services,
        requestContext,
        prepared.operationContext,
        this.options.model.supergraphSchema,
        this.options.model.apiSchema,
      );
    }
    return runCompiledOperation(prepared.compiled, {
      services: this.options.services,
      requestContext,
      variables: requestContext.request.variables,
      representations: this.representations,
    });
  }

  private prepare(queryHash: string, document: DocumentNode, operationName: string | undefined): PreparedOperation {
    const key = operationName === undefined ? queryHash : `${queryHash}\0${operationName}`;
    const cached = this.prepared.get(key);
    if (cached) {
      // Re-inserted so the Map's order is least recently used first.
      this.prepared.delete(key);
      this.prepared.set(key, cached);
      return cached;
    }
    const operationContext = buildOperationContext({ schema: this.options.schema, operationDocument: document, operationName });
    const plan = this.options.model.planner.buildQueryPlan(
      operationFromDocument(this.options.model.apiSchema, document, { operationName }),
    );
    const prepared: PreparedOperation = {
      operationContext,
      plan,
      compiled: compileOperation(this.options.model.apiSchema, operationContext, plan),
    };
    this.prepared.set(key, prepared);
    if (this.prepared.size > this.cacheSize) this.prepared.delete(this.prepared.keys().next().value as string);
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
