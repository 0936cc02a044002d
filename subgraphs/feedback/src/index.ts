export { feedbackSubgraph } from './descriptor';
export { createFeedbackSubgraph, type FeedbackSubgraphDeps } from './subgraph';
export { feedbackEntities } from './entities';
export { feedbackMigrations } from './db/migrations';
export { readFeedbackConfig, DEFAULT_FEEDBACK_CONFIG, type FeedbackConfig } from './config';
export { buildFeedbackSchema, emitFeedbackSchema } from './graphql/build-feedback-schema';
