import { FeedbackSchema1763900000000 } from './1763900000000-feedback-schema';

/** The feedback subgraph's migrations in order, for `openDatabase({ migrations })`. */
export const feedbackMigrations = [FeedbackSchema1763900000000];
