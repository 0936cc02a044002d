import { context, ROOT_CONTEXT, SpanStatusCode, trace, type Context, type Span, type SpanOptions, type Tracer } from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';

/** The W3C header that carries a span's identity from one process to the next. */
export const TRACEPARENT = 'traceparent';

const propagator = new W3CTraceContextPropagator();
const setter = { set: (carrier: Record<string, string>, key: string, value: string) => void (carrier[key] = value) };
const getter = {
  get: (carrier: Record<string, string>, key: string) => carrier[key],
  keys: (carrier: Record<string, string>) => Object.keys(carrier),
};

/**
 * The `traceparent` of the span active in `ctx` (W3C Trace Context), or undefined when there is
 * none to continue. Only `traceparent` travels: `tracestate` is vendor data this system neither
 * reads nor signs, so it is not forwarded.
 */
export function traceparentOf(ctx: Context = context.active()): string | undefined {
  const carrier: Record<string, string> = {};
  propagator.inject(ctx, carrier, setter);
  return carrier[TRACEPARENT];
}

/** A context whose remote parent is the span `traceparent` names (the root context if it is malformed or absent). */
export function contextOf(traceparent: string | undefined | null): Context {
  if (!traceparent) return ROOT_CONTEXT;
  return propagator.extract(ROOT_CONTEXT, { [TRACEPARENT]: traceparent }, getter);
}

/**
 * Runs `work` in a new span that is active inside it (so its database calls and the events it
 * emits hang under it), records a thrown error on the span, and ends it either way.
 */
export function inSpan<T>(
  tracer: Tracer,
  name: string,
  options: SpanOptions,
  parent: Context,
  work: (span: Span) => Promise<T>,
): Promise<T> {
  return tracer.startActiveSpan(name, options, parent, async (span) => {
    try {
      return await work(span);
    } catch (error) {
      failSpan(span, error);
      throw error;
    } finally {
      span.end();
    }
  });
}

/** Marks a span failed with the error as an exception event. */
export function failSpan(span: Span, error: unknown): void {
  span.recordException(error instanceof Error ? error : String(error));
  span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.message : String(error) });
}

/** Whether a span is active here (a request's or a consumer's): spans of inner work attach to it. */
export function hasActiveSpan(): boolean {
  return trace.getSpan(context.active()) !== undefined;
}
