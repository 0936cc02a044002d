import type { DomainEvent } from '@foodgraph/events';

/**
 * Where a change came from, so logs and events can be joined up across subgraphs: every event a
 * change emits carries it as `correlationId` / `causationId`.
 */
export interface ChangeOrigin {
  /** The request id, or the correlation id of the event being handled. */
  correlationId: string;
  /** The event being handled, when this change reacts to one; null for a client's request. */
  causationId: string | null;
}

/** The origin of a change a client asked for: its request id starts the correlation. */
export function originOfRequest(ctx: { readonly requestId: string }): ChangeOrigin {
  return { correlationId: ctx.requestId, causationId: null };
}

/** The origin of a change made in reaction to `event`: same correlation, caused by the event. */
export function originOfEvent(event: Pick<DomainEvent, 'id' | 'correlationId'>): ChangeOrigin {
  return { correlationId: event.correlationId, causationId: event.id };
}

/**
 * Hands committed outbox rows to the relay at once instead of at its next poll. Services get
 * one before the relay exists (see `createSubgraphLifecycle`), so it nudges whichever runs.
 */
export interface OutboxNudger {
  nudge(): void;
}
