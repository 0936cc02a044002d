import { EVENTS, validateEvent, type DomainEvent, type EventData, type EventType } from '@foodgraph/events';
import { uuidv7 } from '../ids';

export interface EventOrigin {
  /** The producing subgraph, e.g. `menu`. */
  producer: string;
  /** The request id (or the correlation id of the event being handled). */
  correlationId: string;
  /** The event being handled when this one is a reaction; omit for request-caused events. */
  causationId?: string | null;
  /** When it happened. @default now */
  occurredAt?: Date;
}

/**
 * Builds the envelope for one event at its current registry version. The payload is checked
 * against the contract here, so a bad event fails the producer's transaction instead of being
 * dead-lettered later by every consumer.
 */
export function newEvent<T extends EventType>(type: T, data: EventData<T>, origin: EventOrigin): DomainEvent<T> {
  const envelope = {
    id: uuidv7(),
    type,
    version: EVENTS[type].version,
    occurredAt: (origin.occurredAt ?? new Date()).toISOString(),
    producer: origin.producer,
    correlationId: origin.correlationId,
    causationId: origin.causationId ?? null,
    data,
  };
  const checked = validateEvent(envelope);
  if (!checked.ok) throw new Error(`refusing to emit an invalid ${type} event: ${checked.reason}`);
  return envelope;
}
