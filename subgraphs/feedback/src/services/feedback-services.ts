import type { Clock } from '@foodgraph/platform';
import type { Moderation } from './moderation.service';
import type { ReviewCommands } from './review-commands.service';
import type { ReviewReads } from './review-reads.service';

/** The services the feedback resolvers call, created once per subgraph. */
export interface FeedbackServices {
  commands: ReviewCommands;
  moderation: Moderation;
  reads: ReviewReads;
  clock: Clock;
}
