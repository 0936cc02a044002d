import {
  createSubgraphServer,
  startConsumer,
  startOutboxRelay,
  systemClock,
  type ConsumerHandle,
  type OutboxRelay,
  type Subgraph,
  type SubgraphDeps,
} from '@foodgraph/platform';
import { DEFAULT_FEEDBACK_CONFIG, type FeedbackConfig } from './config';
import { READ_MODEL_CONSUMER, readModelHandlers } from './events/eligibility.handlers';
import { buildFeedbackSchema } from './graphql/build-feedback-schema';
import type { FeedbackContext } from './graphql/context';
import { createFeedbackLoaders } from './graphql/loaders';
import type { FeedbackServices } from './services/feedback-services';
import { Moderation } from './services/moderation.service';
import { ReviewCommands } from './services/review-commands.service';
import { ReviewReads } from './services/review-reads.service';

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
  const { dataSource, bus } = deps;
  const logger = deps.logger.child({ subgraph: 'feedback' });

  let relay: OutboxRelay | null = null;
  let consumer: ConsumerHandle | null = null;
  // Services exist before start() creates the relay; they nudge whichever relay is running.
  const outbox = { nudge: () => relay?.nudge() };
  const services: FeedbackServices = {
    commands: new ReviewCommands(dataSource, outbox, clock),
    moderation: new Moderation(dataSource, outbox, clock),
    reads: new ReviewReads(dataSource),
    clock,
  };

  const schema = await buildFeedbackSchema();
  const server = createSubgraphServer<FeedbackContext>({
    name: 'feedback',
    schema,
    routerSecret: deps.routerSecret,
    logger,
    createContext: (base) => ({ ...base, services, loaders: createFeedbackLoaders(dataSource) }),
    ready: async () => {
      await dataSource.query('SELECT 1');
      return consumer !== null;
    },
  });

  return {
    name: 'feedback',
    schema,
    async start(port, host) {
      relay ??= startOutboxRelay(dataSource, bus, logger, { pollMs: config.outboxPollMs });
      consumer ??= await startConsumer(dataSource, bus, logger, { consumer: READ_MODEL_CONSUMER, handlers: readModelHandlers });
      return server.listen(port, host);
    },
    async stop() {
      await server.stop();
      await consumer?.stop();
      consumer = null;
      await relay?.stop();
      relay = null;
    },
  };
}
