import { executeQueryPlan, type GraphQLDataSource, type ServiceMap } from '@apollo/gateway';
import type { GraphQLError } from 'graphql';
import type { RouterContext } from '../context';
import { runCompiledOperation } from '../execution/compiled-operation';
import { RepresentationBuilder } from '../execution/representations';
import { EVENT_SOURCE, type PreparedSubscription, type SubscriptionPlanner } from './subscription-planner';

type GatewayRequestContext = Parameters<typeof executeQueryPlan>[2];

/** Where the event being completed travels inside the per-event request context. */
const EVENT_DATA = Symbol('subscription event data');
type EventContext = RouterContext & { [EVENT_DATA]: Record<string, unknown> };

/** Answers the event plan's first fetch with the event the owning subgraph pushed. */
const eventSource: GraphQLDataSource = {
  process: (options) => Promise.resolve({ data: (options.context as EventContext)[EVENT_DATA] }),
};

/** One subscription event, completed across subgraphs. */
export interface CompletedEvent {
  data: Record<string, unknown> | null | undefined;
  errors: readonly GraphQLError[] | undefined;
}

/**
 * Completes subscription events: the router's executor (`runCompiledOperation`) runs the
 * prepared event plan — the event stands in for the primary fetch, then the entity fetches of
 * `rest` go out through the router's signed data sources — and shapes the result to the
 * client's selection (aliases, fragments, `__typename`) exactly as for a query. A plan it does
 * not cover goes to the gateway's `executeQueryPlan`.
 */
export class EventExecutor {
  private readonly services: ServiceMap;
  private readonly representations: RepresentationBuilder;

  constructor(
    private readonly planner: SubscriptionPlanner,
    dataSources: ServiceMap,
  ) {
    this.services = { ...dataSources, [EVENT_SOURCE]: eventSource };
    this.representations = new RepresentationBuilder(planner.supergraphSchema);
  }

  async complete(
    prepared: PreparedSubscription,
    variables: Record<string, unknown>,
    context: RouterContext,
    event: Record<string, unknown>,
  ): Promise<CompletedEvent> {
    const requestContext = {
      request: { query: prepared.query, operationName: prepared.operationName, variables },
      context: { ...context, [EVENT_DATA]: event },
      logger: context.logger,
      metrics: {},
      overallCachePolicy: undefined,
      document: prepared.document,
      operation: prepared.operation,
      operationName: prepared.operationName ?? null,
      source: prepared.query,
      queryHash: prepared.key,
      schema: this.planner.apiGraphQLSchema,
    } as unknown as GatewayRequestContext;
    // The router's executor when the event plan compiles (it nearly always does), else the gateway's.
    const result = prepared.compiled
      ? await runCompiledOperation(prepared.compiled, {
          services: this.services,
          requestContext,
          variables,
          representations: this.representations,
        })
      : await executeQueryPlan(
          prepared.eventPlan,
          this.services,
          requestContext,
          prepared.operationContext,
          this.planner.supergraphSchema,
          this.planner.apiSchema,
        );
    return { data: result.data, errors: result.errors };
  }
}
