import { failSpan, tracerFor, traceparentOf } from '@foodgraph/platform/tracing';
import { ROOT_CONTEXT, SpanKind, trace, type Context, type SpanOptions } from '@opentelemetry/api';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RouterContext } from '../context';

/** The router's spans carry this component name (`service.name` unless `OTEL_SERVICE_NAME` renames it). */
export const ROUTER_COMPONENT = 'router';

/** Runs `work` with a span child of `parent`, handing it the span's context; ends it either way. */
async function inChildSpan<T>(name: string, options: SpanOptions, parent: Context, work: (ctx: Context) => Promise<T>): Promise<T> {
  const span = tracerFor(ROUTER_COMPONENT).startSpan(name, options, parent);
  try {
    return await work(trace.setSpan(parent, span));
  } catch (error) {
    failSpan(span, error);
    throw error;
  } finally {
    span.end();
  }
}

/**
 * Runs one `/graphql` request in the root span of its trace and hands `handle` the context to
 * keep in the request's `RouterContext`. A client's `traceparent` is not continued: the router
 * is the public edge, and a caller must not choose the trace (or the sampling decision) of the
 * requests it sends; the request id ties the two together instead.
 */
export function inRequestSpan(
  req: IncomingMessage,
  res: ServerResponse,
  requestId: string,
  handle: (traceContext: Context) => Promise<void>,
): Promise<void> {
  const method = req.method ?? 'GET';
  const attributes = { 'http.request.method': method, 'url.path': '/graphql', 'foodgraph.request_id': requestId };
  return inChildSpan(`${method} /graphql`, { kind: SpanKind.SERVER, attributes }, ROOT_CONTEXT, async (ctx) => {
    await handle(ctx);
    trace.getSpan(ctx)?.setAttribute('http.response.status_code', res.statusCode);
  });
}

/**
 * Runs a step of the operation (executing the plan) in a span of its own when the request is
 * traced; while it runs, the request's fetches hang under it. The compiled and the stock
 * executor both run inside it.
 */
export function inOperationSpan<T>(name: string, request: Pick<RouterContext, 'traceContext'>, work: () => Promise<T>): Promise<T> {
  const parent = request.traceContext;
  if (!parent) return work();
  return inChildSpan(name, {}, parent, async (ctx) => {
    request.traceContext = ctx;
    try {
      return await work();
    } finally {
      request.traceContext = parent;
    }
  });
}

/**
 * Runs one subgraph fetch in a client span under `parent` and hands `send` the `traceparent` to
 * forward (and sign); outside a traced request the fetch runs as it is, with none.
 */
export function inFetchSpan<T>(
  subgraph: string,
  parent: Context | undefined,
  send: (traceparent: string | undefined) => Promise<T>,
): Promise<T> {
  if (!parent) return send(undefined);
  return inChildSpan(`fetch ${subgraph}`, { kind: SpanKind.CLIENT, attributes: { 'foodgraph.subgraph': subgraph } }, parent, (ctx) =>
    send(traceparentOf(ctx)),
  );
}
