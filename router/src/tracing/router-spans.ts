import { inSpan, tracerFor, traceparentOf, tracingEnabled } from '@foodgraph/platform/tracing';
import { context, ROOT_CONTEXT, SpanKind, trace, type Span } from '@opentelemetry/api';
import type { IncomingMessage, ServerResponse } from 'node:http';

/** The router's spans carry this component name (`service.name` unless `OTEL_SERVICE_NAME` renames it). */
export const ROUTER_COMPONENT = 'router';

/**
 * Runs one `/graphql` request in the root span of its trace. A client's `traceparent` is not
 * continued: the router is the public edge, and a caller must not choose the trace (or the
 * sampling decision) of the requests it sends; the request id ties the two together instead.
 */
export function inRequestSpan(req: IncomingMessage, res: ServerResponse, requestId: string, handle: () => Promise<void>): Promise<void> {
  return inSpan(
    tracerFor(ROUTER_COMPONENT),
    `${req.method ?? 'GET'} /graphql`,
    {
      kind: SpanKind.SERVER,
      attributes: { 'http.request.method': req.method ?? 'GET', 'url.path': '/graphql', 'foodgraph.request_id': requestId },
    },
    ROOT_CONTEXT,
    async (span) => {
      await handle();
      span.setAttribute('http.response.status_code', res.statusCode);
    },
  );
}

/**
 * Runs a step of the operation (planning, executing the plan) in a span of its own when the
 * request is traced; the compiled and the stock executor both run inside it.
 */
export function inOperationSpan<T>(name: string, work: () => Promise<T>): Promise<T> {
  if (!tracingEnabled() || !trace.getSpan(context.active())) return work();
  return inSpan(tracerFor(ROUTER_COMPONENT), name, {}, context.active(), work);
}

/**
 * Runs one subgraph fetch in a client span and hands `send` the `traceparent` to forward (and
 * sign); without a traced request around it the fetch runs as it is, with none.
 */
export function inFetchSpan<T>(subgraph: string, send: (traceparent: string | undefined) => Promise<T>): Promise<T> {
  const parent = context.active();
  if (!trace.getSpan(parent)) return send(undefined);
  return inSpan(
    tracerFor(ROUTER_COMPONENT),
    `fetch ${subgraph}`,
    { kind: SpanKind.CLIENT, attributes: { 'foodgraph.subgraph': subgraph } },
    parent,
    (span: Span) => send(traceparentOf(trace.setSpan(parent, span))),
  );
}
