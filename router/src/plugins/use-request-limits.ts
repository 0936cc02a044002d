import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import type { RouterContext } from '../context';
import { queryTooComplex, type OperationLimits } from '../limits';

/**
 * Depth, alias, root-field, directive and cost limits on every HTTP operation, checked once
 * it is parsed, validated and resolved, before the gateway plans or fetches anything. A
 * refusal thrown from `didResolveOperation` becomes the response (400, QUERY_TOO_COMPLEX).
 * The token limit is graphql-js' own, through Apollo's `parseOptions`.
 */
export function useRequestLimits(limits: OperationLimits): ApolloServerPlugin<RouterContext> {
  // One listener for every request: nothing per request but the check itself.
  const listener: GraphQLRequestListener<RouterContext> = {
    async didResolveOperation({ schema, document, operation, request }) {
      // No operation by that name: Apollo refuses the request itself when it tries to run it.
      if (!operation) return;
      const violation = limits.check(schema, document, operation, request.variables);
      if (violation) throw queryTooComplex(violation, { http: true });
    },
  };
  return {
    async requestDidStart() {
      return listener;
    },
  };
}
