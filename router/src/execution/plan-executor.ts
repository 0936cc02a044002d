/*
 * Mirrors, in @apollo/gateway 2.14.x (`@apollo/gateway/dist/executeQueryPlan.js`): `executeNode`, `executeFetch`,
 * `flattenResultsAtPath` and `moveIntoCursor` — the plan walk of `executeQueryPlan` without
 * tracing; `planIsSupported` lists what it leaves to that function.
 */
import type { GraphQLDataSource, ServiceMap } from '@apollo/gateway';
import type { VariableDefinitions } from '@apollo/federation-internals';
import { evaluateCondition, type FetchNode, type PlanNode, type QueryPlan } from '@apollo/query-planner';
import type { GraphQLError } from 'graphql';
import { deepMerge } from './deep-merge';
import { downstreamError, errorPathMapper, type Cursor } from './error-paths';
import type { RepresentationBuilder } from './representations';

/** The request as the data sources and the gateway's hooks see it (Apollo's request context). */
export type IncomingRequestContext = Parameters<GraphQLDataSource['process']>[0] extends infer O
  ? O extends { incomingRequestContext: infer C }
    ? C
    : never
  : never;

/** What one plan execution needs besides the plan. */
export interface PlanRun {
  readonly services: ServiceMap;
  readonly requestContext: IncomingRequestContext;
  readonly variables: Record<string, unknown> | undefined;
  readonly variableDefinitions: VariableDefinitions;
  readonly representations: RepresentationBuilder;
  /** Fetch failures and subgraph errors, in the order they happen. */
  readonly errors: GraphQLError[];
}

/**
 * Whether `executePlan` runs this plan as the gateway would. It covers what queries and
 * mutations plan into — fetches, in sequence and in parallel, flattened into lists, under
 * `@skip`/`@include` conditions — but not `@defer`, subscriptions, or the data rewrites of
 * `@interfaceObject` and `@fromContext`; the stock `executeQueryPlan` runs those.
 */
export function planIsSupported(plan: QueryPlan): boolean {
  const supported = (node: PlanNode | undefined): boolean => {
    if (!node) return true;
    switch (node.kind) {
      case 'Sequence':
      case 'Parallel':
        return node.nodes.every(supported);
      case 'Flatten':
        return supported(node.node);
      case 'Condition':
        return supported(node.ifClause) && supported(node.elseClause);
      case 'Fetch':
        return !node.inputRewrites?.length && !node.outputRewrites?.length && !node.contextRewrites?.length;
      default:
        return false;
    }
  };
  return plan.node?.kind !== 'Subscription' && supported(plan.node);
}

/**
 * Runs a query plan: each fetch goes to its subgraph through the router's data sources and its
 * answer is merged into `data` where the plan points. The gateway's `executeQueryPlan` without
 * the parts a plan of `planIsSupported` never needs — per-node tracing objects, OpenTelemetry
 * spans, and slicing a fresh array for every step of every path.
 */
export async function executePlan(plan: QueryPlan, run: PlanRun): Promise<Record<string, unknown>> {
  const data: Record<string, unknown> = {};
  if (plan.node) await executeNode(plan.node as PlanNode, { path: [], data, fullResult: data }, run);
  return data;
}

async function executeNode(node: PlanNode, cursor: Cursor, run: PlanRun): Promise<void> {
  switch (node.kind) {
    case 'Sequence':
      for (const child of node.nodes) await executeNode(child, cursor, run);
      return;
    case 'Parallel':
      await Promise.all(node.nodes.map((child) => executeNode(child, cursor, run)));
      return;
    case 'Flatten': {
      const data = valuesAtPath(cursor.data, node.path, 0);
      if (data) await executeNode(node.node, { path: cursor.path.concat(node.path), data, fullResult: cursor.fullResult }, run);
      return;
    }
    case 'Fetch':
      try {
        await executeFetch(node, cursor, run);
      } catch (err) {
        run.errors.push(err as GraphQLError);
      }
      return;
    case 'Condition': {
      const branch = evaluateCondition(node, run.variableDefinitions, run.variables) ? node.ifClause : node.elseClause;
      if (branch) await executeNode(branch, cursor, run);
      return;
    }
    default:
      throw new Error(`Unexpected ${node.kind} node in a plan the router executes`);
  }
}

/**
 * The values a `Flatten` path reaches: `@` steps into every list element, and each `@` flattens
 * one level (the gateway's `flatMap` over the path), collected into one array as it goes.
 */
function valuesAtPath(value: unknown, path: readonly (string | number)[], at: number): unknown {
  for (; at < path.length && value !== undefined && value !== null; at++) {
    const step = path[at];
    if (step === '@') {
      const out: unknown[] = [];
      for (const element of value as unknown[]) appendValuesAtPath(out, element, path, at + 1);
      return out;
    }
    value = propertyAt(value, step);
  }
  return value;
}

