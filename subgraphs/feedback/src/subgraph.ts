import { createSubgraphServer } from '@foodgraph/platform/http';
import { createSubgraphLifecycle, systemClock, type Subgraph, type SubgraphDeps } from '@foodgraph/platform/process';
import { DEFAULT_FEEDBACK_CONFIG, type FeedbackConfig } from './config';
import { buildFeedbackSchema } from './graphql/build-feedback-schema';
import type { FeedbackContext } from './graphql/context';
import { createFeedbackLoaders } from './graphql/loaders';
import { READ_MODEL_CONSUMER, readModelLeavesAlone, readModelReactions } from './reactions';
import type { FeedbackReactionServices, FeedbackServices } from './services/feedback-services';
import { FeedbackDashboardService } from './services/admin-dashboard.service';
import { ModerationService } from './services/moderation.service';
import { OrderFactsService } from './services/order-facts.service';
import { RatingsService } from './services/ratings.service';
import { RestaurantOwnersService } from './services/restaurant-owners.service';
import { ReviewCommandsService } from './services/review-commands.service';
import { ReviewReadsService } from './services/review-reads.service';

/** What `createFeedbackSubgraph` needs: the common dependencies plus the feedback settings. */
export interface FeedbackSubgraphDeps extends SubgraphDeps {
  /** @default `DEFAULT_FEEDBACK_CONFIG` (the defaults of `readFeedbackConfig({})`) */
  config?: Partial<FeedbackConfig>;
}

/**
 * The feedback subgraph over injected dependencies: reviews of delivered orders, the owner's
 * reply, admin moderation, and the ratings it adds to `Restaurant`, `Courier` and `Order`.
 * Between `start()` and `stop()` it runs the outbox relay and one durable consumer that keeps
 * the read models (orders, deliveries, restaurant owners); any number of replicas may run.
 */
export async function createFeedbackSubgraph(deps: FeedbackSubgraphDeps): Promise<Subgraph> {
  const config: FeedbackConfig = { ...DEFAULT_FEEDBACK_CONFIG, ...deps.config };
  const clock = deps.clock ?? systemClock;
  const { dataSource } = deps;
  const logger = deps.logger.child({ subgraph: 'feedback' });
  const lifecycle = createSubgraphLifecycle({ name: 'feedback', dataSource, bus: deps.bus, logger, outboxPollMs: config.outboxPollMs });

  const ratings = new RatingsService();
  const services: FeedbackServices = {
    commands: new ReviewCommandsService(dataSource, lifecycle.outbox, clock, ratings, logger),
    moderation: new ModerationService(dataSource, lifecycle.outbox, clock, ratings),
    reads: new ReviewReadsService(dataSource),
    dashboard: new FeedbackDashboardService(dataSource),
    clock,
  };
  const reactionServices: FeedbackReactionServices = {
    orderFacts: new OrderFactsService(ratings),
    restaurantOwners: new RestaurantOwnersService(),
  };

  const schema = await buildFeedbackSchema();
  const server = createSubgraphServer<FeedbackContext>({
    name: 'feedback',
    schema,
    routerSecret: deps.routerSecret,
    logger,
    createContext: (base) => ({ ...base, services, loaders: createFeedbackLoaders(dataSource) }),
    ready: () => lifecycle.ready(),
  });

  return lifecycle.assemble({
    schema,
    server,
    consumers: [{ consumer: READ_MODEL_CONSUMER, handlers: readModelReactions(reactionServices), skip: readModelLeavesAlone }],
  });
}
