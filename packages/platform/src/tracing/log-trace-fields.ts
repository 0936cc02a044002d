import { trace } from '@opentelemetry/api';
import { tracingEnabled } from './active-tracing';

/**
 * The log fields naming the active span (OpenTelemetry's log-correlation names); none without
 * one. A fresh object every time: pino merges the line's own fields into what this returns.
 */
export function traceFieldsOfActiveSpan(): Record<string, string> {
  const span = tracingEnabled() ? trace.getActiveSpan() : undefined;
  if (!span) return {};
  const { traceId, spanId } = span.spanContext();
  return { trace_id: traceId, span_id: spanId };
}
