import type { GraphQLDataSource } from '@apollo/gateway';
import type { GraphQLError } from 'graphql';
import type { RouterContext } from '../context';
import type { IncomingRequestContext } from '../execution/plan-executor';
import type { PlanRunner } from '../execution/run-plan';
import { EVENT_SOURCE, type PreparedSubscription } from './subscription-planner';

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
 * Completes subscription events through the router's plan runner, exactly as an HTTP query:
 * the event stands in for the primary fetch, then the entity fetches of `rest` go out through
 * the router's signed data sources, and the result is shaped to the client's selection
 * (aliases, fragments, `__typename`). The runner picks the compiled or the stock path.
 */
export class EventExecutor {
  private readonly runner: PlanRunner;

  constructor(runner: PlanRunner) {
    this.runner = runner.withServices({ [EVENT_SOURCE]: eventSource });
  }

  async complete(
    prepared: PreparedSubscription,
    variables: Record<string, unknown>,
    context: RouterContext,
    event: Record<string, unknown>,
  ): Promise<CompletedEvent> {
    // The parts of Apollo's request context that the data sources and `executeQueryPlan` read.
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
      schema: this.runner.model.apiGraphQLSchema,
    } as unknown as IncomingRequestContext;
    const result = await this.runner.run(prepared.eventPlan, requestContext);
    return { data: result.data, errors: result.errors };
  }
}
