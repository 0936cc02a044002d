import { HeaderMap, type ApolloServerPlugin, type GraphQLRequestListener } from '@apollo/server';
import { ErrorCode } from '@foodgraph/platform/errors';
import { GraphQLError } from 'graphql';
import type { RouterContext } from '../context';
import { truncateEcho } from '../limits/bounded-echo';

/**
 * An `operationName` the document does not define (or none, for a document of several
 * operations) is the client's mistake: 400 BAD_USER_INPUT, before the gateway is asked to run
 * nothing and fails with a 500. The name is echoed cut short: it is client input of any length.
 */
export function useKnownOperation(): ApolloServerPlugin<RouterContext> {
  const listener: GraphQLRequestListener<RouterContext> = {
    async didResolveOperation({ operation, request }) {
      if (operation) return;
      const name = request.operationName;
      const message = name
        ? `Unknown operation named "${truncateEcho(name)}"`
        : 'The document defines several operations: name the one to run in operationName';
      throw new GraphQLError(message, {
        extensions: {
          code: ErrorCode.BadUserInput,
          reason: 'OPERATION_RESOLUTION_FAILURE',
          http: { status: 400, headers: new HeaderMap() },
        },
      });
    },
  };
  return {
    async requestDidStart() {
      return listener;
    },
  };
}
