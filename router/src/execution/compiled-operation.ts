/*
 * Mirrors the shaping half of `executeQueryPlan` in @apollo/gateway 2.14.x (`@apollo/gateway/dist/executeQueryPlan.js`):
 * the operation model built from the operation context, the fetches, then `computeResponse`
 * and its error rules (value errors as `extensions.valueCompletion` unless a fetch failed, a
 * shaping failure failing the whole response). Compiled once per operation instead of per request.
 */
import type { buildOperationContext, executeQueryPlan } from '@apollo/gateway';
import { operationFromDocument, type Operation, type Schema } from '@apollo/federation-internals';
import type { QueryPlan } from '@apollo/query-planner';
import { GraphQLError, Kind } from 'graphql';
import { executePlan, planIsSupported, type PlanRun } from './plan-executor';
import { compileResponseShape, shapeResponse, type ResponseShape } from './response-shape';

type OperationContext = ReturnType<typeof buildOperationContext>;
export type ExecutionResult = Awaited<ReturnType<typeof executeQueryPlan>>;

/** A planned operation compiled for `runCompiledOperation`. */
export interface CompiledOperation {
  readonly plan: QueryPlan;
  /** The operation as federation-internals models it (for `@skip`/`@include` plan conditions). */
  readonly operation: Operation;
  readonly shape: ResponseShape;
}

/**
 * Compiles a planned operation for the router's executor, or returns `undefined` when the
 * stock `executeQueryPlan` must run it (see `planIsSupported` and `compileResponseShape`).
 */
export function compileOperation(apiSchema: Schema, operationContext: OperationContext, plan: QueryPlan): CompiledOperation | undefined {
  if (!planIsSupported(plan)) return undefined;
  // Built as the gateway builds it for shaping: the chosen operation and its fragments only.
  const operation = operationFromDocument(
    apiSchema,
    { kind: Kind.DOCUMENT, definitions: [operationContext.operation, ...Object.values(operationContext.fragments)] },
    { validate: false },
  );
  const shape = compileResponseShape(operation);
  return shape ? { plan, operation, shape } : undefined;
}

/**
 * Runs the plan's fetches and shapes the merged answers into the client's response, reporting
 * errors as the gateway's `executeQueryPlan` does.
 */
export async function runCompiledOperation(
  compiled: CompiledOperation,
  run: Omit<PlanRun, 'errors' | 'variableDefinitions'>,
): Promise<ExecutionResult> {
  const errors: GraphQLError[] = [];
  const merged = await executePlan(compiled.plan, { ...run, variableDefinitions: compiled.operation.variableDefinitions, errors });
  let shaped: ReturnType<typeof shapeResponse>;
  try {
    shaped = shapeResponse(compiled.shape, merged, run.variables);
  } catch (err) {
    // As the gateway: a subgraph answer that breaks shaping (a list where an object belongs…)
    // fails the whole response with its message.
    if (err instanceof GraphQLError) return { errors: [err] };
    const error = err instanceof Error ? err : new Error(String(err));
    return { errors: [new GraphQLError(error.message, { originalError: error })] };
  }
  // The gateway reports value errors (an invalid enum value, a null for a non-null field) as
  // an extension unless a fetch failed too; then the fetch errors explain the nulls.
  if (errors.length === 0 && shaped.errors.length > 0) return { extensions: { valueCompletion: shaped.errors }, data: shaped.data };
  return errors.length === 0 ? { data: shaped.data } : { errors, data: shaped.data };
}
