import type { SubgraphDescriptor } from '@foodgraph/platform/process';
import { readFeedbackConfig, type FeedbackConfig } from './config';
import { feedbackMigrations } from './db/migrations';
import { feedbackEntities } from './entities';
import { emitFeedbackSchema } from './graphql/build-feedback-schema';
import { createFeedbackSubgraph } from './subgraph';

/** The feedback subgraph as its process, the all-in-one stack, the test kit and the schema emitter start it. */
export const feedbackSubgraph: SubgraphDescriptor<FeedbackConfig> = {
  name: 'feedback',
  defaultPort: 4005,
  entities: feedbackEntities,
  migrations: feedbackMigrations,
  readConfig: readFeedbackConfig,
  create: (deps, config) => createFeedbackSubgraph({ ...deps, config }),
  emitSchema: emitFeedbackSchema,
};
