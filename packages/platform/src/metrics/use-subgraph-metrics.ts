import type { ApolloServerPlugin, GraphQLRequestContextWillSendResponse, GraphQLRequestListener } from '@apollo/server';
import { Kind, type OperationDefinitionNode } from 'graphql';
import type { RequestContext } from '../graphql/context';
import { secondsSince, type SubgraphMetrics } from './subgraph-metrics';

/**
 * The first root field an operation selects: the label that says what a subgraph operation
 * was. Root fields come from the subgraph's schema, so the set is bounded, unlike the
 * operation names the router's query planner derives from its clients' names.
 */
export function rootFieldOf(operation: OperationDefinitionNode | undefined): string {
  const first = operation?.selectionSet.selections[0];
  return first?.kind === Kind.FIELD ? first.name.value : 'unknown';
}

/** Whether the answer carries errors (a failed field, a refused request). */
export function answeredWithErrors(ctx: GraphQLRequestContextWillSendResponse<RequestContext>): boolean {
  const body = ctx.response.body;
  return body.kind === 'single' ? (body.singleResult.errors?.length ?? 0) > 0 : (ctx.errors?.length ?? 0) > 0;
}

/**
 * Times every GraphQL request of a subgraph from its arrival (`RequestContext.startedAt`) to
 * its answer, by operation type, root field and outcome. One listener serves every request:
 * nothing is allocated per request beyond the histogram's label lookup.
 */
export function useSubgraphMetrics(metrics: Pick<SubgraphMetrics, 'observeOperation'>): ApolloServerPlugin<RequestContext> {
  const listener: GraphQLRequestListener<RequestContext> = {
    async willSendResponse(ctx) {
      const started = ctx.contextValue.startedAt;
      if (started === undefined) return;
      metrics.observeOperation(
        ctx.operation?.operation ?? 'unknown',
        rootFieldOf(ctx.operation),
        answeredWithErrors(ctx),
        secondsSince(started),
      );
    },
  };
  return {
    async requestDidStart() {
      return listener;
    },
  };
}
