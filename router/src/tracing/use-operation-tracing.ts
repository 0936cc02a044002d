import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { trace } from '@opentelemetry/api';
import type { RouterContext } from '../context';

/**
 * Names the operation on the request's span: its type and, as an attribute, the client's
 * operation name (kept out of the span name, which must stay a bounded set), and whether the
 * answer carried errors.
 */
export function useOperationTracing(): ApolloServerPlugin<RouterContext> {
  const listener: GraphQLRequestListener<RouterContext> = {
    async didResolveOperation(ctx) {
      const span = ctx.contextValue.traceContext && trace.getSpan(ctx.contextValue.traceContext);
      if (!span || !ctx.operation) return;
      span.setAttribute('graphql.operation.type', ctx.operation.operation);
      if (ctx.operationName) span.setAttribute('graphql.operation.name', ctx.operationName);
    },
    async didEncounterErrors(ctx) {
      const span = ctx.contextValue.traceContext && trace.getSpan(ctx.contextValue.traceContext);
      span?.setAttribute('graphql.errors', ctx.errors.length);
    },
  };
  return {
    async requestDidStart() {
      return listener;
    },
  };
}
