import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { context, SpanKind, trace, type Span } from '@opentelemetry/api';
import type { RequestContext } from '../graphql/context';
import { rootFieldOf } from '../metrics/use-subgraph-metrics';
import { tracerFor } from './active-tracing';
import { contextOf, failSpan, inSpan } from './trace-context';

/**
 * Runs one verified GraphQL request of a subgraph in a server span whose parent is the router's
 * fetch span (`traceparent`, which the router signed). Everything the request does — resolvers,
 * SQL, the outbox rows it writes — runs inside it.
 */
export function inSubgraphRequestSpan<T>(component: string, traceparent: string | undefined, work: () => Promise<T>): Promise<T> {
  return inSpan(
    tracerFor(component),
    'POST /graphql',
    { kind: SpanKind.SERVER, attributes: { 'http.request.method': 'POST', 'url.path': '/graphql' } },
    contextOf(traceparent),
    work,
  );
}

/**
 * Names the request's span after its operation (`mutation placeOrder`: type and first root
 * field, a bounded set) and gives each root field's resolver a span of its own, so a trace shows
 * which field of the plan took the time. Nested fields get none: a list of a hundred entities
 * would add a hundred spans that say little.
 */
export function useSubgraphTracing(component: string): ApolloServerPlugin<RequestContext> {
  const tracer = tracerFor(component);
  const listener: GraphQLRequestListener<RequestContext> = {
    async didResolveOperation(ctx) {
      const span = trace.getActiveSpan();
      if (!span) return;
      if (!ctx.operation) return;
      const type = ctx.operation.operation;
      span.updateName(`${type} ${rootFieldOf(ctx.operation)}`);
      span.setAttribute('graphql.operation.type', type);
      if (ctx.operationName) span.setAttribute('graphql.operation.name', ctx.operationName);
    },
    async executionDidStart() {
      return {
        willResolveField({ info }) {
          if (info.path.prev !== undefined) return;
          const span: Span = tracer.startSpan(`resolve ${info.parentType.name}.${info.fieldName}`, {}, context.active());
          return (error) => {
            if (error) failSpan(span, error);
            span.end();
          };
        },
      };
    },
  };
  return {
    async requestDidStart() {
      return listener;
    },
  };
}
