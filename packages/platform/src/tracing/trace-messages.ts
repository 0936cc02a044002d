import type { EventEnvelope } from '@foodgraph/events';
import { context, SpanKind, trace } from '@opentelemetry/api';
import type { DeliveredMessage, MessageTrace } from '../messaging/event-bus';
import { tracerFor } from './active-tracing';
import { contextOf, inSpan, traceparentOf } from './trace-context';

/**
 * Publishes one outbox row in a producer span under the span that wrote the row
 * (`traceContext`, stored with it), and hands `publish` that span's context to send along.
 */
export function publishInSpan(
  component: string,
  event: EventEnvelope,
  traceContext: string,
  publish: (trace: MessageTrace) => Promise<void>,
): Promise<void> {
  return inSpan(
    tracerFor(component),
    `publish ${event.type}`,
    {
      kind: SpanKind.PRODUCER,
      attributes: { 'messaging.operation.type': 'send', 'messaging.destination.name': event.type, 'messaging.message.id': event.id },
    },
    contextOf(traceContext),
    (span) => publish({ traceparent: traceparentOf(trace.setSpan(context.active(), span)) }),
  );
}

/**
 * Handles one delivery in a consumer span whose parent is the publisher's span (the message's
 * `traceparent`), also linked to it as OpenTelemetry's messaging conventions suggest. A
 * message without one (published with tracing off) starts a trace of its own.
 */
export function consumeInSpan<T>(component: string, consumer: string, message: DeliveredMessage, handle: () => Promise<T>): Promise<T> {
  const parent = contextOf(message.traceparent);
  const producer = trace.getSpanContext(parent);
  return inSpan(
    tracerFor(component),
    `process ${message.subject}`,
    {
      kind: SpanKind.CONSUMER,
      attributes: {
        'messaging.operation.type': 'process',
        'messaging.destination.name': message.subject,
        'messaging.consumer.group.name': consumer,
        'messaging.message.delivery_attempt': message.attempt,
      },
      ...(producer ? { links: [{ context: producer }] } : {}),
    },
    parent,
    handle,
  );
}
