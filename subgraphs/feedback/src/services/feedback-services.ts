import type { Clock } from '@foodgraph/platform/process';
import type { FeedbackDashboardService } from './admin-dashboard.service';
import type { ModerationService } from './moderation.service';
import type { OrderFactsService } from './order-facts.service';
import type { RestaurantOwnersService } from './restaurant-owners.service';
import type { ReviewCommandsService } from './review-commands.service';
import type { ReviewReadsService } from './review-reads.service';

/** The services the feedback resolvers call, created once per subgraph. */
export interface FeedbackServices {
  commands: ReviewCommandsService;
  moderation: ModerationService;
  reads: ReviewReadsService;
  dashboard: FeedbackDashboardService;
  clock: Clock;
}

/** The services the reactions to other subgraphs' events call: the read models' writers. */
export interface FeedbackReactionServices {
  orderFacts: OrderFactsService;
  restaurantOwners: RestaurantOwnersService;
}
