import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import type { RouterContext } from '../context';
import { queryTooComplex, type OperationLimits } from '../limits';

/**
 * Depth, alias, root-field, directive and cost limits on every HTTP operation, checked once
 * it is parsed, validated and resolved, before the gateway plans or fetches anything. A
 * refusal thrown from `didResolveOperation` becomes the response (400, QUERY_TOO_COMPLEX).
 * The token limit is graphql-js' own, through Apollo's `parseOptions`.
 *
 * Directives are also counted before that, on the parsed document: unknown directives and
 * repeated non-repeatable ones fail validation, so they would never reach the operation's
 * check. When such a document is over the limit, the refusal replaces its validation errors.
 */
export function useRequestLimits(limits: OperationLimits): ApolloServerPlugin<RouterContext> {
  // One listener for every request: nothing per request but the checks themselves.
  const listener: GraphQLRequestListener<RouterContext> = {
    async validationDidStart({ document }) {
      const violation = limits.checkDocument(document);
      if (!violation) return;
      return async (errors?: readonly Error[]) => {
        // A document that validates is refused by the full count in didResolveOperation. The
        // array is the one Apollo answers with (its own suggestion-hiding plugin edits it too).
        if (errors?.length) (errors as Error[]).splice(0, errors.length, queryTooComplex(violation, { http: true }));
      };
    },
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
