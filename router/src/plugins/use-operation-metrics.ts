import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { secondsSince } from '@foodgraph/platform/metrics';
import type { RouterContext } from '../context';
import type { OperationOutcome, RouterMetrics } from '../metrics/router-metrics';

/**
 * Counts and times every HTTP operation by (bounded) name, type and outcome, from the moment
 * its request was read and authenticated (`RouterContext.startedAt`) to the answer. One
 * listener serves every request, and an answer without errors costs two label lookups.
 */
export function useOperationMetrics(metrics: RouterMetrics): ApolloServerPlugin<RouterContext> {
  const listener: GraphQLRequestListener<RouterContext> = {
    async willSendResponse(ctx) {
      const body = ctx.response.body;
      const single = body.kind === 'single' ? body.singleResult : undefined;
      const errors = single ? single.errors : undefined;
      // The router's own API-key limit answers before Apollo: a RATE_LIMITED here is a subgraph's.
      if (errors?.length) metrics.countRefusals(errors, 'subgraph');
      let outcome: OperationOutcome = 'ok';
      if (errors?.length) outcome = single?.data ? 'partial' : 'error';
      else if (!single && ctx.errors?.length) outcome = 'partial';
      const started = ctx.contextValue.startedAt;
      metrics.observeOperation(
        ctx.operationName,
        ctx.operation?.operation ?? 'unknown',
        outcome,
        started === undefined ? 0 : secondsSince(started),
      );
    },
  };
  return {
    async requestDidStart() {
      return listener;
    },
  };
}