/** Appends to `out` what `valuesAtPath(value, path, at)` returns, flattened one level. */
function appendValuesAtPath(out: unknown[], value: unknown, path: readonly (string | number)[], at: number): void {
  for (; at < path.length && value !== undefined && value !== null; at++) {
    const step = path[at];
    if (step === '@') {
      for (const element of value as unknown[]) appendValuesAtPath(out, element, path, at + 1);
      return;
    }
    value = propertyAt(value, step);
  }
  if (Array.isArray(value)) for (const element of value) out.push(element);
  else out.push(value);
}

function propertyAt(value: unknown, step: string | number): unknown {
  if (typeof step !== 'string') throw new Error(`Unexpected ${typeof step} found in path`);
  if (Array.isArray(value)) throw new Error(`Unexpected array in result for path element ${step}`);
  return Object.hasOwn(value as object, step) ? (value as Record<string, unknown>)[step] : undefined;
}

function fetchVariables(fetch: FetchNode, provided: Record<string, unknown> | undefined): Record<string, unknown> {
  const variables: Record<string, unknown> = {};
  if (fetch.variableUsages && provided) {
    for (const name of fetch.variableUsages) {
      if (Object.hasOwn(provided, name) && provided[name] !== undefined) variables[name] = provided[name];
    }
  }
  return variables;
}

async function executeFetch(fetch: FetchNode, cursor: Cursor, run: PlanRun): Promise<void> {
  const service = run.services[fetch.serviceName];
  if (!service) throw new Error(`Couldn't find service with name "${fetch.serviceName}"`);
  const entities = (Array.isArray(cursor.data) ? cursor.data.filter((e) => e !== null && e !== undefined) : [cursor.data]) as Record<
    string,
    unknown
  >[];
  if (entities.length < 1) return;
  const variables = fetchVariables(fetch, run.variables);

  if (!fetch.requires) {
    const received = await send(service, fetch, cursor, variables, run);
    for (const entity of entities) deepMerge(entity, received);
    return;
  }

  const representations: Record<string, unknown>[] = [];
  const entityOf: number[] = [];
  for (let i = 0; i < entities.length; i++) {
    const representation = run.representations.build(entities[i], fetch.requires);
    if (representation && representation['__typename']) {
      representations.push(representation);
      entityOf.push(i);
    }
  }
  if (representations.length < 1) return;
  if ('representations' in variables) throw new Error(`Variables cannot contain key "representations"`);
  variables['representations'] = representations;
  const received = await send(service, fetch, cursor, variables, run);
  if (!received) return;
  const answers = received['_entities'];
  if (!Array.isArray(answers)) throw new Error(`Expected "data._entities" in response to be an array`);
  if (answers.length !== representations.length) throw new Error(`Expected "data._entities" to contain ${representations.length} elements`);
  for (let i = 0; i < answers.length; i++) {
    const answer = answers[i] as Record<string, unknown> | null;
    const entity = entities[entityOf[i]];
    if (answer && !answer['__typename']) answer['__typename'] = entity['__typename'];
    deepMerge(entity, answer);
  }
}

/** One subgraph request; its errors join the response's, with paths in the client's terms. */
async function send(
  service: GraphQLDataSource,
  fetch: FetchNode,
  cursor: Cursor,
  variables: Record<string, unknown>,
  run: PlanRun,
): Promise<Record<string, unknown> | null | undefined> {
  const response = await service.process({
    // GraphQLDataSourceRequestKind.INCOMING_OPERATION; the enum itself is not exported.
    kind: 'incoming operation',
    request: { query: fetch.operation, variables, operationName: fetch.operationName },
    incomingRequestContext: run.requestContext,
    context: run.requestContext.context,
    document: fetch.operationDocumentNode,
    pathInIncomingRequest: cursor.path,
  } as Parameters<GraphQLDataSource['process']>[0]);
  if (response.errors) {
    const mapPath = errorPathMapper(fetch, cursor);
    for (const error of response.errors) run.errors.push(downstreamError(error, fetch.serviceName, mapPath));
    // Apollo's usage reporting reads these when subgraphs send no federated traces; kept for parity.
    const metrics = run.requestContext.metrics as { nonFtv1ErrorPaths?: { subgraph: string; path: unknown }[] };
    if (!response.extensions?.['ftv1']) {
      const paths = response.errors.map((error) => ({ subgraph: fetch.serviceName, path: error.path }));
      if (metrics.nonFtv1ErrorPaths) metrics.nonFtv1ErrorPaths.push(...paths);
      else metrics.nonFtv1ErrorPaths = paths;
    }
  }
  return response.data;
}
