import { z } from 'zod';

/**
 * Every event on the bus travels in this envelope (architecture §4). `id` is also the
 * JetStream `Nats-Msg-Id`, so a re-publish of the same event is dropped as a duplicate.
 */
export interface EventEnvelope<Type extends string = string, Data = unknown> {
  /** UUIDv7 of this event. */
  id: string;
  /** Subject without the namespace, `<subgraph>.<aggregate>.<past-tense verb>`. */
  type: Type;
  /** Payload schema version; consumers refuse versions they do not know. */
  version: number;
  /** ISO-8601 UTC. */
  occurredAt: string;
  /** The subgraph that produced it. */
  producer: string;
  /** The request (or root event) this event ultimately stems from. */
  correlationId: string;
  /** The event or request that directly caused this one; null for a request-caused event. */
  causationId: string | null;
  data: Data;
}

export const envelopeSchema = z.object({
  id: z.uuid(),
  type: z.string().regex(/^[a-z]+\.[a-z_]+\.[a-z_]+$/),
  version: z.number().int().positive(),
  occurredAt: z.iso.datetime({ offset: true }),
  producer: z.string().min(1),
  correlationId: z.string().min(1),
  causationId: z.string().min(1).nullable(),
  data: z.unknown(),
});
