import { z } from 'zod';

/*
 * `users.dead_letter.*`: the admin console's requests about dead letters. Every subgraph keeps
 * its own dead letters, and a mutation runs in one subgraph only, so `redriveDeadLetter` (users)
 * announces the request and the subgraph named in it hands the event back to its consumer.
 */

/** An admin asked to hand dead letter `rowId` of `subgraph` back to its consumer. */
export const DeadLetterRedriveRequestedV1 = z.object({
  deadLetterId: z.string(),
  subgraph: z.string().min(1),
  rowId: z.uuid(),
  requestedBy: z.uuid(),
});
export type DeadLetterRedriveRequestedV1 = z.infer<typeof DeadLetterRedriveRequestedV1>;
