import { z } from 'zod';

/*
 * `platform.dead_letter.*`: news from the messaging kernel every subgraph shares. The type's
 * first segment is `platform`, not a subgraph, because every subgraph's consumers give up on
 * events the same way; the envelope's `producer` and `subgraph` here say whose it was.
 */

/**
 * A consumer gave up on an event (invalid, unhandled, or failing `maxDeliveries` times) and
 * kept it as a dead letter for an admin to inspect and redrive. `deadLetterId` is the id the
 * admin console shows (`<subgraph>:<row id>`); `eventType` and `eventId` are null when the
 * payload was unreadable.
 */
export const DeadLetterRecordedV1 = z.object({
  deadLetterId: z.string().min(1),
  subgraph: z.string().min(1),
  consumer: z.string().min(1),
  eventType: z.string().nullable(),
  eventId: z.uuid().nullable(),
  reason: z.string(),
  attempts: z.number().int().nonnegative(),
  at: z.iso.datetime({ offset: true }),
});
export type DeadLetterRecordedV1 = z.infer<typeof DeadLetterRecordedV1>;
